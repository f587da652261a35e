import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { WithETag } from '../../sdk/http.js';
import type { Client, Workspace } from '../../sdk/index.js';
import type { WorkspaceUpdate } from '../../sdk/schemas/workspaces.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { ImageUploadController, imageUploadStyles } from '../shared/controllers/image-upload-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderTask } from '../shared/feedback/states.js';
import { textField } from '../shared/fields/text.js';
import { FormController } from '../shared/form-controller.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeLogoRemoveEvent, BeforeLogoUploadEvent, BeforeWorkspaceUpdateEvent, LogoRemovedEvent, LogoUploadedEvent, WorkspaceUpdatedEvent,
} from './workspace-form.events.js';
import { styles } from './workspace-form.styles.js';
import { EMPTY_WORKSPACE, toInput, valuesOf, type WorkspaceValues } from './workspace-form.values.js';

type Fields = typeof import('./workspace-form.fields.js');

/** The id of the explanation that makes the form read-only, for `aria-describedby`. */
const LOCKED = 'locked-reason';

/**
 * The current workspace's identity: logo, name, company website, industry and time zone. Save sends only what
 * changed, guarded by the workspace's ETag: if someone changed it meanwhile, every edit is kept and the footer
 * offers "Reload and merge", which loads the latest version with the edits on top. The website is stored
 * normalised ("acme.com" is kept as "https://acme.com"), and the form says so before saving. People without the
 * `workspace:manage` permission see the settings read-only, with the reason.
 *
 * @summary Edit a workspace's logo, name, website, industry and time zone.
 *
 * @fires {BeforeWorkspaceUpdateEvent} tk-before-workspace-update - Cancelable. Before saving; `event.patch` holds only the changed fields.
 * @fires {WorkspaceUpdatedEvent} tk-workspace-updated - The settings were saved; `event.workspace` as the server has it now.
 * @fires {BeforeLogoUploadEvent} tk-before-logo-upload - Cancelable. A checked logo is about to be uploaded; `event.file`.
 * @fires {LogoUploadedEvent} tk-logo-uploaded - The new logo was uploaded; `event.workspace`.
 * @fires {BeforeLogoRemoveEvent} tk-before-logo-remove - Cancelable. The reader confirmed removing the logo.
 * @fires {LogoRemovedEvent} tk-logo-removed - The logo was removed; `event.workspace`.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load`, `workspace-update`,
 *   `reload`, `logo-upload` or `logo-remove`.
 *
 * @csspart form - The form.
 * @csspart notice - Why the settings are read-only (`notice info`); after a save `notice success`, after someone
 *   else's change `notice warning`, after a merge `notice info`, a failed logo upload or removal `notice danger`.
 * @csspart avatar-section - The logo with its buttons.
 * @csspart avatar - The logo (or the workspace's initials); `avatar-image` is the image itself.
 * @csspart upload - "Upload logo" / "Change logo".
 * @csspart remove - "Remove logo".
 * @csspart discard - "Discard logo", after a logo failed to upload.
 * @csspart avatar-error - Why the chosen logo was refused (also `field-error`).
 * @csspart fields - The group of fields.
 * @csspart field - Each field; also `field-name`, `field-website`, `field-industry`, `field-timezone`.
 * @csspart label - Field labels.
 * @csspart input - Every control; the industry is also `select`.
 * @csspart hint - Hints under fields, such as the website as it will be stored.
 * @csspart counter - The name's remaining characters, near its limit.
 * @csspart field-error - Errors under fields.
 * @csspart device-timezone - "Use this device's time zone".
 * @csspart footer - The outcome, the dirty summary and the buttons at the bottom.
 * @csspart actions - The row of the dirty summary, Cancel and Save.
 * @csspart dirty-status - "No changes to save" / "Unsaved changes: …".
 * @csspart cancel - Restores the loaded values.
 * @csspart submit - Saves the changes.
 * @csspart reload - "Reload and merge" after the workspace changed elsewhere.
 * @csspart form-error - A save or reload that failed.
 * @csspart retry - "Try again" after a failure.
 * @csspart dismiss - Dismiss on a logo's failure notice.
 * @csspart state - Loading and error panels (also `loading`, `error`).
 * @csspart confirm-dialog - The "Remove the logo?" step; also `confirm-cancel`, `confirm-accept`.
 *
 * @cssprop [--tk-workspace-form-logo-size=72px] - Width and height of the logo.
 * @cssprop [--tk-workspace-form-max-width=48rem] - Widest the form grows.
 * @cssprop [--tk-workspace-form-gap=var(--tk-space-4)] - Space between fields.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <workspace-form></workspace-form>
 * </teamkit-provider>
 * ```
 */
