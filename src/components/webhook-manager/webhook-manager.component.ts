import { msg } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Webhook, WebhookDelivery } from '../../sdk/index.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { copyStyles } from '../shared/clipboard.styles.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
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
import { WebhookActions } from './webhook-manager.actions.js';
import { renderEndpointList } from './webhook-manager.endpoints.js';
import type { EndpointForm } from './webhook-manager.form.js';
import type { VerifyHelp } from './webhook-manager.help.js';
import { styles } from './webhook-manager.styles.js';

const NEEDED = 'developer:manage';

/**
 * The workspace's webhook endpoints: add one (an https URL and the event types it receives, from the API's
 * catalog), enable or disable it, rotate its signing secret, send a test event, and read its delivery log —
 * each delivery's status, response code and duration, its request and response bodies — with redeliver. The
 * signing secret is shown once, when the endpoint is added and at each rotation, in a dialog that closes only
 * after the reader confirms they stored it; after a rotation the previous secret keeps signing for a grace
 * period, whose end the element shows. "Verify signatures" gives a receiver's code for Node.
 *
 * Managing webhooks needs `developer:manage`; without it the element says why and asks the server for nothing.
 * Bodies in the log come from the receiving server and are shown as text only.
 *
 * @summary A workspace's webhook endpoints, with signing secrets, test events and a delivery log.
 *
 * @fires {BeforeWebhookCreateEvent} tk-before-webhook-create - Cancelable. An endpoint is about to be added. `event.input`.
 * @fires {WebhookCreatedEvent} tk-webhook-created - An endpoint was added. `event.webhook`, without its secret.
 * @fires {BeforeWebhookUpdateEvent} tk-before-webhook-update - Cancelable. An endpoint is about to change (URL, events, enabled). `event.webhook`, `event.patch`.
 * @fires {WebhookUpdatedEvent} tk-webhook-updated - An endpoint changed. `event.webhook`.
 * @fires {BeforeWebhookDeleteEvent} tk-before-webhook-delete - Cancelable. A confirmed deletion is about to be sent. `event.webhook`.
 * @fires {WebhookDeletedEvent} tk-webhook-deleted - An endpoint and its log were deleted. `event.webhook`.
 * @fires {BeforeWebhookSecretRotateEvent} tk-before-webhook-secret-rotate - Cancelable. A confirmed rotation is about to be sent. `event.webhook`.
 * @fires {WebhookSecretRotatedEvent} tk-webhook-secret-rotated - A new signing secret was made. `event.webhook`, without it.
 * @fires {BeforeWebhookTestEvent} tk-before-webhook-test - Cancelable. A test event is about to be sent. `event.webhook`, `event.eventType`.
 * @fires {WebhookTestSentEvent} tk-webhook-test-sent - A test event is on its way. `event.delivery`.
 * @fires {BeforeWebhookRedeliverEvent} tk-before-webhook-redeliver - Cancelable. A delivery is about to be sent again. `event.delivery`.
 * @fires {WebhookRedeliveredEvent} tk-webhook-redelivered - A delivery was sent again. `event.delivery`, the new one.
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed. `event.error`, `event.action` (`load`, `load-more`,
 *   `webhook-create`, `webhook-update`, `webhook-delete`, `webhook-secret-rotate`, `webhook-test`, `webhook-redeliver`).
 *
 * @slot heading - Replaces the "Webhooks" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row, with "Add endpoint".
 * @csspart title - The default heading.
 * @csspart add - The "Add endpoint" button.
 * @csspart notice - What an action did, with its tone (`success`, `danger`).
 * @csspart dismiss - The notice's Dismiss button.
 * @csspart list - The endpoints.
 * @csspart item - One endpoint.
 * @csspart url - An endpoint's URL.
 * @csspart badge - A status: `badge-enabled`, `badge-disabled`, a delivery's `badge-pending`, `-succeeded`, `-failed`, `-test`, `-redelivery`.
 * @csspart input - A control; also `switch` (enabled), `select` (the test event), `checkbox` (an event type).
 * @csspart action - A button acting on an endpoint or delivery; also `open`, `test`, `rotate`, `edit`, `delete`, `view`, `redeliver`.
 * @csspart detail - An endpoint's page: its settings, actions and delivery log.
 * @csspart back - "All endpoints", back from an endpoint's page.
 * @csspart log - The delivery log's section; its table is `table` (rows `row`, cells `cell` + `cell-<column>`).
 * @csspart refresh - Reloads the delivery log.
 * @csspart table-wrap - The box around the log's table.
 * @csspart table - The log's `<table>`.
 * @csspart column-header - A log column's heading; also `column-header-time`, `-event`, `-status`, `-response`, `-duration`, `-actions`.
 * @csspart row - One delivery.
 * @csspart cell - A log cell; also `cell-time`, `cell-event`, `cell-status`, `cell-response`, `cell-duration`, `cell-actions`.
 * @csspart footer - Under a list while more can load: `total` and `load-more`.
 * @csspart total - "Showing 25 of 60".
 * @csspart load-more - The "Load more" button.
 * @csspart state - Loading, empty, error and denied panels (also `loading`, `empty`, `error`, `denied`).
 * @csspart retry - The "Try again" button of an error panel.
 * @csspart dialog - The endpoint form (also `endpoint-dialog`), a delivery (also `delivery-dialog`) and the secret (also `secret-dialog`).
 * @csspart dialog-title - A dialog's heading.
 * @csspart form - The endpoint form.
 * @csspart field - A field's wrapper; also `field-url`, `field-events`.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error (the server's refusal of a URL lands here).
 * @csspart counter - The URL's length, near its limit.
 * @csspart form-error - A failure that belongs to no field.
 * @csspart actions - A dialog's row of buttons.
 * @csspart cancel - The endpoint form's Cancel.
 * @csspart submit - The endpoint form's "Add endpoint" or "Save".
 * @csspart close - The delivery dialog's Close.
 * @csspart attempts - A delivery's attempts.
 * @csspart code - A block of text that scrolls: `request-headers`, `request-body`, `response-headers`, `response-body`, `snippet`.
 * @csspart help - "Verify signatures". @csspart help-summary - Its summary line.
 * @csspart secret - The one-time secret's read-only field.
 * @csspart copy - A Copy button (the secret, the snippet).
 * @csspart copy-status - "Copied", or how to copy by hand.
 * @csspart done - The secret dialog's Done, which needs "I have stored it".
 * @csspart confirm-dialog - The rotate and delete confirmations; their buttons are `confirm-cancel` and `confirm-accept`.
 *
 * @cssprop [--tk-webhook-manager-gap=var(--tk-space-3)] - Space between endpoints.
 * @cssprop [--tk-webhook-manager-code-max-height=20rem] - Height at which request and response bodies scroll.
 * @cssprop [--tk-webhook-manager-code-background=var(--tk-color-surface)] - Background of bodies and code.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <webhook-manager default-url="https://example.com/hooks/teamkit"></webhook-manager>
 * </teamkit-provider>
 * ```
 */
