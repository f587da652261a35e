import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { IMAGE_UPLOAD, isApiError, isValidationError, type Client, type User } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import type { FormatSettings } from '../shared/context.js';
import { describeError } from '../shared/describe-error.js';
import { TeamkitErrorEvent } from '../shared/events.js';
import { formatBytes, initials } from '../shared/format.js';
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
  /** A stored photo URL that failed to load: the initials show instead of a broken image. */
  #broken: string | undefined;

  constructor(private readonly host: Host, private readonly options: AvatarOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#dropPreview();
  }

  /** The photo (or the initials of `name`), the upload and remove buttons, the limits and any error. */
  render(user: User, name: string): TemplateResult {
    const stored = user.avatarUrl !== null && user.avatarUrl !== this.#broken ? user.avatarUrl : undefined;
    const src = this.preview ?? stored;
    const busy = this.busy !== undefined;
    const limit = formatBytes(IMAGE_UPLOAD.maxBytes, this.options.format());
    const hint = this.busy === 'uploading' ? msg('Uploading…', { id: 'tk.profile-form.avatar.uploading' })
      : this.busy === 'removing' ? msg('Removing…', { id: 'tk.profile-form.avatar.removing' })
        : msg(str`PNG, JPEG, GIF or WebP, up to ${limit}.`, { id: 'tk.profile-form.avatar.hint' });
    const error = this.error;
    return html`<div class="avatar-section" part="avatar-section">
      <span class="avatar ${busy ? 'busy' : ''}" part="avatar">${src
        ? html`<img part="avatar-image" src=${src} alt=${msg('Your profile photo', { id: 'tk.profile-form.avatar.alt' })}
            @error=${() => this.#failedToShow(src, user)} />`
        : html`<span aria-hidden="true">${initials(name)}</span>`}</span>
      <div class="avatar-controls">
        <div class="row">
          <button type="button" part="upload-button" aria-disabled=${busy ? 'true' : 'false'}
            aria-describedby=${error ? 'avatar-hint avatar-error' : 'avatar-hint'} @click=${this.#pick}>${user.avatarUrl
              ? msg('Change photo', { id: 'tk.profile-form.avatar.change' }) : msg('Upload photo', { id: 'tk.profile-form.avatar.upload' })}</button>
          ${user.avatarUrl ? html`<button type="button" part="remove-button" aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => void this.remove()}>${msg('Remove photo', { id: 'tk.profile-form.avatar.remove' })}</button>` : nothing}
          <input type="file" hidden accept=${IMAGE_UPLOAD.types.join(',')} @change=${this.#chosen}
            aria-label=${msg('Photo file', { id: 'tk.profile-form.avatar.file' })} />
        </div>
        <p id="avatar-hint" class="hint" part="hint">${hint}</p>
        ${error ? html`<div class="row">
          <p id="avatar-error" class="error" part="field-error avatar-error" role="alert">${error.text}</p>
          ${this.preview && !busy ? html`
            ${error.retryable ? html`<button type="button" part="retry-button" @click=${() => void this.retry()}>${msg('Try again', { id: 'tk.state.retry' })}</button>` : nothing}
            <button type="button" @click=${() => this.discard()}>${msg('Discard photo', { id: 'tk.profile-form.avatar.discard' })}</button>` : nothing}
        </div>` : nothing}
      </div>
    </div>`;
  }

  #pick = (): void => {
    if (this.busy) return;
    this.host.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  };

  #chosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing nothing) still reports a change.
    input.value = '';
    if (file) void this.choose(file);
  };

  #failedToShow(src: string, user: User): void {
    if (src !== user.avatarUrl) return;
    this.#broken = src;
    this.host.requestUpdate();
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
