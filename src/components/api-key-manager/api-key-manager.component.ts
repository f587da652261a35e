import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ApiKey, ApiKeyCreated } from '../../sdk/index.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { copyStyles } from '../shared/clipboard.styles.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderFormError } from '../shared/feedback/form-error.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty, renderError, renderLoading } from '../shared/feedback/states.js';
import type { OneTimeSecretController } from '../shared/one-time-secret.js';
import { secretStyles } from '../shared/one-time-secret.styles.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import type { CreateKeyForm } from './api-key-manager.create.js';
import { ApiKeyCreatedEvent, ApiKeyRevokedEvent, BeforeApiKeyCreateEvent, BeforeApiKeyRevokeEvent } from './api-key-manager.events.js';
import { FILTERS, filterLabel, renderKeyTable, type KeyFilter } from './api-key-manager.rows.js';
import { styles } from './api-key-manager.styles.js';

export type { KeyFilter } from './api-key-manager.rows.js';

const NEEDED = 'developer:manage';

/** The key as everything but the one-time dialog sees it: without its secret. */
function withoutSecret({ secret: _secret, ...key }: ApiKeyCreated): ApiKey {
  return key;
}

/**
 * The workspace's API keys: create one with a name, scopes and an expiry, see each key's prefix, creator, last
 * use and expiry (keys about to expire are marked), and revoke one. A new key's secret is shown once, in a
 * dialog that closes only after the reader confirms they stored it; the server keeps only a digest, so neither
 * the list, nor an event, nor this element can show it again.
 *
 * A key acts as its creator, within its scopes: the form offers only the permissions the creator holds (the
 * others are shown unavailable, with why). Managing keys needs `developer:manage`; without it the element says
 * why and asks the server for nothing.
 *
 * @summary A workspace's API keys: create (secret shown once), list, revoke.
 *
 * @fires {BeforeApiKeyCreateEvent} tk-before-api-key-create - Cancelable. A key is about to be created. `event.input`.
 * @fires {ApiKeyCreatedEvent} tk-api-key-created - A key was created. `event.apiKey`, without its secret.
 * @fires {BeforeApiKeyRevokeEvent} tk-before-api-key-revoke - Cancelable. A confirmed revocation is about to be sent. `event.apiKey`.
 * @fires {ApiKeyRevokedEvent} tk-api-key-revoked - A key was revoked. `event.apiKey`.
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed. `event.error`, `event.action` (`load`, `load-more`,
 *   `api-key-create`, `api-key-revoke`).
 *
 * @slot heading - Replaces the "API keys" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row, with the Create button.
 * @csspart title - The default heading.
 * @csspart create - The "Create API key" button.
 * @csspart toolbar - The status filter and the count.
 * @csspart filter - The status filter `<select>`; also `filter-status`.
 * @csspart total - How many keys match; also the footer's "Showing 25 of 60".
 * @csspart notice - What an action did, with its tone (`success`, `danger`).
 * @csspart dismiss - The notice's Dismiss button.
 * @csspart table-wrap - The box around the table.
 * @csspart table - The `<table>`.
 * @csspart column-header - A column's heading; also `column-header-name`, `-scopes`, `-created`, `-used`, `-expires`, `-actions`.
 * @csspart row - One key.
 * @csspart cell - Every cell; also `cell-name`, `cell-scopes`, `cell-created`, `cell-used`, `cell-expires`, `cell-actions`.
 * @csspart prefix - A key's prefix, the only part of it shown again.
 * @csspart badge - A status: `badge-soon`, `badge-expired`, `badge-revoked`.
 * @csspart action - A row's button; also `revoke`.
 * @csspart footer - Under the table while more keys can load: `total` and `load-more`.
 * @csspart load-more - The "Load more" button.
 * @csspart state - Loading, empty, error and denied panels (also `loading`, `empty`, `error`, `denied`).
 * @csspart retry - The "Try again" button of an error panel.
 * @csspart dialog - The create dialog (also `create-dialog`) and the secret dialog (also `secret-dialog`).
 * @csspart dialog-title - A dialog's heading.
 * @csspart form - The create form.
 * @csspart field - A field's wrapper; also `field-name`, `field-scopes`, `field-expiresAt`.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error.
 * @csspart input - A field's control; also `checkbox`, `select`, `date`.
 * @csspart counter - The name's length, near its limit.
 * @csspart form-error - A failure that belongs to no field.
 * @csspart actions - A dialog's row of buttons.
 * @csspart cancel - The create dialog's Cancel.
 * @csspart submit - The create dialog's "Create key".
 * @csspart secret - The one-time secret's read-only field.
 * @csspart copy - The secret's Copy button.
 * @csspart copy-status - "Copied", or how to copy the secret by hand.
 * @csspart done - The secret dialog's Done, which needs "I have stored it".
 * @csspart confirm-dialog - The revoke confirmation; its buttons are `confirm-cancel` and `confirm-accept`.
 *
 * @cssprop [--tk-api-key-manager-cell-padding=var(--tk-space-2) var(--tk-space-3)] - Padding of table cells.
 * @cssprop [--tk-api-key-manager-header-background=var(--tk-color-surface)] - Background of the column headers.
 * @cssprop [--tk-api-key-manager-row-border=1px solid var(--tk-color-border)] - The line between keys.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <api-key-manager expiring-soon-days="14"></api-key-manager>
 * </teamkit-provider>
 * ```
 */
