import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPermissionError, type Client, type Invitation, type InvitationStatus, type Role } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { renderEmpty, renderError, renderLoading, renderTask } from '../shared/async-state.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { describeError } from '../shared/describe-error.js';
import type { ErrorAction } from '../shared/events.js';
import { formatDate, formatNumber, formatRelative } from '../shared/format.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeInvitationResendEvent, BeforeInvitationRevokeEvent, InvitationResentEvent, InvitationRevokedEvent,
} from './invitation-list.events.js';
import { styles } from './invitation-list.styles.js';

/** Which invitations the list shows. */
export type InvitationFilter = 'all' | InvitationStatus;

const FILTERS: readonly InvitationFilter[] = ['all', 'pending', 'accepted', 'expired', 'revoked'];
const BUILT_IN_ROLES = new Set(['owner', 'admin', 'member', 'viewer']);

type RowAction = 'resend' | 'revoke';

interface Notice {
  tone: 'success' | 'danger';
  title: string;
  detail?: string;
}

/**
 * The workspace's invitations: filter by status, page through them, and, for those allowed to invite
 * members, resend (which mails a new link and renews the expiry) or revoke. There is no "copy link": an
 * invitation's token is the invitee's credential and only travels in the mail to the invited address.
 *
 * People without the `members:invite` permission see the list read-only with the reason; if the server does
 * not let them list invitations at all, they see why instead.
 *
 * @summary A workspace's invitations with resend and revoke.
 *
 * @fires {BeforeInvitationResendEvent} tk-before-invitation-resend - Cancelable. An invitation is about to be sent again. `event.invitation`.
 * @fires {InvitationResentEvent} tk-invitation-resent - An invitation was mailed again; `event.invitation` has the new expiry.
 * @fires {BeforeInvitationRevokeEvent} tk-before-invitation-revoke - Cancelable. A confirmed revoke is about to be sent. `event.invitation`.
 * @fires {InvitationRevokedEvent} tk-invitation-revoked - An invitation was revoked; its link stopped working. `event.invitation`.
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed. `event.error`, `event.action` (`load`, `load-more`,
 *   `invitation-resend`, `invitation-revoke`).
 *
 * @slot heading - Replaces the "Invitations" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading, status filter and count.
 * @csspart title - The default heading.
 * @csspart filter - The status filter `<select>`.
 * @csspart count - How many invitations match.
 * @csspart notice - The message after an action (success or failure).
 * @csspart read-only - The note explaining why actions are unavailable.
 * @csspart table-wrap - The scrollable box around the table.
 * @csspart table - The `<table>`.
 * @csspart row - One invitation's row.
 * @csspart cell - Every body cell; also `cell-email`, `cell-role`, `cell-inviter`, `cell-sent`, `cell-expiry`,
 *   `cell-status`, `cell-actions`.
 * @csspart badge - A status badge; also `badge-pending`, `badge-accepted`, `badge-expired`, `badge-revoked`.
 * @csspart action - A row's action button; also `resend`, `revoke`.
 * @csspart more - The footer with "Load more".
 * @csspart load-more - The "Load more" button.
 * @csspart state - Loading, empty, error and denied panels (`loading`, `empty`, `error`, `denied`).
 * @csspart retry - The retry button of an error panel.
 * @csspart confirm-dialog - The revoke confirmation; its buttons are `confirm-cancel` and `confirm-accept`.
 *
 * @cssprop [--tk-invitation-list-cell-padding=var(--tk-space-2) var(--tk-space-3)] - Padding of table cells.
 * @cssprop [--tk-invitation-list-header-background=var(--tk-color-surface)] - Background of the column headers.
 * @cssprop [--tk-invitation-list-row-border=1px solid var(--tk-color-border)] - The line between rows.
 * @cssprop [--tk-invitation-list-email-max-width=28ch] - Width at which long emails wrap.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <invitation-list status="pending"></invitation-list>
 * </teamkit-provider>
 * <script type="module">
 *   // After <invite-dialog> sent invitations, show them:
 *   document.querySelector('invite-dialog').addEventListener('tk-invitations-sent', () =>
 *     document.querySelector('invitation-list').refresh());
 * </script>
 * ```
 */
