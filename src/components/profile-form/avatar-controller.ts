import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
// The modules themselves, not the SDK's index: the element's entry carries no schema and no zod.
import { isApiError } from '../../sdk/errors/api-error.js';
import { isValidationError } from '../../sdk/errors/kinds.js';
import type { WithETag } from '../../sdk/http.js';
import type { Client, User } from '../../sdk/index.js';
import { IMAGE_UPLOAD } from '../../sdk/schemas/limits.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { describeError } from '../shared/describe-error.js';
import { renderNotice, type Notice } from '../shared/feedback/notice.js';
import { initials } from '../shared/format.js';
import { AvatarRemovedEvent, AvatarUploadedEvent, BeforeAvatarRemoveEvent, BeforeAvatarUploadEvent } from './profile-form.events.js';

export interface AvatarOptions {
  client: () => Client | undefined;
  /** Asks the reader to confirm removing the photo. */
  confirmRemove: () => Promise<boolean>;
  /** The account as the server has it after an upload or a removal, with its new version. */
  changed: (user: WithETag<User>) => void;
}

/** An upload or removal that failed for a reason other than the file itself. */
interface Failure {
  notice: Notice;
  /** Whether "Try again" with the same file may work. */
  retryable: boolean;
}

/** Busy key of the photo's actions: one at a time. */
const KEY = 'avatar';

const typeMessage = () => msg('Use a PNG, JPEG, GIF or WebP image.', { id: 'tk.profile-form.avatar.type' });

/**
 * Choosing, checking, uploading and removing the profile photo, each action through the shared
 * `ActionController` (before-event, busy state, call, after-event, announcement, `tk-error`, focus kept). A
 * chosen file is checked against the SDK's `IMAGE_UPLOAD` limits before anything is sent; while it uploads
 * (and after a failed upload) it shows as a preview from an object URL, revoked once it is no longer shown.
 * A file the server refuses is explained next to the buttons, as one refused before sending (and its preview
 * goes); any other failure is a notice with Try again and Discard photo.
 */
export class AvatarController implements ReactiveController {
  /** Object URL of the chosen photo while it uploads, or after its upload failed. */
  preview: string | undefined;
  /** Why the chosen file cannot be the photo (its type or size), before sending or from the server. */
  refused: string | undefined;
  failure: Failure | undefined;
  readonly #actions: ActionController;
  #file: File | undefined;
  /** A stored photo URL that failed to load: the initials show instead of a broken image. */
  #broken: string | undefined;

  constructor(private readonly host: TeamkitHost, private readonly options: AvatarOptions) {
    host.addController(this);
    this.#actions = new ActionController(host);
  }

  hostDisconnected(): void {
    this.#dropPreview();
  }