export class ApiKeyManager extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, copyStyles, secretStyles, styles];

  /** Which keys to show: `all`, `active`, `expired` or `revoked`. */
  @property({ reflect: true }) accessor status: KeyFilter = 'all';

  /** Keys expiring within this many days are marked "Expires soon". */
  @property({ attribute: 'expiring-soon-days', type: Number }) accessor expiringSoonDays = 14;

  /** How many keys to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 25;

  /** Where "now" comes from for relative times and expiries. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #actions = new ActionController(this);
  readonly #confirm = new ConfirmController(this);
  readonly #dialog = new DialogController(this, {
    id: 'create',
    canClose: () => !this.#actions.busy('create'),
    fallbackFocus: () => this.#createButton,
  });
  /**
   * The create form, its schema (with zod) and the secret dialog load with the permission catalog when the
   * create dialog first opens: a page that only lists keys never loads them. Made once, so a draft survives.
   */
  #wantSetup = false;
  #create: CreateKeyForm | undefined;
  #secret: OneTimeSecretController | undefined;

  readonly #list = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#filter, this.#limit, this.#mayManage] as const,
    load: ([client, workspaceId, filter, limit, may], cursor, signal) => (client && workspaceId && may
      ? client.apiKeys.list(workspaceId, { status: filter === 'all' ? undefined : filter, limit, cursor }, { signal })
      : undefined),
    focusItem: (id) => this.#rowHeader(id),
  });

  readonly #setup = new Task(this, {
    args: () => [this.api, this.#wantSetup] as const,
    task: async ([client, want], { signal }) => {
      if (!client || !want) return initialState;
      const [permissions, opened] = await Promise.all([client.permissions.list({ signal }), import('./api-key-manager.opened.js')]);
      this.#create ??= new opened.CreateKeyForm(this, () => opened.ApiKeyCreate, () => this.#now);
      this.#secret ??= new opened.OneTimeSecretController(this, { fallbackFocus: () => this.#createButton });
      return { permissions };
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new TickController(this);
  }

  /** Reloads the list from the first page. */
  async refresh(): Promise<void> {
    this.#actions.dismiss();
    await this.#list.refresh();
  }

  /** Opens the create dialog (when the reader may create keys); resolves once it is shown. */
  async showCreate(): Promise<void> {
    if (!this.#mayManage || this.#dialog.open) return;
    this.#wantSetup = true;
    void this.#dialog.showModal();
    await this.updateComplete;
  }

  get #filter(): KeyFilter {
    return FILTERS.includes(this.status) ? this.status : 'all';
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 25);
  }

  get #now(): number {
    return nowFrom(this.clock);
  }

  get #mayManage(): boolean {
    return this.#permissions.task.status === TaskStatus.COMPLETE && this.#permissions.can(NEEDED);
  }

  get #createButton(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="create"]');
  }

  #rowHeader(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] th`);
  }

  protected override render(): TemplateResult {
    const gate = renderGate(this.#permissions, {
      need: NEEDED,
      denied: msg("You can't manage this workspace's API keys", { id: 'tk.api-key-manager.denied' }),
    });
    return html`<section part="base" aria-labelledby="heading">
      <div class="header" part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('API keys', { id: 'tk.api-key-manager.title' })}</h2></slot></div>
        ${gate ? nothing : html`<button type="button" class="primary" part="create" @click=${() => void this.showCreate()}>${msg('Create API key', { id: 'tk.api-key-manager.create' })}</button>`}
      </div>
      <p class="intro">${msg('Keys let your own code call the API as you, within the scopes you give them.', { id: 'tk.api-key-manager.intro' })}</p>
      ${gate ?? html`${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
        ${this.#renderToolbar()}
        ${this.#list.render({
          items: (keys) => renderKeyTable(keys, {
            format: this.format,
            now: this.#now,
            soonDays: this.expiringSoonDays,
            busyWith: (id) => this.#actions.busyWith(id),
            revoke: (key) => void this.#revoke(key),
          }, msg(str`API keys: ${filterLabel(this.#filter)}`, { id: 'tk.api-key-manager.caption' })),
          empty: () => this.#filter === 'all'
            ? renderEmpty(msg('No API keys yet', { id: 'tk.api-key-manager.empty' }), msg('Create one to call the API from your own code.', { id: 'tk.api-key-manager.empty_hint' }))
            : renderEmpty(msg('No keys with this status', { id: 'tk.api-key-manager.empty_filtered' }), msg('Choose another status to see more keys.', { id: 'tk.api-key-manager.empty_filtered_hint' })),
        })}
        ${this.#list.renderFooter()}`}
      ${this.#renderCreateDialog()}
      ${this.#secret?.render() ?? nothing}
      ${this.#confirm.render()}
    </section>`;
  }

  #renderToolbar(): TemplateResult {
    const { task } = this.#list;
    const loaded = task.value !== undefined && task.status !== TaskStatus.ERROR;
    const total = this.#list.total;
    const count = this.format.number(total);
    return html`<div class="toolbar" part="toolbar">
      <div class="filter">
        <label for="filter">${msg('Status', { id: 'tk.api-key-manager.filter' })}</label>
        <select id="filter" part="filter filter-status" @change=${(event: Event) => { this.status = (event.target as HTMLSelectElement).value as KeyFilter; }}>
          ${FILTERS.map((filter) => html`<option value=${filter} ?selected=${filter === this.#filter}>${filterLabel(filter)}</option>`)}
        </select>
      </div>
      <p class="count" part="total" aria-live="polite">${loaded ? (this.format.plural(total) === 'one'
        ? msg(str`${count} key`, { id: 'tk.api-key-manager.count_one' })
        : msg(str`${count} keys`, { id: 'tk.api-key-manager.count' })) : ''}</p>
    </div>`;
  }

  #renderCreateDialog(): TemplateResult {
    const dialog = this.#dialog;
    const setup = this.#setup;
    const create = this.#create;
    const ready = setup.status === TaskStatus.COMPLETE && create !== undefined;
    const busy = this.#actions.busy('create');
    // The form stays in the closed dialog once made (a draft survives closing it); the loading state shows only open.
    const loading = !dialog.open ? nothing : setup.status === TaskStatus.ERROR
      ? renderError(setup.error, () => void setup.run())
      : renderLoading(msg('Loading the form…', { id: 'tk.api-key-manager.loading_form' }));
    return html`<dialog id=${dialog.id} class="create-dialog" part="dialog create-dialog" aria-labelledby=${dialog.titleId}>
      <h2 id=${dialog.titleId} part="dialog-title">${msg('Create an API key', { id: 'tk.api-key-manager.create_title' })}</h2>
      <form part="form" novalidate @submit=${(event: Event) => void this.#submit(event)}>
        ${create ? html`${create.render(setup.value?.permissions, this.#permissions.membership)}${renderFormError(create.form.formError)}` : loading}
        <div class="actions" part="actions">
          <button type="button" part="cancel" aria-disabled=${busy ? 'true' : 'false'} @click=${() => { if (!busy) void dialog.hide(); }}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
          <button type="submit" class="primary" part="submit" aria-disabled=${ready && !busy ? 'false' : 'true'}>${busy
            ? msg('Creating…', { id: 'tk.api-key-manager.creating' }) : msg('Create key', { id: 'tk.api-key-manager.create_submit' })}</button>
        </div>
      </form>
    </dialog>`;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const { api: client, currentWorkspaceId: workspaceId } = this;
    const create = this.#create;
    const secretDialog = this.#secret;
    if (!client || !workspaceId || !create || !secretDialog || this.#actions.busy('create') || this.#setup.status !== TaskStatus.COMPLETE) return;
    let created: ApiKeyCreated | undefined;
    const ok = await create.form.submit(async (input) => {
      created = await this.#actions.run({
        key: 'create',
        before: () => new BeforeApiKeyCreateEvent(input),
        call: (signal) => client.apiKeys.create(workspaceId, input, { signal }),
        after: (key) => {
          const shown = withoutSecret(key);
          if (this.#filter === 'all' || this.#filter === 'active') this.#list.insert(shown);
          return new ApiKeyCreatedEvent(shown);
        },
        action: 'api-key-create',
        success: (key) => ({
          announce: msg(str`API key ${key.name} created`, { id: 'tk.api-key-manager.created_notice' }),
          notice: { detail: msg('Its secret is no longer shown anywhere. If it is lost, revoke the key and create another.', { id: 'tk.api-key-manager.created_detail' }) },
        }),
      });
    });
    if (!ok || !created) return;
    const { name, secret } = created;
    create.clear();
    await this.#dialog.hide();
    await secretDialog.show({
      title: msg(str`Your new API key: ${name}`, { id: 'tk.api-key-manager.secret_title' }),
      description: msg('Send it as the X-API-Key header, or as a bearer token, from your server. Never put it in code that runs in a browser.', { id: 'tk.api-key-manager.secret_description' }),
      label: msg('API key', { id: 'tk.api-key-manager.secret_label' }),
      secret,
    });
  }

  async #revoke(key: ApiKey): Promise<void> {
    const { api: client, currentWorkspaceId: workspaceId } = this;
    if (!client || !workspaceId || this.#actions.busy(key.id)) return;
    const confirmed = await this.#confirm.ask({
      title: msg(str`Revoke ${key.name}?`, { id: 'tk.api-key-manager.revoke_title' }),
      message: msg(str`Everything that uses the key ${key.prefix}… stops working at once. This can't be undone.`, { id: 'tk.api-key-manager.revoke_message' }),
      confirmLabel: msg('Revoke key', { id: 'tk.api-key-manager.revoke_confirm' }),
      danger: true,
    });
    if (!confirmed) return;
    await this.#actions.run({
      key: key.id,
      before: () => new BeforeApiKeyRevokeEvent(key),
      call: (signal) => client.apiKeys.revoke(workspaceId, key.id, { signal }),
      after: (revoked) => {
        this.#list.replace(revoked.id, revoked);
        return new ApiKeyRevokedEvent(revoked);
      },
      action: 'api-key-revoke',
      success: { announce: msg(str`API key ${key.name} revoked`, { id: 'tk.api-key-manager.revoked' }) },
      failure: msg(str`Couldn't revoke ${key.name}`, { id: 'tk.api-key-manager.revoke_failed' }),
      focus: () => this.#rowHeader(key.id),
    });
  }
}