export class WebhookManager extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, copyStyles, secretStyles, styles];

  /** The URL a new endpoint's form starts with, e.g. the host's receiver. */
  @property({ attribute: 'default-url' }) accessor defaultUrl = '';

  /** The endpoint whose page is open (its settings and delivery log); none shows the list. */
  @property({ attribute: 'endpoint-id', reflect: true }) accessor endpointId: string | undefined = undefined;

  /** How many endpoints, and deliveries, to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 25;

  /** Where "now" comes from for relative times. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #formDialog = new DialogController(this, {
    id: 'endpoint',
    canClose: () => !this.#run.actions.busy('save'),
    fallbackFocus: () => this.#find('[part~="add"], [part~="back"]'),
  });
  readonly #deliveryDialog = new DialogController(this, { id: 'delivery', onClose: () => { this.#viewing = undefined; } });
  #viewing: WebhookDelivery | undefined;
  /**
   * What only some readers use loads when first needed: the endpoint form (its schema, zod, the form controller)
   * when it first opens, the secret dialog before a secret is asked for, the confirmation and the help's code on first use.
   */
  #form: EndpointForm | undefined;
  #confirm: ConfirmController | undefined;
  #secret: OneTimeSecretController | undefined;
  #help: VerifyHelp | undefined;
  #helpOpen = false;
  #testType = '';
  #wantSetup = false;
  /** Where focus goes after the next render: a view was swapped for another. */
  #focusNext: string | undefined;

  readonly #list = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#limit, this.#mayManage] as const,
    load: ([client, workspaceId, limit, may], cursor, signal) => (client && workspaceId && may
      ? client.webhooks.list(workspaceId, { limit, cursor }, { signal }) : undefined),
    focusItem: (id) => this.#find(`[data-id="${CSS.escape(id)}"] [part~="open"]`),
  });

  /** An endpoint opened by id that is not among the loaded ones (a deep link): read on its own. */
  readonly #opened = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.endpointId, this.#mayManage, this.#list.task.status === TaskStatus.COMPLETE] as const,
    task: async ([client, workspaceId, id, may, listed], { signal }) => {
      if (!client || !workspaceId || !id || !may || !listed || this.#list.get(id)) return initialState;
      return client.webhooks.get(workspaceId, id, { signal });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #deliveries = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.endpointId, this.#limit, this.#mayManage] as const,
    load: ([client, workspaceId, id, limit, may], cursor, signal) => (client && workspaceId && id && may
      ? client.webhooks.deliveries(workspaceId, id, { limit, cursor }, { signal }) : undefined),
    focusItem: (id) => this.#find(`tr[data-id="${CSS.escape(id)}"] th`),
  });

  /** An endpoint's page and delivery log: loaded beside the first read of the endpoints, or at once for a deep link. */
  readonly #endpointView = new Task(this, {
    args: () => [this.#mayManage || Boolean(this.endpointId)] as const,
    task: async ([wanted]) => (wanted ? import('./webhook-manager.endpoint-view.js') : initialState),
  });

  readonly #setup = new Task(this, {
    args: () => [this.api, this.#wantSetup] as const,
    task: async ([client, want], { signal }) => {
      if (!client || !want) return initialState;
      const [eventTypes, opened] = await Promise.all([client.webhooks.eventTypes({ signal }), import('./webhook-manager.opened.js')]);
      if (!this.#form) {
        this.#form = new opened.EndpointForm(this, () => opened.WebhookCreate, () => this.defaultUrl);
        this.#startForm(this.#form);
      }
      await this.#secretDialog();
      return { eventTypes };
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #run = new WebhookActions(this, {
    client: () => this.api,
    workspaceId: () => this.currentWorkspaceId,
    list: this.#list,
    deliveries: this.#deliveries,
    confirm: async () => (this.#confirm ??= new (await import('../shared/confirm-controller.js')).ConfirmController(this)),
    secret: () => this.#secretDialog(),
    reread: () => void this.#opened.run(),
    forget: (webhook) => this.#close(webhook),
  });

  constructor() {
    super();
    new TickController(this);
  }

  /** Reloads the endpoints (and the open endpoint's delivery log) from the first page. */
  async refresh(): Promise<void> {
    this.#run.actions.dismiss();
    await Promise.all([this.#list.refresh(), this.endpointId ? this.#deliveries.refresh() : undefined]);
  }

  /** Opens the form for a new endpoint (when the reader may add one); resolves once it is shown. */
  async showAdd(): Promise<void> {
    if (!this.#mayManage || this.#formDialog.open) return;
    this.#openForm(undefined);
    await this.updateComplete;
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 25);
  }

  get #mayManage(): boolean {
    return this.#permissions.task.status === TaskStatus.COMPLETE && this.#permissions.can(NEEDED);
  }

  /** The open endpoint, as loaded in the list or read on its own. */
  get #current(): Webhook | undefined {
    const id = this.endpointId;
    if (!id) return undefined;
    const opened = this.#opened.value;
    return this.#list.get(id) ?? (opened?.id === id ? opened : undefined);
  }

  #find(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  /** Opens the endpoint form to add one, or to edit `webhook`; the form itself may still be loading. */
  #openForm(webhook: Webhook | undefined): void {
    this.#formFor = webhook;
    if (this.#form) this.#startForm(this.#form);
    this.#wantSetup = true;
    void this.#formDialog.showModal();
  }

  #formFor: Webhook | undefined;

  #startForm(form: EndpointForm): void {
    if (this.#formFor) form.startEditing(this.#formFor);
    else form.startAdding();
  }

  /** The secret dialog, loaded before the first secret is asked for (a secret must never wait on a download). */
  async #secretDialog(): Promise<OneTimeSecretController> {
    const { OneTimeSecretController } = await import('../shared/one-time-secret.js');
    this.#secret ??= new OneTimeSecretController(this, { fallbackFocus: () => this.#find('[part~="add"], [part~="back"]') });
    return this.#secret;
  }

  async #toggleHelp(open: boolean): Promise<void> {
    this.#helpOpen = open;
    if (open) this.#help ??= new (await import('./webhook-manager.help.js')).VerifyHelp(this);
    this.requestUpdate();
  }

  #open(webhook: Webhook): void {
    this.#run.actions.dismiss();
    this.endpointId = webhook.id;
    this.#testType = webhook.events[0] ?? '';
    this.#focusNext = '[part~="back"]';
  }

  /** Back to the list, with focus on the endpoint's own button (or on `fallback` when it is gone). */
  #close(webhook: Webhook | undefined, fallback = '[part~="add"]'): void {
    this.endpointId = undefined;
    this.#focusNext = webhook && this.#list.get(webhook.id) ? `[data-id="${CSS.escape(webhook.id)}"] [part~="open"]` : fallback;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpointId')) this.#run.stopFollowing();
  }

  protected override updated(): void {
    // An endpoint's page may wait for its module: focus goes to its "All endpoints" once it is there, not before.
    const waiting = this.endpointId !== undefined && !this.#endpointView.value && this.#endpointView.status !== TaskStatus.ERROR;
    if (this.#focusNext === undefined || waiting) return;
    const target = this.#find(this.#focusNext);
    if (target) {
      this.#focusNext = undefined;
      target.focus();
    }
  }

  protected override render(): TemplateResult {
    const gate = renderGate(this.#permissions, {
      need: NEEDED,
      denied: msg("You can't manage this workspace's webhooks", { id: 'tk.webhook-manager.denied' }),
    });
    const { actions } = this.#run;
    return html`<section part="base" aria-labelledby="heading">
      <div class="header" part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Webhooks', { id: 'tk.webhook-manager.title' })}</h2></slot></div>
        ${gate || this.endpointId ? nothing : html`<button type="button" class="primary" part="add" @click=${() => void this.showAdd()}>${msg('Add endpoint', { id: 'tk.webhook-manager.add' })}</button>`}
      </div>
      <p class="intro">${msg('Webhooks send events from this workspace to your servers as they happen, signed so that you can check where they came from.', { id: 'tk.webhook-manager.intro' })}</p>
      ${gate ?? html`${renderNotice(actions.notice, { onDismiss: () => actions.dismiss() })}
        ${this.endpointId ? this.#renderDetail(this.endpointId) : this.#renderList()}
        ${this.#renderHelp()}`}
      ${this.#renderFormDialog()}
      ${this.#renderDeliveryDialog()}
      ${this.#secret?.render() ?? nothing}
      ${this.#confirm?.render() ?? nothing}
    </section>`;
  }

  #renderList(): TemplateResult {
    return html`${this.#list.render({
      items: (webhooks) => renderEndpointList(webhooks, this.#endpointContext()),
      empty: () => renderEmpty(
        msg('No endpoints yet', { id: 'tk.webhook-manager.empty' }),
        msg('Add one to have events sent to your server.', { id: 'tk.webhook-manager.empty_hint' }),
      ),
    })}${this.#list.renderFooter()}`;
  }

  #endpointContext() {
    return {
      format: this.format,
      now: nowFrom(this.clock),
      busyWith: (id: string) => this.#run.actions.busyWith(id),
      setEnabled: (webhook: Webhook, enabled: boolean) => void this.#run.setEnabled(webhook, enabled),
      open: (webhook: Webhook) => this.#open(webhook),
    };
  }

  #renderDetail(id: string): TemplateResult {
    const webhook = this.#current;
    const view = this.#endpointView;
    const back = () => this.#close(webhook);
    if (!webhook || !view.value) {
      const opened = this.#opened;
      const state = opened.status === TaskStatus.ERROR ? renderError(opened.error, () => void opened.run())
        : this.#list.task.status === TaskStatus.ERROR ? renderError(this.#list.task.error, () => void this.#list.refresh())
          : view.status === TaskStatus.ERROR ? renderError(view.error, () => void view.run())
            : renderLoading();
      return html`<div class="detail" part="detail" data-id=${id}>${this.#renderBack(back)}${state}</div>`;
    }
    const { renderDeliveryTable, renderEndpointDetail } = view.value;
    return renderEndpointDetail(webhook, {
      ...this.#endpointContext(),
      back: this.#renderBack(back),
      testType: this.#testTypeOf(webhook),
      chooseTest: (type) => { this.#testType = type; this.requestUpdate(); },
      // Read when clicked: a choice made just before may not have rendered yet.
      sendTest: () => void this.#run.sendTest(webhook, this.#testTypeOf(webhook)),
      rotate: () => void this.#run.rotate(webhook),
      edit: () => this.#openForm(webhook),
      remove: () => void this.#run.remove(webhook),
      refreshLog: () => void this.#deliveries.refresh(),
      log: html`${this.#deliveries.render({
        items: (deliveries) => renderDeliveryTable(deliveries, this.#run.logContext((delivery) => this.#view(delivery))),
        empty: () => renderEmpty(
          msg('No deliveries yet', { id: 'tk.webhook-manager.log_empty' }),
          msg('Send a test event to see what your endpoint receives.', { id: 'tk.webhook-manager.log_empty_hint' }),
        ),
      })}${this.#deliveries.renderFooter()}`,
    });
  }

  /** The event type the next test sends: the reader's choice while the endpoint receives it, else its first. */
  #testTypeOf(webhook: Webhook): string {
    return webhook.events.includes(this.#testType) ? this.#testType : webhook.events[0] ?? '';
  }

  #renderBack(back: () => void): TemplateResult {
    return html`<button type="button" class="link back" part="back" @click=${back}><span aria-hidden="true">← </span>${msg('All endpoints', { id: 'tk.webhook-manager.back' })}</button>`;
  }

  #view(delivery: WebhookDelivery): void {
    this.#viewing = delivery;
    void this.#deliveryDialog.showModal();
  }

  /** The delivery on view as the log has it now: it may have been followed to its outcome since it opened. */
  get #viewed(): WebhookDelivery | undefined {
    const viewing = this.#viewing;
    return viewing && (this.#deliveries.get(viewing.id) ?? viewing);
  }

  /** "Verify signatures": the summary always, its text and code (loaded on first opening) while open. */
  #renderHelp(): TemplateResult {
    return html`<details class="help" part="help" .open=${this.#helpOpen} @toggle=${(event: Event) => void this.#toggleHelp((event.target as HTMLDetailsElement).open)}>
      <summary part="help-summary">${msg('Verify signatures', { id: 'tk.webhook-manager.verify' })}</summary>
      ${this.#helpOpen ? this.#help?.render() ?? renderLoading() : nothing}
    </details>`;
  }

  #renderFormDialog(): TemplateResult {
    const dialog = this.#formDialog;
    const setup = this.#setup;
    const form = this.#form;
    const editing = this.#formFor;
    const ready = setup.status === TaskStatus.COMPLETE && form !== undefined;
    const busy = this.#run.actions.busy('save');
    const loading = !dialog.open ? nothing : setup.status === TaskStatus.ERROR
      ? renderError(setup.error, () => void setup.run())
      : renderLoading(msg('Loading the form…', { id: 'tk.webhook-manager.loading_form' }));
    return html`<dialog id=${dialog.id} class="endpoint-dialog" part="dialog endpoint-dialog" aria-labelledby=${dialog.titleId}>
      <h2 id=${dialog.titleId} part="dialog-title">${editing ? msg('Edit endpoint', { id: 'tk.webhook-manager.edit_title' }) : msg('Add an endpoint', { id: 'tk.webhook-manager.add_title' })}</h2>
      <form part="form" novalidate @submit=${(event: Event) => { event.preventDefault(); void this.#save(); }}>
        ${form ? html`${form.render(setup.value?.eventTypes)}${renderFormError(form.form.formError)}` : loading}
        <div class="actions" part="actions">
          <button type="button" part="cancel" aria-disabled=${busy ? 'true' : 'false'} @click=${() => { if (!busy) void dialog.hide(); }}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
          <button type="submit" class="primary" part="submit" aria-disabled=${ready && !busy ? 'false' : 'true'}>${busy
            ? msg('Saving…', { id: 'tk.webhook-manager.saving' })
            : editing ? msg('Save', { id: 'tk.webhook-manager.save' }) : msg('Add endpoint', { id: 'tk.webhook-manager.add' })}</button>
        </div>
      </form>
    </dialog>`;
  }

  async #save(): Promise<void> {
    const form = this.#form;
    if (!form || this.#setup.status !== TaskStatus.COMPLETE) return;
    const saved = await this.#run.save(form, () => this.#formDialog.hide());
    if (saved && !form.editing) form.clear();
  }

  #renderDeliveryDialog(): TemplateResult {
    const dialog = this.#deliveryDialog;
    const delivery = this.#viewed;
    const view = this.#endpointView.value;
    return html`<dialog id=${dialog.id} class="delivery-dialog" part="dialog delivery-dialog" aria-labelledby=${dialog.titleId}>
      ${delivery && view ? view.renderDeliveryDialog(delivery, { format: this.format, titleId: dialog.titleId, close: () => void dialog.hide(),
        redeliver: () => void this.#run.redeliver(delivery).then((next) => { if (next) void dialog.hide(); }) }) : nothing}
    </dialog>`;
  }
}
