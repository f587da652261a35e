import { msg, str } from '@lit/localize';
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
// The modules themselves, not the SDK's index: an element's entry carries no schema and no zod.
import { isApiError } from '../../../sdk/errors/api-error.js';
import { isValidationError } from '../../../sdk/errors/kinds.js';
import { IMAGE_UPLOAD } from '../../../sdk/schemas/limits.js';
import { describeError } from '../describe-error.js';
import type { ErrorAction, TeamkitEvent } from '../events.js';
import { renderNotice, type Notice } from '../feedback/notice.js';
import { initials } from '../format.js';
import { ActionController } from './action-controller.js';
import type { TeamkitHost } from './host.js';

/** The element's own words for its picture ("photo", "logo"), read at render time so a language switch applies. */
export interface ImageUploadText {
  /** The `alt` of the picture, e.g. "Your profile photo". */
  alt: string;
  upload: string;
  /** The upload button's label once there is a picture, e.g. "Change photo". */
  change: string;
  remove: string;
  /** Forgets a picture whose upload failed, e.g. "Discard photo". */
  discard: string;
  /** The hidden file input's name, e.g. "Photo file". */
  file: string;
  /** Announced after an upload, e.g. "Photo updated". */
  uploaded: string;
  removed: string;
  uploadFailed: string;
  removeFailed: string;
}

export interface ImageUploadOptions<R> {
  /** Sends the checked file; resolves to the resource as the server now has it. */
  upload: (file: File, signal: AbortSignal) => Promise<R>;
  remove: (signal: AbortSignal) => Promise<R>;
  /** The element's events around each action: a cancelable before-event, and the one after it. */
  events: {
    beforeUpload: (file: File) => TeamkitEvent;
    uploaded: (result: R) => TeamkitEvent;
    beforeRemove: () => TeamkitEvent;
    removed: (result: R) => TeamkitEvent;
  };
  /** How `tk-error` names each action. */
  actions: { upload: ErrorAction; remove: ErrorAction };
  /** Asks the reader to confirm removing the picture. */
  confirmRemove: () => Promise<boolean>;
  /** The resource after an upload or a removal, with its new version. */
  changed: (result: R) => void;
  text: () => ImageUploadText;
  /**
   * The id of a visible explanation when the reader may not change the picture: the buttons are then unavailable
   * (`aria-disabled`) and described by it. Undefined when they may.
   */
  lockedBy?: () => string | undefined;
}

/** What the picture shows: the stored image, else the initials of `name`. */
export interface ImageUploadView {
  url: string | null;
  name: string;
  /** `round` for a person, `square` for a workspace's logo. Default `round`. */
  shape?: 'round' | 'square';
}

/** Busy key of the picture's actions: one at a time. */
const KEY = 'image';

const typeMessage = () => msg('Use a PNG, JPEG, GIF or WebP image.', { id: 'tk.image.type' });

/**
 * A picture (a profile photo, a workspace logo) with Upload and Remove: each action through the shared
 * `ActionController` (before-event, busy state, call, after-event, announcement, `tk-error`, focus kept). A
 * chosen file is checked against the SDK's `IMAGE_UPLOAD` limits before anything is sent; while it uploads (and
 * after a failed upload) it shows as a preview from an object URL, revoked once it is no longer shown. A file
 * the server refuses is explained next to the buttons, as one refused before sending (and its preview goes);
 * any other failure is a notice with Try again and Discard. Its elements add `imageUploadStyles` and set
 * `--_avatar-size`.
 */
export class ImageUploadController<R> implements ReactiveController {
  /** Object URL of the chosen picture while it uploads, or after its upload failed. */
  preview: string | undefined;
  /** Why the chosen file cannot be the picture (its type or size), before sending or from the server. */
  refused: string | undefined;
  failure: { notice: Notice; retryable: boolean } | undefined;
  readonly #actions: ActionController;
  #file: File | undefined;
  /** A stored picture that failed to load: the initials show instead of a broken image. */
  #broken: string | undefined;

  constructor(private readonly host: TeamkitHost, private readonly options: ImageUploadOptions<R>) {
    host.addController(this);
    this.#actions = new ActionController(host);
  }

  hostDisconnected(): void {
    this.#dropPreview();
  }

  /** Whether an upload or a removal is on its way. */
  get busy(): boolean {
    return this.#actions.busy(KEY);
  }