export class InvitationList extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** Which invitations to show: `all`, `pending`, `accepted`, `expired` or `revoked`. */
  @property({ reflect: true }) accessor status: InvitationFilter = 'all';

  /** How many invitations to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 25;

  /** Where "now" comes from for relative times. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  @state() private accessor rows: Invitation[] = [];
  @state() private accessor nextCursor: string | null = null;
  @state() private accessor total = 0;
  @state() private accessor loadingMore = false;
  @state() private accessor loadMoreError: unknown = undefined;
  @state() private accessor busy: ReadonlyMap<string, RowAction> = new Map();
  @state() private accessor notice: Notice | undefined = undefined;
  @state() private accessor customRoles: Role[] = [];

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #confirm = new ConfirmController(this);
  #loadMoreAbort: AbortController | undefined;
  /** The workspace `customRoles` belong to. */
  #rolesOf: string | undefined;

  constructor() {
    super();
    new TickController(this);
  }

  readonly #list = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#filter, this.#limit] as const,
    task: async ([client, workspaceId, filter, limit], { signal }) => {
      if (!client || !workspaceId) return initialState;
      this.#loadMoreAbort?.abort();
      if (workspaceId !== this.#rolesOf && this.customRoles.length > 0) this.customRoles = [];
      this.#rolesOf = workspaceId;
      const page = await client.invitations.list(workspaceId, { status: filter === 'all' ? undefined : filter, limit }, { signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.loadMoreError = undefined;
      void this.#loadRoleNames(client, workspaceId, page.items);
      return page;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  /** Reloads the list from the first page, e.g. after `<invite-dialog>` sent invitations. */
  async refresh(): Promise<void> {
    this.notice = undefined;
    await this.#list.run();
  }

  get #filter(): InvitationFilter {
    return FILTERS.includes(this.status) ? this.status : 'all';
  }

  get #limit(): number {
    return Math.min(200, Math.max(1, Math.round(this.pageSize) || 25));
  }

  get #now(): number {
    return nowFrom(this.clock);
  }

  /** The server refused the list itself: nothing to filter, only a reason to give. */
  get #denied(): boolean {
    return this.#list.status === TaskStatus.ERROR && isPermissionError(this.#list.error);
  }

  get #canInvite(): boolean {
    return this.#permissions.can('members:invite');
  }

  /** Custom roles show by their own name; built-in ones need no request. */
  async #loadRoleNames(client: Client, workspaceId: string, items: Invitation[]): Promise<void> {
    const known = new Set(this.customRoles.map((role) => role.id));
    if (items.every((item) => BUILT_IN_ROLES.has(item.role) || known.has(item.role))) return;
    try {
      this.customRoles = (await client.roles.list(workspaceId)).filter((role) => !role.builtIn);
    } catch {
      // Without names the role's id shows; the list itself is still right.
    }
  }

  protected override render() {
    return html`<section part="base" aria-labelledby="heading">
      ${this.#renderToolbar()}
      ${this.#renderNotice()}
      ${this.#renderBody()}
      ${this.#confirm.render()}
    </section>`;
  }

  #renderToolbar(): TemplateResult {
    const loaded = this.#list.value !== undefined && this.#list.status !== TaskStatus.ERROR;
    return html`<div class="toolbar" part="header">
      <div id="heading"><slot name="heading"><h2 part="title">${msg('Invitations', { id: 'tk.invitation-list.title' })}</h2></slot></div>
      ${this.#denied ? nothing : html`<div class="row">
        <p class="count" part="count" aria-live="polite">${loaded ? this.#countText() : ''}</p>
        <div class="filter">
          <label for="filter">${msg('Status', { id: 'tk.invitation-list.filter' })}</label>
          <select id="filter" part="filter" @change=${(event: Event) => { this.status = (event.target as HTMLSelectElement).value as InvitationFilter; }}>
            ${FILTERS.map((filter) => html`<option value=${filter} ?selected=${filter === this.#filter}>${filterLabel(filter)}</option>`)}
          </select>
        </div>
      </div>`}
    </div>`;
  }

  #countText(): string {
    const count = formatNumber(this.total, this.formatSettings);
    return this.total === 1
      ? msg('1 invitation', { id: 'tk.invitation-list.count_one' })
      : msg(str`${count} invitations`, { id: 'tk.invitation-list.count' });
  }

  #renderBody(): unknown {
    const permissions = this.#permissions.task;
    if (this.#denied) return this.#renderDenied();
    if (permissions.status === TaskStatus.ERROR && this.#list.status !== TaskStatus.ERROR) {
      return renderError(permissions.error, () => this.#permissions.refresh());
    }
    if (permissions.value === undefined && permissions.status !== TaskStatus.ERROR && this.#list.status !== TaskStatus.ERROR) {
      return renderLoading();
    }
    return renderTask(this.#list, {
      complete: () => this.#renderList(),
      isEmpty: () => this.rows.length === 0,
      empty: () => renderEmpty(emptyTitle(this.#filter), emptyHint(this.#filter)),
    });
  }

  /** Listing refused: say why, in terms of the reader's role, rather than a bare error. */
  #renderDenied(): TemplateResult {
    return html`<div class="state" part="state denied" role="status">
      <strong>${msg("You can't see this workspace's invitations", { id: 'tk.invitation-list.denied' })}</strong>
      <span>${this.#permissions.deniedReason()}</span>
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const { notice } = this;
    if (!notice) return nothing;
    // Failures interrupt (role="alert"); successes were already announced politely by `announce()`.
    return html`<div class="banner ${notice.tone}" part="notice" role=${notice.tone === 'danger' ? 'alert' : nothing}>
      <div class="text"><strong>${notice.title}</strong>${notice.detail ? html`<p>${notice.detail}</p>` : nothing}</div>
      <button type="button" aria-label=${msg('Dismiss message', { id: 'tk.invitation-list.dismiss_label' })} @click=${() => void this.#dismissNotice()}>
        ${msg('Dismiss', { id: 'tk.invitation-list.dismiss' })}
      </button>
    </div>`;
  }

  /** Closing a message must not drop focus to the page: it goes to the status filter. */
  async #dismissNotice(): Promise<void> {
    this.notice = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#filter')?.focus();
  }

  #renderList(): TemplateResult {
    const canInvite = this.#canInvite;
    const columns = columnNames();
    return html`
      ${canInvite ? nothing : html`<p class="banner" part="read-only" id="read-only">
        ${msg('Resending and revoking invitations need permission to invite members.', { id: 'tk.invitation-list.read_only' })}
        ${this.#permissions.deniedReason()}
      </p>`}
      <div class="table-wrap" part="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table" role="table" aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>
          <caption id="caption" class="visually-hidden">${msg(str`Invitations: ${filterLabel(this.#filter)}`, { id: 'tk.invitation-list.caption' })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${columns.email}</th>
              <th scope="col" role="columnheader">${columns.role}</th>
              <th scope="col" role="columnheader">${columns.inviter}</th>
              <th scope="col" role="columnheader">${columns.sent}</th>
              <th scope="col" role="columnheader">${columns.expiry}</th>
              <th scope="col" role="columnheader">${columns.status}</th>
              ${canInvite ? html`<th scope="col" role="columnheader"><span class="visually-hidden">${columns.actions}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody role="rowgroup">${this.rows.map((invitation) => this.#renderRow(invitation, canInvite, columns))}</tbody>
        </table>
      </div>
      ${this.#renderMore()}`;
  }

  /** A pending invitation whose time ran out while the page stayed open is shown as what it now is. */
  #effectiveStatus(invitation: Invitation): InvitationStatus {
    return invitation.status === 'pending' && Date.parse(invitation.expiresAt) <= this.#now ? 'expired' : invitation.status;
  }

  /**
   * One invitation. The explicit roles keep table semantics when a narrow container lays rows out as cards
   * (CSS `display` would otherwise drop them); `data-label` names each value in that layout.
   */
  #renderRow(invitation: Invitation, canInvite: boolean, columns: ColumnNames): TemplateResult {
    const settings = this.formatSettings;
    const status = this.#effectiveStatus(invitation);
    return html`<tr part="row" role="row" data-id=${invitation.id}>
      <th scope="row" role="rowheader" class="email" part="cell cell-email" tabindex="-1"><bdi>${invitation.email}</bdi></th>
      <td role="cell" class="role" part="cell cell-role" data-label=${columns.role}>${roleLabel(invitation.role, this.customRoles)}</td>
      <td role="cell" class="inviter" part="cell cell-inviter" data-label=${columns.inviter}>${invitation.invitedBy
        ? html`<bdi title=${invitation.invitedBy.email}>${invitation.invitedBy.name}</bdi>`
        : html`<span class="muted">${msg('Unknown', { id: 'tk.invitation-list.unknown_inviter' })}</span>`}</td>
      <td role="cell" class="sent" part="cell cell-sent" data-label=${columns.sent}><time datetime=${invitation.sentAt} title=${formatDate(invitation.sentAt, settings, 'datetime')}>${formatDate(invitation.sentAt, settings)}</time></td>
      <td role="cell" class="expiry ${status === 'accepted' || status === 'revoked' ? 'not-applicable' : ''}" part="cell cell-expiry" data-label=${columns.expiry}>${this.#renderExpiry(invitation, status)}</td>
      <td role="cell" class="status-cell" part="cell cell-status"><div class="status">${statusBadge(status)} ${this.#renderStatusDetail(invitation, status)}</div></td>
      ${canInvite ? html`<td role="cell" class="actions" part="cell cell-actions"><div class="row-actions">${this.#renderActions(invitation, status)}</div></td>` : nothing}
    </tr>`;
  }

  #renderExpiry(invitation: Invitation, status: InvitationStatus): TemplateResult {
    if (status === 'accepted' || status === 'revoked') {
      return html`<span aria-hidden="true">—</span><span class="visually-hidden">${msg('Not applicable', { id: 'tk.invitation-list.not_applicable' })}</span>`;
    }
    const expiresAt = Date.parse(invitation.expiresAt);
    const full = formatDate(invitation.expiresAt, this.formatSettings, 'datetime');
    const relative = formatRelative(invitation.expiresAt, this.formatSettings, this.#now);
    const text = expiresAt > this.#now
      ? (status === 'expired' ? msg('Expired', { id: 'tk.invitation-list.expired_now' }) : msg(str`Expires ${relative}`, { id: 'tk.invitation-list.expires' }))
      : msg(str`Expired ${relative}`, { id: 'tk.invitation-list.expired_ago' });
    return html`<time datetime=${invitation.expiresAt} title=${full}>${text}</time>`;
  }

  #renderStatusDetail(invitation: Invitation, status: InvitationStatus): TemplateResult | typeof nothing {
    const at = status === 'accepted' ? invitation.acceptedAt : status === 'revoked' ? invitation.revokedAt : null;
    if (!at) return nothing;
    // The badge says what happened; this says when. Within the last minute "now" reads oddly: "just now".
    const text = Math.abs(Date.parse(at) - this.#now) < 60_000
      ? msg('just now', { id: 'tk.invitation-list.just_now' })
      : formatRelative(at, this.formatSettings, this.#now);
    return html`<time class="muted" datetime=${at} title=${formatDate(at, this.formatSettings, 'datetime')}>${text}</time>`;
  }

  #renderActions(invitation: Invitation, status: InvitationStatus): TemplateResult {
    const busy = this.busy.get(invitation.id);
    const email = invitation.email;
    const canResend = status === 'pending' || status === 'expired';
    const canRevoke = status === 'pending' || status === 'expired';
    if (!canResend && !canRevoke) {
      return html`<span class="visually-hidden">${msg('No actions', { id: 'tk.invitation-list.no_actions' })}</span>`;
    }
    const disabled = busy ? 'true' : 'false';
    return html`
      ${canResend ? html`<button type="button" part="action resend" aria-disabled=${disabled}
        aria-label=${busy === 'resend' ? nothing : msg(str`Resend to ${email}`, { id: 'tk.invitation-list.resend_label' })}
        @click=${() => void this.#resend(invitation)}>${busy === 'resend'
          ? msg('Resending…', { id: 'tk.invitation-list.resending' })
          : msg('Resend', { id: 'tk.invitation-list.resend' })}</button>` : nothing}
      ${canRevoke ? html`<button type="button" part="action revoke" aria-disabled=${disabled}
        aria-label=${busy === 'revoke' ? nothing : msg(str`Revoke invitation for ${email}`, { id: 'tk.invitation-list.revoke_label' })}
        @click=${() => void this.#revoke(invitation)}>${busy === 'revoke'
          ? msg('Revoking…', { id: 'tk.invitation-list.revoking' })
          : msg('Revoke', { id: 'tk.invitation-list.revoke' })}</button>` : nothing}`;
  }

  #renderMore(): TemplateResult | typeof nothing {
    if (!this.nextCursor && !this.loadMoreError) return nothing;
    const shown = formatNumber(this.rows.length, this.formatSettings);
    const total = formatNumber(this.total, this.formatSettings);
    return html`<div class="more" part="more">
      <p class="count">${msg(str`Showing ${shown} of ${total}`, { id: 'tk.invitation-list.showing' })}</p>
      ${this.loadMoreError ? html`<p class="error" role="alert">${this.#loadMoreErrorText(this.loadMoreError)}</p>` : nothing}
      <button type="button" part="load-more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.#loadMore()}>
        ${this.loadingMore ? msg('Loading…', { id: 'tk.state.loading' }) : this.loadMoreError
          ? msg('Try again', { id: 'tk.state.retry' })
          : msg('Load more', { id: 'tk.invitation-list.load_more' })}
      </button>
    </div>`;
  }

  #loadMoreErrorText(error: unknown): string {
    const { kind, detail } = describeError(error);
    const why = kind === 'offline' || kind === 'rate-limited' || kind === 'timeout' || kind === 'denied' || kind === 'signed-out'
      ? detail
      : msg('Try again. If it keeps happening, reload the page.', { id: 'tk.invitation-list.load_more_failed_detail' });
    return `${msg("Couldn't load more invitations.", { id: 'tk.invitation-list.load_more_failed' })} ${why}`;
  }

  async #loadMore(): Promise<void> {
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    const cursor = this.nextCursor;
    if (this.loadingMore || !client || !workspaceId || !cursor) return;
    this.#loadMoreAbort?.abort();
    const abort = new AbortController();
    this.#loadMoreAbort = abort;
    this.loadingMore = true;
    this.loadMoreError = undefined;
    const filter = this.#filter;
    try {
      const page = await client.invitations.list(
        workspaceId, { status: filter === 'all' ? undefined : filter, limit: this.#limit, cursor }, { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      const firstNew = page.items[0];
      const seen = new Set(this.rows.map((row) => row.id));
      this.rows = [...this.rows, ...page.items.filter((item) => !seen.has(item.id))];
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      void this.#loadRoleNames(client, workspaceId, page.items);
      announce(msg(str`${page.items.length} more invitations loaded`, { id: 'tk.invitation-list.loaded_more' }));
      // The button may be gone (last page): continue from the first new row instead of losing focus.
      if (firstNew) await this.#focusRow(firstNew.id);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loadMoreError = error;
      this.reportError(error, 'load-more');
    } finally {
      if (this.#loadMoreAbort === abort) {
        this.#loadMoreAbort = undefined;
        this.loadingMore = false;
      }
    }
  }

  async #focusRow(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] th`)?.focus();
  }

  /** Moves focus to the row when the action's button went away (a revoked row has no actions left). */
  async #keepFocus(id: string): Promise<void> {
    await this.updateComplete;
    if (!this.shadowRoot?.activeElement) await this.#focusRow(id);
  }

  #setBusy(id: string, action: RowAction | undefined): void {
    const next = new Map(this.busy);
    if (action) next.set(id, action);
    else next.delete(id);
    this.busy = next;
  }

  #replaceRow(updated: Invitation): void {
    this.rows = this.rows.map((row) => (row.id === updated.id ? updated : row));
  }

  async #resend(invitation: Invitation): Promise<void> {
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (this.busy.has(invitation.id) || !client || !workspaceId) return;
    if (!this.emit(new BeforeInvitationResendEvent(invitation))) return;
    this.#setBusy(invitation.id, 'resend');
    this.notice = undefined;
    try {
      const updated = await client.invitations.resend(workspaceId, invitation.id);
      this.#replaceRow(updated);
      const relative = formatRelative(updated.expiresAt, this.formatSettings, this.#now);
      const title = msg(str`Invitation to ${updated.email} sent again`, { id: 'tk.invitation-list.resent' });
      const detail = msg(str`The new link expires ${relative}. The previous link no longer works.`, { id: 'tk.invitation-list.resent_detail' });
      this.notice = { tone: 'success', title, detail };
      announce(`${title}. ${detail}`);
      this.emit(new InvitationResentEvent(updated));
    } catch (error) {
      this.#failed(error, 'invitation-resend', msg(str`Couldn't resend the invitation to ${invitation.email}`, { id: 'tk.invitation-list.resend_failed' }));
    } finally {
      this.#setBusy(invitation.id, undefined);
    }
    await this.#keepFocus(invitation.id);
  }

  async #revoke(invitation: Invitation): Promise<void> {
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (this.busy.has(invitation.id) || !client || !workspaceId) return;
    const confirmed = await this.#confirm.ask({
      title: msg('Revoke this invitation?', { id: 'tk.invitation-list.revoke_title' }),
      message: html`${msg(str`The link sent to ${invitation.email} will stop working. You can invite them again later.`, { id: 'tk.invitation-list.revoke_message' })}`,
      confirmLabel: msg('Revoke invitation', { id: 'tk.invitation-list.revoke_confirm' }),
      danger: true,
    });
    if (!confirmed || !this.emit(new BeforeInvitationRevokeEvent(invitation))) return;
    this.#setBusy(invitation.id, 'revoke');
    this.notice = undefined;
    try {
      const updated = await client.invitations.revoke(workspaceId, invitation.id);
      this.#replaceRow(updated);
      const title = msg(str`Invitation to ${updated.email} revoked`, { id: 'tk.invitation-list.revoked' });
      this.notice = { tone: 'success', title };
      announce(title);
      this.emit(new InvitationRevokedEvent(updated));
    } catch (error) {
      this.#failed(error, 'invitation-revoke', msg(str`Couldn't revoke the invitation to ${invitation.email}`, { id: 'tk.invitation-list.revoke_failed' }));
    } finally {
      this.#setBusy(invitation.id, undefined);
    }
    await this.#keepFocus(invitation.id);
  }

  #failed(error: unknown, action: ErrorAction, title: string): void {
    const { title: what, detail } = describeError(error);
    this.notice = { tone: 'danger', title, detail: `${what}. ${detail}` };
    this.reportError(error, action);
  }
}

