import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BillingSummary } from '../../sdk/index.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty, renderTask } from '../shared/feedback/states.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { renderInvoices } from './billing-summary.invoices.js';
import { styles } from './billing-summary.styles.js';
import { renderUsage } from './billing-summary.usage.js';

/** What the reader needs to see billing; without it the gate says why, and nothing is requested. */
const NEEDED = 'billing:view';

/**
 * What the workspace pays for and has, read-only: the plan and its billing cycle (when it renews), seats used
 * against the plan's limit, the wallet's balance in its currency with a warning once it is low, this period's
 * usage by type (a bar chart with the same numbers as a table), and the invoices with their PDFs, a page at a
 * time. Plan changes and payments are the host's billing provider's: put the host's own button in the
 * `actions` slot, beside the plan. People whose role does not allow seeing billing are told why.
 *
 * Amounts come from the API as integers of the currency's minor unit and show in the reader's locale
 * (`Intl.NumberFormat` with the currency); dates in the reader's time zone.
 *
 * @summary Plan, seats, wallet, usage and invoices of a workspace.
 *
 * @fires {TeamkitErrorEvent} tk-error - Loading failed. `event.error`, `event.action` (`load` for the summary or the first invoices, `load-more`).
 *
 * @slot heading - Replaces the heading.
 * @slot actions - The host's upgrade or plan-change button, shown with the plan.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row.
 * @csspart title - The default heading.
 * @csspart plan - The plan, its price and cycle, when it renews, and the `actions` slot.
 * @csspart seats - Seats used against the limit.
 * @csspart meter - The seats' meter.
 * @csspart wallet - The wallet's balance.
 * @csspart notice - The low-balance warning (also `warning`), and a full plan's seats (also `info`).
 * @csspart usage - This period's usage by type.
 * @csspart period - The dates of the current period.
 * @csspart chart - The usage bar chart (SVG, hidden from assistive technology: the table says the same).
 * @csspart chart-bar - Each bar of the chart.
 * @csspart usage-empty - What shows when nothing was used this period.
 * @csspart invoices - The invoices section.
 * @csspart table - The usage table (also `usage-table`) and the invoice table (also `invoice-table`).
 * @csspart column-header - Each column header (the invoice table's also `column-header-<column>`).
 * @csspart row - Each row; the usage table's total also `total-row`.
 * @csspart cell - Each cell (also `cell-<column>`).
 * @csspart badge - An invoice's status (also `badge-paid`, `badge-open`, `badge-void`, `badge-uncollectible`).
 * @csspart pdf-link - An invoice's PDF link.
 * @csspart footer - Under the invoices while more can load: `total` ("Showing 12 of 14") and `load-more`.
 * @csspart state - Loading, empty, error and denied panels (also `loading`, `empty`, `error`, `denied`).
 * @csspart retry - The "Try again" button of an error panel.
 *
 * @cssprop [--tk-billing-summary-gap=var(--tk-space-4)] - Space between the sections.
 * @cssprop [--tk-billing-summary-bar-color=var(--tk-color-accent)] - The usage chart's bars.
 * @cssprop [--tk-billing-summary-track-color=var(--tk-color-surface)] - The usage chart's tracks behind the bars.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <billing-summary>
 *     <button slot="actions" type="button" onclick="openPlans()">Change plan</button>
 *   </billing-summary>
 * </teamkit-provider>
 * ```
 */