  /** The photo (or the initials of `name`), Upload and Remove, the limits, and why a photo was refused or failed. */
  render(user: User, name: string): TemplateResult {
    const stored = user.avatarUrl !== null && user.avatarUrl !== this.#broken ? user.avatarUrl : undefined;
    const src = this.preview ?? stored;
    const running = this.#actions.busyWith(KEY);
    const busy = running !== undefined ? 'true' : 'false';
    const limit = this.host.format.bytes(IMAGE_UPLOAD.maxBytes);
    const hint = running === 'avatar-upload' ? msg('Uploading…', { id: 'tk.profile-form.avatar.uploading' })
      : running === 'avatar-remove' ? msg('Removing…', { id: 'tk.profile-form.avatar.removing' })
        : msg(str`PNG, JPEG, GIF or WebP, up to ${limit}.`, { id: 'tk.profile-form.avatar.hint' });
    return html`<div class="avatar-section" part="avatar-section">
      <span class="avatar ${running ? 'busy' : ''}" part="avatar">${src
        ? html`<img part="avatar-image" src=${src} alt=${msg('Your profile photo', { id: 'tk.profile-form.avatar.alt' })}
            @error=${() => this.#failedToShow(src, user)} />`
        : html`<span aria-hidden="true">${initials(name)}</span>`}</span>
      <div class="avatar-controls">
        <div class="row">
          <button type="button" part="upload" aria-disabled=${busy}
            aria-describedby=${this.refused ? 'avatar-hint avatar-error' : 'avatar-hint'} @click=${this.#pick}>${user.avatarUrl
              ? msg('Change photo', { id: 'tk.profile-form.avatar.change' }) : msg('Upload photo', { id: 'tk.profile-form.avatar.upload' })}</button>
          ${user.avatarUrl ? html`<button type="button" part="remove" aria-disabled=${busy}
            @click=${() => void this.remove()}>${msg('Remove photo', { id: 'tk.profile-form.avatar.remove' })}</button>` : nothing}
          <input type="file" hidden accept=${IMAGE_UPLOAD.types.join(',')} @change=${this.#chosen}
            aria-label=${msg('Photo file', { id: 'tk.profile-form.avatar.file' })} />
        </div>
        <p id="avatar-hint" class="hint" part="hint">${hint}</p>
        ${this.refused ? html`<p id="avatar-error" class="error" part="field-error avatar-error" role="alert">${this.refused}</p>` : nothing}
        ${renderNotice(this.failure?.notice, {
          actions: this.preview && !running ? html`${this.failure?.retryable
            ? html`<button type="button" part="retry" @click=${() => void this.retry()}>${msg('Try again', { id: 'tk.state.retry' })}</button>`
            : nothing}<button type="button" part="discard" @click=${() => this.discard()}>${msg('Discard photo', { id: 'tk.profile-form.avatar.discard' })}</button>` : undefined,
          onDismiss: this.preview ? undefined : () => this.#clear(),
        })}
      </div>
    </div>`;
  }

  #pick = (): void => {
    if (this.#actions.busy(KEY)) return;
    this.host.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
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
    this.#clear();
    this.refused = !IMAGE_UPLOAD.types.includes(file.type) ? typeMessage()
      : file.size > IMAGE_UPLOAD.maxBytes ? this.#sizeMessage(file.size) : undefined;
    this.host.requestUpdate();
    if (!this.refused) await this.#upload(file);
  }

  /** Uploads the file whose upload failed once more. */
  async retry(): Promise<void> {
    if (this.#file) await this.#upload(this.#file);
  }

  /** Forgets a photo whose upload failed; the previous one shows again. */
  discard(): void {
    this.#dropPreview();
    this.#clear();
  }

  async remove(): Promise<void> {
    const client = this.options.client();
    if (!client || this.#actions.busy(KEY)) return;
    this.#clear();
    if (!(await this.options.confirmRemove())) return;
    await this.#actions.run({
      key: KEY,
      before: () => new BeforeAvatarRemoveEvent(),
      call: (signal) => client.account.removeAvatar({ signal }),
      after: (user) => {
        this.options.changed(user);
        return new AvatarRemovedEvent(user);
      },
      action: 'avatar-remove',
      success: { announce: msg('Photo removed', { id: 'tk.profile-form.avatar.removed' }), notice: false },
    }).catch((error: unknown) => this.#failed(error, msg("Couldn't remove the photo", { id: 'tk.profile-form.avatar.remove_failed' })));
  }

  async #upload(file: File): Promise<void> {
    const client = this.options.client();
    if (!client) return;
    await this.#actions.run({
      key: KEY,
      before: () => new BeforeAvatarUploadEvent(file),
      call: (signal) => {
        // Shown once no listener stopped the upload, and kept if it fails, for Try again.
        this.#dropPreview();
        this.#file = file;
        this.preview = URL.createObjectURL(file);
        this.#clear();
        return client.account.uploadAvatar(file, { signal });
      },
      after: (user) => {
        this.#dropPreview();
        this.options.changed(user);
        return new AvatarUploadedEvent(user);
      },
      action: 'avatar-upload',
      success: { announce: msg('Photo updated', { id: 'tk.profile-form.avatar.uploaded' }), notice: false },
    }).catch((error: unknown) => this.#failed(error, msg("Couldn't upload the photo", { id: 'tk.profile-form.avatar.upload_failed' })));
  }

  /**
   * Runs without a failure title reject with the error (after `tk-error`), to be put in words here: a problem
   * of the file itself next to the buttons, as one found before sending; anything else as a notice.
   */
  #failed(error: unknown, title: string): void {
    this.refused = this.#fileProblem(error);
    // A file the server refuses can never be the photo: the previous one shows again, as after a refusal here.
    if (this.refused) this.#dropPreview();
    else {
      const { title: reason, detail, retryable } = describeError(error);
      this.failure = { notice: { tone: 'danger', title, detail: `${reason}. ${detail}` }, retryable };
    }
    this.host.requestUpdate();
  }

  /** The server's reason for refusing the file itself, in the words used before sending; else undefined. */
  #fileProblem(error: unknown): string | undefined {
    if (isApiError(error) && error.code === 'unsupported_media_type') return typeMessage();
    if (isApiError(error) && error.code === 'payload_too_large') return this.#sizeMessage();
    return isValidationError(error) ? error.fieldErrors.find((field) => field.field === 'file')?.message : undefined;
  }

  #sizeMessage(size?: number): string {
    const limit = this.host.format.bytes(IMAGE_UPLOAD.maxBytes);
    if (size === undefined) return msg(str`The image must be ${limit} or smaller.`, { id: 'tk.profile-form.avatar.size_limit' });
    const actual = this.host.format.bytes(size);
    return msg(str`This image is ${actual}. Use one of ${limit} or less.`, { id: 'tk.profile-form.avatar.size' });
  }

  #clear(): void {
    this.refused = undefined;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  #dropPreview(): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.preview = undefined;
    this.#file = undefined;
  }
}