interface ColumnNames {
  email: string;
  role: string;
  inviter: string;
  sent: string;
  expiry: string;
  status: string;
  actions: string;
}

function columnNames(): ColumnNames {
  return {
    email: msg('Email', { id: 'tk.invitation-list.col.email' }),
    role: msg('Role', { id: 'tk.invitation-list.col.role' }),
    inviter: msg('Invited by', { id: 'tk.invitation-list.col.inviter' }),
    sent: msg('Sent', { id: 'tk.invitation-list.col.sent' }),
    expiry: msg('Expiry', { id: 'tk.invitation-list.col.expiry' }),
    status: msg('Status', { id: 'tk.invitation-list.col.status' }),
    actions: msg('Actions', { id: 'tk.invitation-list.col.actions' }),
  };
}

function filterLabel(filter: InvitationFilter): string {
  switch (filter) {
    case 'all': return msg('All', { id: 'tk.invitation-list.filter.all' });
    case 'pending': return msg('Pending', { id: 'tk.invitation-list.status.pending' });
    case 'accepted': return msg('Accepted', { id: 'tk.invitation-list.status.accepted' });
    case 'expired': return msg('Expired', { id: 'tk.invitation-list.status.expired' });
    case 'revoked': return msg('Revoked', { id: 'tk.invitation-list.status.revoked' });
  }
}

