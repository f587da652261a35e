import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IMAGE_UPLOAD, isApiError, isValidationError, type Client, type User } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import type { FormatSettings } from '../shared/context.js';
import { describeError } from '../shared/describe-error.js';
import { TeamkitErrorEvent } from '../shared/events.js';
import { formatBytes } from '../shared/format.js';
import { AvatarRemovedEvent, AvatarUploadedEvent, BeforeAvatarRemoveEvent, BeforeAvatarUploadEvent } from './profile-form.events.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface AvatarOptions {
  client: () => Client | undefined;
  format: () => FormatSettings;
  /** Asks the user to confirm removing the photo. */
  confirmRemove: () => Promise<boolean>;
  /** The server's account after an upload or removal. */
  changed: (user: User) => void;
}

export interface AvatarError {
  text: string;
  /** Whether "Try again" with the same file may work. */
  retryable: boolean;
}

export const typeMessage = () => msg('Use a PNG, JPEG, GIF or WebP image.', { id: 'tk.profile-form.avatar.type' });

/**
 * Choosing, checking, uploading and removing the profile photo. A chosen file is checked against the SDK's
 * `IMAGE_UPLOAD` limits before anything is sent; while it uploads (and after a failed upload) it shows as a
 * preview from an object URL, which is revoked as soon as it is no longer shown.
 */
export class AvatarController implements ReactiveController {
  /** Object URL of the chosen photo while it uploads, or after its upload failed. */
  preview: string | undefined;
  busy: 'uploading' | 'removing' | undefined;
  error: AvatarError | undefined;
  #file: File | undefined;

  constructor(private readonly host: Host, private readonly options: AvatarOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#dropPreview();
  }

  /** Checks the chosen file and uploads it. */
  async choose(file: File): Promise<void> {
    this.#dropPreview();
    this.error = this.#check(file);
    this.host.requestUpdate();
    if (this.error) return;
    await this.#upload(file);
  }

  /** Uploads the file whose upload failed once more. */
  async retry(): Promise<void> {
    if (this.#file) await this.#upload(this.#file);
  }

  /** Forgets a photo whose upload failed; the previous one shows again. */
  discard(): void {
    this.#dropPreview();
    this.error = undefined;
    this.host.requestUpdate();
  }

  async remove(): Promise<void> {
    const client = this.options.client();
    if (!client || this.busy) return;
    this.error = undefined;
    if (!(await this.options.confirmRemove())) return;
    if (!this.host.dispatchEvent(new BeforeAvatarRemoveEvent())) return;
    this.busy = 'removing';
    this.host.requestUpdate();
    try {
      const user = await client.account.removeAvatar();
      this.options.changed(user);
      this.host.dispatchEvent(new AvatarRemovedEvent(user));
      announce(msg('Photo removed', { id: 'tk.profile-form.avatar.removed' }));
    } catch (error) {
      this.error = this.#describe(error);
      this.host.dispatchEvent(new TeamkitErrorEvent(error, 'avatar-remove'));
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  #check(file: File): AvatarError | undefined {
    if (!IMAGE_UPLOAD.types.includes(file.type)) return { text: typeMessage(), retryable: false };
    if (file.size > IMAGE_UPLOAD.maxBytes) return { text: this.#sizeMessage(file.size), retryable: false };
    return undefined;
  }

  #sizeMessage(size?: number): string {
    const limit = formatBytes(IMAGE_UPLOAD.maxBytes, this.options.format());
    if (size === undefined) return msg(str`The image must be ${limit} or smaller.`, { id: 'tk.profile-form.avatar.size_limit' });
    const actual = formatBytes(size, this.options.format());
    return msg(str`This image is ${actual}. Use one of ${limit} or less.`, { id: 'tk.profile-form.avatar.size' });
  }

  async #upload(file: File): Promise<void> {
    const client = this.options.client();
    if (!client || this.busy) return;
    if (!this.host.dispatchEvent(new BeforeAvatarUploadEvent(file))) return;
    this.#dropPreview();
    this.#file = file;
    this.preview = URL.createObjectURL(file);
    this.error = undefined;
    this.busy = 'uploading';
    this.host.requestUpdate();
    try {
      const user = await client.account.uploadAvatar(file);
      this.#dropPreview();
      this.options.changed(user);
      this.host.dispatchEvent(new AvatarUploadedEvent(user));
      announce(msg('Photo updated', { id: 'tk.profile-form.avatar.uploaded' }));
    } catch (error) {
      this.error = this.#describe(error);
      this.host.dispatchEvent(new TeamkitErrorEvent(error, 'avatar-upload'));
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  #describe(error: unknown): AvatarError {
    if (isApiError(error)) {
      if (error.code === 'unsupported_media_type') return { text: typeMessage(), retryable: false };
      if (error.code === 'payload_too_large') return { text: this.#sizeMessage(), retryable: false };
    }
    const fileError = isValidationError(error) ? error.fieldErrors.find((field) => field.field === 'file') : undefined;
    if (fileError) return { text: fileError.message, retryable: false };
    const { title, detail, retryable } = describeError(error);
    return { text: `${title}. ${detail}`, retryable };
  }

  #dropPreview(): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.preview = undefined;
    this.#file = undefined;
  }
}