  /** The picture (or initials), Upload and Remove, the limits, and why a picture was refused or failed. */
  render(view: ImageUploadView): TemplateResult {
    const text = this.options.text();
    const stored = view.url !== null && view.url !== this.#broken ? view.url : undefined;
    const src = this.preview ?? stored;
    const running = this.#actions.busyWith(KEY);
    const locked = this.options.lockedBy?.();
    const unavailable = running !== undefined || locked !== undefined ? 'true' : 'false';
    const limit = this.host.format.bytes(IMAGE_UPLOAD.maxBytes);
    const hint = running === this.options.actions.upload ? msg('Uploading…', { id: 'tk.image.uploading' })
      : running === this.options.actions.remove ? msg('Removing…', { id: 'tk.image.removing' })
        : msg(str`PNG, JPEG, GIF or WebP, up to ${limit}.`, { id: 'tk.image.hint' });
    const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ');
    return html`<div class="avatar-section" part="avatar-section">
      <span class="avatar ${view.shape ?? 'round'} ${running ? 'busy' : ''}" part="avatar">${src
        ? html`<img part="avatar-image" src=${src} alt=${text.alt} @error=${() => this.#failedToShow(src, view.url)} />`
        : html`<span aria-hidden="true">${initials(view.name)}</span>`}</span>
      <div class="avatar-controls">
        <div class="row">
          <button type="button" part="upload" aria-disabled=${unavailable}
            aria-describedby=${described('avatar-hint', this.refused && 'avatar-error', locked)} @click=${this.#pick}>${view.url ? text.change : text.upload}</button>
          ${view.url ? html`<button type="button" part="remove" aria-disabled=${unavailable} aria-describedby=${locked ?? nothing}
            @click=${() => void this.remove()}>${text.remove}</button>` : nothing}
          <input type="file" hidden accept=${IMAGE_UPLOAD.types.join(',')} @change=${this.#chosen} aria-label=${text.file} />
        </div>
        <p id="avatar-hint" class="hint" part="hint">${hint}</p>
        ${this.refused ? html`<p id="avatar-error" class="error" part="field-error avatar-error" role="alert">${this.refused}</p>` : nothing}
        ${renderNotice(this.failure?.notice, {
          actions: this.preview && !running ? html`${this.failure?.retryable
            ? html`<button type="button" part="retry" @click=${() => void this.retry()}>${msg('Try again', { id: 'tk.state.retry' })}</button>`
            : nothing}<button type="button" part="discard" @click=${() => this.discard()}>${text.discard}</button>` : undefined,
          onDismiss: this.preview ? undefined : () => this.#clear(),
        })}
      </div>
    </div>`;
  }

  #pick = (): void => {
    if (this.#unavailable()) return;
    this.host.renderRoot.querySelector<HTMLInputElement>('.avatar-section input[type="file"]')?.click();
  };

  #chosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing nothing) still reports a change.
    input.value = '';
    if (file) void this.choose(file);
  };

  #unavailable(): boolean {
    return this.#actions.busy(KEY) || this.options.lockedBy?.() !== undefined;
  }

  #failedToShow(src: string, stored: string | null): void {
    if (src !== stored) return;
    this.#broken = src;
    this.host.requestUpdate();
  }

  /** Checks the chosen file and uploads it. */
  async choose(file: File): Promise<void> {
    if (this.#unavailable()) return;
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

  /** Forgets a picture whose upload failed; the previous one shows again. */
  discard(): void {
    this.#dropPreview();
    this.#clear();
  }

  async remove(): Promise<void> {
    if (this.#unavailable()) return;
    this.#clear();
    if (!(await this.options.confirmRemove())) return;
    const { events, actions } = this.options;
    await this.#actions.run({
      key: KEY,
      before: () => events.beforeRemove(),
      call: (signal) => this.options.remove(signal),
      after: (result) => {
        this.options.changed(result);
        return events.removed(result);
      },
      action: actions.remove,
      success: { announce: this.options.text().removed, notice: false },
    }).catch((error: unknown) => this.#failed(error, this.options.text().removeFailed));
  }

  async #upload(file: File): Promise<void> {
    const { events, actions } = this.options;
    await this.#actions.run({
      key: KEY,
      before: () => events.beforeUpload(file),
      call: (signal) => {
        // Shown once no listener stopped the upload, and kept if it fails, for Try again.
        this.#dropPreview();
        this.#file = file;
        this.preview = URL.createObjectURL(file);
        this.#clear();
        return this.options.upload(file, signal);
      },
      after: (result) => {
        this.#dropPreview();
        this.options.changed(result);
        return events.uploaded(result);
      },
      action: actions.upload,
      success: { announce: this.options.text().uploaded, notice: false },
    }).catch((error: unknown) => this.#failed(error, this.options.text().uploadFailed));
  }

  /**
   * Runs without a failure title reject with the error (after `tk-error`), to be put in words here: a problem
   * of the file itself next to the buttons, as one found before sending; anything else as a notice.
   */
  #failed(error: unknown, title: string): void {
    this.refused = this.#fileProblem(error);
    // A file the server refuses can never be the picture: the previous one shows again, as after a refusal here.
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
    if (size === undefined) return msg(str`The image must be ${limit} or smaller.`, { id: 'tk.image.size_limit' });
    const actual = this.host.format.bytes(size);
    return msg(str`This image is ${actual}. Use one of ${limit} or less.`, { id: 'tk.image.size' });
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

/** The picture beside its buttons; the element sets `--_avatar-size`. */
export const imageUploadStyles = css`
  .avatar-section { display: flex; gap: var(--_space-4); align-items: center; flex-wrap: wrap; }
  .avatar-section .avatar { width: var(--_avatar-size, 72px); height: var(--_avatar-size, 72px); font-size: calc(var(--_avatar-size, 72px) / 3); }
  .avatar-section .avatar.square { border-radius: var(--_radius); }
  .avatar.busy img { opacity: 0.6; }
  .avatar-controls { display: grid; gap: var(--_space-2); min-width: 0; flex: 1; }
`;