const badgeTone: Record<InvitationStatus, string> = { pending: 'accent', accepted: 'success', expired: 'warning', revoked: 'danger' };

function statusBadge(status: InvitationStatus): TemplateResult {
  return html`<span class="badge ${badgeTone[status]}" part="badge badge-${status}">${filterLabel(status)}</span>`;
}

function emptyTitle(filter: InvitationFilter): string {
  switch (filter) {
    case 'all': return msg('No invitations yet', { id: 'tk.invitation-list.empty.all' });
    case 'pending': return msg('No pending invitations', { id: 'tk.invitation-list.empty.pending' });
    case 'accepted': return msg('No accepted invitations', { id: 'tk.invitation-list.empty.accepted' });
    case 'expired': return msg('No expired invitations', { id: 'tk.invitation-list.empty.expired' });
    case 'revoked': return msg('No revoked invitations', { id: 'tk.invitation-list.empty.revoked' });
  }
}

function emptyHint(filter: InvitationFilter): string {
  switch (filter) {
    case 'all': return msg('Invitations you send appear here until they are accepted.', { id: 'tk.invitation-list.empty_hint.all' });
    case 'pending': return msg('Everyone invited has answered, or their invitation ran out.', { id: 'tk.invitation-list.empty_hint.pending' });
    case 'accepted': return msg('Nobody has joined through an invitation yet.', { id: 'tk.invitation-list.empty_hint.accepted' });
    case 'expired': return msg('Invitations that run out before they are accepted appear here.', { id: 'tk.invitation-list.empty_hint.expired' });
    case 'revoked': return msg('Invitations you withdraw appear here.', { id: 'tk.invitation-list.empty_hint.revoked' });
  }
}