export class BillingSummaryElement extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** How many invoices to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 12;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  readonly #summary = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#permissions.can(NEEDED)] as const,
    task: async ([client, workspaceId, allowed], { signal }) => {
      if (!client || !workspaceId || !allowed) return initialState;
      try {
        return await client.billing.get(workspaceId, { signal });
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
  });

  readonly #invoices = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#permissions.can(NEEDED), this.#limit] as const,
    load: ([client, workspaceId, allowed, limit], cursor, signal) => (client && workspaceId && allowed
      ? client.billing.invoices(workspaceId, { cursor, limit }, { signal })
      : undefined),
    focusItem: (id) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] th`),
    announceMore: (added) => (this.format.plural(added) === 'one'
      ? msg(str`${this.format.number(added)} more invoice loaded`, { id: 'tk.billing-summary.more_one' })
      : msg(str`${this.format.number(added)} more invoices loaded`, { id: 'tk.billing-summary.more' })),
  });

  /** Whether the host put anything in the `actions` slot: an empty row would add a gap to the plan. */
  @state() private accessor hasActions = false;

  #onActions = (event: Event) => {
    this.hasActions = (event.target as HTMLSlotElement).assignedElements().length > 0;
  };

  /** Reads the billing summary and the first invoices again. */
  async refresh(): Promise<void> {
    await Promise.all([this.#summary.run(), this.#invoices.refresh()]);
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 12);
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Billing', { id: 'tk.billing-summary.title' })}</h2></slot></div>
      </header>
      ${renderGate(this.#permissions, { need: NEEDED, denied: msg("You can't see this workspace's billing", { id: 'tk.billing-summary.denied' }) })
        ?? renderTask(this.#summary, { complete: (summary) => this.#renderBody(summary) })}
    </section>`;
  }

  #renderBody(summary: BillingSummary): TemplateResult {
    return html`<div class="overview">
        ${this.#renderPlan(summary)}${this.#renderSeats(summary)}${this.#renderWallet(summary)}
      </div>
      ${renderUsage(summary.usage, this.format)}
      <section class="card" part="invoices" aria-labelledby="invoices-heading">
        <h3 id="invoices-heading">${msg('Invoices', { id: 'tk.billing-summary.invoices' })}</h3>
        ${this.#invoices.render({
          items: (items) => renderInvoices(items, this.format, this.#invoices.task.status === TaskStatus.PENDING),
          empty: () => renderEmpty(
            msg('No invoices yet', { id: 'tk.billing-summary.no_invoices' }),
            msg('An invoice appears here at the end of each billing period.', { id: 'tk.billing-summary.no_invoices_hint' }),
          ),
        })}${this.#invoices.renderFooter()}
      </section>`;
  }

  #renderPlan({ planName, cycle, price, renewsAt }: BillingSummary): TemplateResult {
    const amount = this.format.minorMoney(price);
    return html`<section class="card" part="plan" aria-labelledby="plan-heading">
      <h3 id="plan-heading">${msg('Plan', { id: 'tk.billing-summary.plan' })}</h3>
      <p class="figure"><bdi>${msg(str`${planName} plan`, { id: 'tk.billing-summary.plan_name' })}</bdi></p>
      <p>${price.amount === 0 ? msg('No charge', { id: 'tk.billing-summary.free' })
        : cycle === 'yearly' ? msg(str`${amount} a year`, { id: 'tk.billing-summary.price_yearly' })
          : msg(str`${amount} a month`, { id: 'tk.billing-summary.price_monthly' })}</p>
      <p class="muted">${renewsAt
        ? msg(str`Renews on ${this.format.date(renewsAt)}`, { id: 'tk.billing-summary.renews' })
        : msg("Doesn't renew", { id: 'tk.billing-summary.no_renewal' })}</p>
      <div class="plan-actions" ?hidden=${!this.hasActions}><slot name="actions" @slotchange=${this.#onActions}></slot></div>
    </section>`;
  }

  #renderSeats({ seats }: BillingSummary): TemplateResult {
    const used = this.format.number(seats.used);
    const limit = this.format.number(seats.limit);
    const full = seats.used >= seats.limit;
    return html`<section class="card" part="seats" aria-labelledby="seats-heading">
      <h3 id="seats-heading">${msg('Seats', { id: 'tk.billing-summary.seats' })}</h3>
      <p class="figure" id="seats-text">${msg(str`${used} of ${limit} used`, { id: 'tk.billing-summary.seats_used' })}</p>
      <meter part="meter" min="0" max=${Math.max(seats.limit, seats.used, 1)} value=${seats.used}
        low=${seats.limit * 0.8} high=${seats.limit * 0.9} optimum="0" aria-labelledby="seats-heading seats-text"></meter>
      ${full ? renderNotice({
        tone: 'info',
        title: msg('Every seat is taken', { id: 'tk.billing-summary.seats_full' }),
        detail: msg('New people can join once a seat frees up or the plan grows.', { id: 'tk.billing-summary.seats_full_detail' }),
      }) : nothing}
    </section>`;
  }

  #renderWallet({ wallet }: BillingSummary): TemplateResult {
    const balance = this.format.minorMoney(wallet.balance);
    return html`<section class="card" part="wallet" aria-labelledby="wallet-heading">
      <h3 id="wallet-heading">${msg('Wallet balance', { id: 'tk.billing-summary.wallet' })}</h3>
      <p class="figure">${balance}</p>
      ${wallet.low ? renderNotice({
        tone: 'warning',
        title: msg('Low balance', { id: 'tk.billing-summary.low' }),
        detail: msg(str`The balance is below ${this.format.minorMoney(wallet.lowBalanceThreshold)}. Add funds so that usage goes on uninterrupted.`, { id: 'tk.billing-summary.low_detail' }),
      }) : html`<p class="muted">${msg(str`Alert below ${this.format.minorMoney(wallet.lowBalanceThreshold)}`, { id: 'tk.billing-summary.threshold' })}</p>`}
    </section>`;
  }
}