export class WorkspaceForm extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, imageUploadStyles, styles];

  /** The schema and the fields with locale data, loaded with the workspace (see the load task), not in the entry. */
  #fields: Fields | undefined;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  readonly #form = new FormController<typeof WorkspaceUpdate, WorkspaceValues, Workspace>(this, () => this.#fields?.WorkspaceUpdate, EMPTY_WORKSPACE, {
    toInput: (values) => toInput(values, this.#fields?.canonicalTimeZone),
    toValues: valuesOf,
    reload: ({ signal }) => this.#client().workspaces.get(this.#loadedId(), { signal }),
    onError: (error, during) => this.reportError(error, during === 'save' ? 'workspace-update' : 'reload'),
    messages: () => ({
      saved: msg('Workspace saved', { id: 'tk.workspace-form.saved' }),
      stale: msg('This workspace was changed somewhere else', { id: 'tk.workspace-form.stale_title' }),
    }),
  });

  readonly #confirm = new ConfirmController(this);

  readonly #logo = new ImageUploadController<WithETag<Workspace>>(this, {
    upload: (file, signal) => this.#client().workspaces.uploadLogo(this.#loadedId(), file, { signal }),
    remove: (signal) => this.#client().workspaces.removeLogo(this.#loadedId(), { signal }),
    events: {
      beforeUpload: (file) => new BeforeLogoUploadEvent(this.#loadedId(), file),
      uploaded: (workspace) => new LogoUploadedEvent(workspace),
      beforeRemove: () => new BeforeLogoRemoveEvent(this.#loadedId()),
      removed: (workspace) => new LogoRemovedEvent(workspace),
    },
    actions: { upload: 'logo-upload', remove: 'logo-remove' },
    confirmRemove: () => this.#confirm.ask({
      title: msg('Remove the logo?', { id: 'tk.workspace-form.logo.remove_title' }),
      message: msg("The workspace's initials show instead, here and in the workspace switcher, until someone uploads a new logo.", { id: 'tk.workspace-form.logo.remove_message' }),
      confirmLabel: msg('Remove logo', { id: 'tk.workspace-form.logo.remove' }),
      danger: true,
    }),
    // The answer carries the workspace's new version: the next save names it, and every edit stays.
    changed: (workspace) => this.#form.load(workspace, this.#form.dirtyFields),
    text: () => ({
      alt: msg('Workspace logo', { id: 'tk.workspace-form.logo.alt' }),
      upload: msg('Upload logo', { id: 'tk.workspace-form.logo.upload' }),
      change: msg('Change logo', { id: 'tk.workspace-form.logo.change' }),
      remove: msg('Remove logo', { id: 'tk.workspace-form.logo.remove' }),
      discard: msg('Discard logo', { id: 'tk.workspace-form.logo.discard' }),
      file: msg('Logo file', { id: 'tk.workspace-form.logo.file' }),
      uploaded: msg('Logo updated', { id: 'tk.workspace-form.logo.uploaded' }),
      removed: msg('Logo removed', { id: 'tk.workspace-form.logo.removed' }),
      uploadFailed: msg("Couldn't upload the logo", { id: 'tk.workspace-form.logo.upload_failed' }),
      removeFailed: msg("Couldn't remove the logo", { id: 'tk.workspace-form.logo.remove_failed' }),
    }),
    lockedBy: () => (this.#locked ? LOCKED : undefined),
  });

  readonly #load = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId] as const,
    task: async ([client, workspaceId], { signal }) => {
      if (!client || !workspaceId) return initialState;
      // The schema (with zod, which the client in the page has already) and the fields' locale data arrive while
      // the workspace does, as a chunk of their own.
      const [workspace, fields] = await Promise.all([client.workspaces.get(workspaceId, { signal }), import('./workspace-form.fields.js')]);
      this.#fields = fields;
      this.#form.load(workspace);
      return workspace;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render() {
    return html`${renderGate(this.#permissions) ?? renderTask(this.#load, { complete: () => this.#renderForm() })}${this.#confirm.render()}`;
  }

  /** Whether the reader may only look: they lack `workspace:manage`. */
  get #locked(): boolean {
    return !this.#permissions.can('workspace:manage');
  }

  /** The client in effect; the form's actions are only offered once the workspace loaded through one. */
  #client(): Client {
    const client = this.api;
    if (!client) throw new Error('<workspace-form> has no client');
    return client;
  }

  /** The workspace the form shows: saves go to it even if the current workspace switches meanwhile. */
  #loadedId(): string {
    const id = this.#form.resource?.id;
    if (!id) throw new Error('<workspace-form> has no workspace loaded');
    return id;
  }

  #renderForm(): TemplateResult | typeof nothing {
    const { resource: workspace } = this.#form;
    const fields = this.#fields;
    if (!workspace || !fields) return nothing;
    const form = this.#form;
    const locale = this.formatSettings.locale;
    const locked = this.#locked;
    return html`${locked ? html`<div id=${LOCKED}>${renderNotice({
      tone: 'info',
      title: msg("You can't change this workspace's settings", { id: 'tk.workspace-form.locked' }),
      detail: this.#permissions.deniedReason(),
    })}</div>` : nothing}
    <form part="form" novalidate aria-label=${msg('Workspace settings', { id: 'tk.workspace-form.title' })} @submit=${this.#onSubmit}>
      ${this.#logo.render({ url: workspace.logoUrl, name: form.values.name || workspace.name, shape: 'square' })}
      <fieldset class="grid" part="fields" ?disabled=${locked} aria-describedby=${locked ? LOCKED : nothing}>
        ${textField(form, {
          name: 'name',
          label: msg('Workspace name', { id: 'tk.workspace-form.name' }),
          autocomplete: 'organization',
          required: true,
          maxlength: TEXT_LIMITS.workspaceName,
        })}
        ${textField(form, {
          name: 'website',
          type: 'url',
          label: msg('Company website', { id: 'tk.workspace-form.website' }),
          autocomplete: 'url',
          inputmode: 'url',
          hint: this.#websiteHint(fields),
          maxlength: TEXT_LIMITS.url,
        })}
        ${fields.industryField(form, { label: msg('Industry', { id: 'tk.workspace-form.industry' }), locale })}
        ${fields.timeZoneField(form, { name: 'timezone', label: msg('Time zone', { id: 'tk.workspace-form.timezone' }), locale })}
      </fieldset>
      ${locked ? nothing : form.renderFooter()}
    </form>`;
  }

  /** What will be stored when the typed address differs from it ("acme.com" → "https://acme.com"). */
  #websiteHint(fields: Fields): string {
    const typed = this.#form.values.website.trim();
    const stored = typed === '' ? null : fields.normalizeWebsite(typed);
    return stored !== null && stored !== typed
      ? msg(str`Will be saved as ${stored}`, { id: 'tk.workspace-form.website_saved_as' })
      : msg('Such as acme.com. It is stored with https://.', { id: 'tk.workspace-form.website_hint' });
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  async #save(): Promise<void> {
    const client = this.api;
    const workspaceId = this.#form.resource?.id;
    if (!client || !workspaceId || this.#locked) return;
    const saved = await this.#form.save(async (patch, ifMatch) => (this.emit(new BeforeWorkspaceUpdateEvent(workspaceId, patch))
      ? client.workspaces.update(workspaceId, patch, { ifMatch })
      : undefined));
    if (saved) this.emit(new WorkspaceUpdatedEvent(saved));
  }
}
