import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Invitation, InvitationStatus } from '../../sdk/index.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty } from '../shared/feedback/states.js';
import { BUILT_IN_ROLE_IDS, roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeInvitationResendEvent, BeforeInvitationRevokeEvent, InvitationResentEvent, InvitationRevokedEvent,
} from './invitation-list.events.js';
import { styles } from './invitation-list.styles.js';
import { COLUMNS, columnNames, emptyHint, emptyTitle, FILTERS, filterLabel, type ColumnNames, type InvitationFilter } from './invitation-list.text.js';

export type { InvitationFilter } from './invitation-list.text.js';

/**
 * The workspace's invitations: filter by status, page through them, resend (which mails a new link and renews
 * the expiry) or revoke. There is no "copy link": an invitation's token is the invitee's credential and only
 * travels in the mail to the invited address.
 *
 * Listing invitations needs the `members:invite` permission. The element checks the reader's rights first and,
 * without it, shows why (their role, and who can grant it) without asking the server for the list.
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
 * @csspart filter - The status filter `<select>`; also `filter-status`.
 * @csspart total - How many invitations match (was `count`); also the footer's "Showing 25 of 60".
 * @csspart notice - The message after an action, with its tone: `success` or `danger`.
 * @csspart dismiss - The notice's Dismiss button.
 * @csspart table-wrap - The scrollable box around the table.
 * @csspart table - The `<table>`.
 * @csspart column-header - A column's heading; also `column-header-email`, `column-header-role`, `column-header-inviter`,
 *   `column-header-sent`, `column-header-expiry`, `column-header-status`, `column-header-actions`.
 * @csspart row - One invitation's row.
 * @csspart cell - Every body cell; also `cell-email`, `cell-role`, `cell-inviter`, `cell-sent`, `cell-expiry`,
 *   `cell-status`, `cell-actions`.
 * @csspart badge - A status badge; also `badge-pending`, `badge-accepted`, `badge-expired`, `badge-revoked`.
 * @csspart action - A row's action button; also `resend`, `revoke`.
 * @csspart footer - Under the table while more invitations can be loaded (was `more`).
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

  // Declared before the list: the list's arguments read whether the reader's rights are known.
  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #confirm = new ConfirmController(this);
  readonly #actions = new ActionController(this);

  readonly #list = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#filter, this.#limit, this.#mayList] as const,
    // Nothing is asked before the reader's rights are known to allow it: no 403 for a member to see.
    load: ([client, workspaceId, filter, limit, mayList], cursor, signal) => (client && workspaceId && mayList
      ? client.invitations.list(workspaceId, { status: filter === 'all' ? undefined : filter, limit, cursor }, { signal })
      : undefined),
    focusItem: (id) => this.#rowHeader(id),
    announceMore: (added) => this.#count(added,
      (count) => msg(str`${count} more invitation loaded`, { id: 'tk.invitation-list.loaded_more_one' }),
      (count) => msg(str`${count} more invitations loaded`, { id: 'tk.invitation-list.loaded_more' })),
  });

  /** Custom roles show by their own name: the workspace's roles are read once the list holds one. */
  readonly #roles = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, customRoleIds(this.#list.items)] as const,
    task: async ([client, workspaceId, customIds], { signal }) => (client && workspaceId && customIds
      // Without the names a role shows by its id; the list itself is still right.
      ? client.roles.list(workspaceId, { signal }).catch(() => [])
      : []),
  });

  constructor() {
    super();
    new TickController(this);
  }

  /** Reloads the list from the first page, e.g. after `<invite-dialog>` sent invitations. */
  async refresh(): Promise<void> {
    this.#actions.dismiss();
    await this.#list.refresh();
  }

  get #filter(): InvitationFilter {
    return FILTERS.includes(this.status) ? this.status : 'all';
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 25);
  }

  get #now(): number {
    return nowFrom(this.clock);
  }

  /** The reader's rights are known (not being re-read for another workspace) and let them see invitations. */
  get #mayList(): boolean {
    return this.#permissions.task.status === TaskStatus.COMPLETE && this.#permissions.can('members:invite');
  }

  /** `one` or `other` by the reader's plural rules, given the number formatted for them. */
  #count(n: number, one: (count: string) => string, other: (count: string) => string): string {
    const count = this.format.number(n);
    return this.format.plural(n) === 'one' ? one(count) : other(count);
  }

  #rowHeader(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] th`);
  }

  protected override render() {
    const gate = renderGate(this.#permissions, {
      need: 'members:invite',
      denied: msg("You can't see this workspace's invitations", { id: 'tk.invitation-list.denied' }),
    });
    return html`<section part="base" aria-labelledby="heading">
      <div class="toolbar" part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Invitations', { id: 'tk.invitation-list.title' })}</h2></slot></div>
        ${gate ? nothing : this.#renderControls()}
      </div>
      ${gate ?? html`${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
        ${this.#list.render({
          items: (items) => this.#renderTable(items),
          empty: () => renderEmpty(emptyTitle(this.#filter), emptyHint(this.#filter)),
        })}
        ${this.#list.renderFooter()}`}
      ${this.#confirm.render()}
    </section>`;
  }

  #renderControls(): TemplateResult {
    const { task } = this.#list;
    const loaded = task.value !== undefined && task.status !== TaskStatus.ERROR;
    return html`<div class="row">
      <p class="count" part="total" aria-live="polite">${loaded ? this.#count(this.#list.total,
        (count) => msg(str`${count} invitation`, { id: 'tk.invitation-list.count_one' }),
        (count) => msg(str`${count} invitations`, { id: 'tk.invitation-list.count' })) : ''}</p>
      <div class="filter">
        <label for="filter">${msg('Status', { id: 'tk.invitation-list.filter' })}</label>
        <select id="filter" part="filter filter-status" @change=${(event: Event) => { this.status = (event.target as HTMLSelectElement).value as InvitationFilter; }}>
          ${FILTERS.map((filter) => html`<option value=${filter} ?selected=${filter === this.#filter}>${filterLabel(filter)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  #renderTable(items: readonly Invitation[]): TemplateResult {
    const columns = columnNames();
    return html`<div class="table-wrap" part="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
      <table part="table" role="table" aria-busy=${this.#list.task.status === TaskStatus.PENDING ? 'true' : 'false'}>
        <caption id="caption" class="visually-hidden">${msg(str`Invitations: ${filterLabel(this.#filter)}`, { id: 'tk.invitation-list.caption' })}</caption>
        <thead role="rowgroup">
          <tr role="row">${COLUMNS.map((column) => html`<th scope="col" role="columnheader" part="column-header column-header-${column}">${column === 'actions'
            ? html`<span class="visually-hidden">${columns.actions}</span>` : columns[column]}</th>`)}</tr>
        </thead>
        <tbody role="rowgroup">${items.map((invitation) => this.#renderRow(invitation, columns))}</tbody>
      </table>
    </div>`;
  }

  /** A pending invitation whose time ran out while the page stayed open is shown as what it now is. */
  #effectiveStatus(invitation: Invitation): InvitationStatus {
    return invitation.status === 'pending' && Date.parse(invitation.expiresAt) <= this.#now ? 'expired' : invitation.status;
  }

  /**
   * One invitation. The explicit roles keep table semantics when a narrow container lays rows out as cards
   * (CSS `display` would otherwise drop them); `data-label` names each value in that layout.
   */
  #renderRow(invitation: Invitation, columns: ColumnNames): TemplateResult {
    const status = this.#effectiveStatus(invitation);
    const { sentAt, invitedBy } = invitation;
    return html`<tr part="row" role="row" data-id=${invitation.id}>
      <th scope="row" role="rowheader" class="email" part="cell cell-email" tabindex="-1"><bdi>${invitation.email}</bdi></th>
      <td role="cell" part="cell cell-role" data-label=${columns.role}>${roleLabel(invitation.role, this.#roles.value)}</td>
      <td role="cell" class="inviter" part="cell cell-inviter" data-label=${columns.inviter}>${invitedBy
        ? html`<bdi title=${invitedBy.email}>${invitedBy.name}</bdi>`
        : html`<span class="muted">${msg('Unknown', { id: 'tk.invitation-list.unknown_inviter' })}</span>`}</td>
      <td role="cell" part="cell cell-sent" data-label=${columns.sent}><time datetime=${sentAt} title=${this.format.date(sentAt, 'datetime')}>${this.format.date(sentAt)}</time></td>
      <td role="cell" class="expiry ${status === 'accepted' || status === 'revoked' ? 'not-applicable' : ''}" part="cell cell-expiry" data-label=${columns.expiry}>${this.#renderExpiry(invitation, status)}</td>
      <td role="cell" class="status-cell" part="cell cell-status"><div class="status">
        <span class="badge ${BADGE_TONE[status]}" part="badge badge-${status}">${filterLabel(status)}</span> ${this.#renderStatusDetail(invitation, status)}
      </div></td>
      <td role="cell" class="actions" part="cell cell-actions"><div class="row-actions">${this.#renderActions(invitation, status)}</div></td>
    </tr>`;
  }

  #renderExpiry(invitation: Invitation, status: InvitationStatus): TemplateResult {
    if (status === 'accepted' || status === 'revoked') {
      return html`<span aria-hidden="true">—</span><span class="visually-hidden">${msg('Not applicable', { id: 'tk.invitation-list.not_applicable' })}</span>`;
    }
    const { expiresAt } = invitation;
    const relative = this.format.relative(expiresAt, this.#now);
    const text = Date.parse(expiresAt) > this.#now
      ? (status === 'expired' ? msg('Expired', { id: 'tk.invitation-list.expired_now' }) : msg(str`Expires ${relative}`, { id: 'tk.invitation-list.expires' }))
      : msg(str`Expired ${relative}`, { id: 'tk.invitation-list.expired_ago' });
    return html`<time datetime=${expiresAt} title=${this.format.date(expiresAt, 'datetime')}>${text}</time>`;
  }

  #renderStatusDetail(invitation: Invitation, status: InvitationStatus): TemplateResult | typeof nothing {
    const at = status === 'accepted' ? invitation.acceptedAt : status === 'revoked' ? invitation.revokedAt : null;
    if (!at) return nothing;
    // The badge says what happened; this says when. Within the last minute "now" reads oddly: "just now".
    const text = Math.abs(Date.parse(at) - this.#now) < 60_000
      ? msg('just now', { id: 'tk.invitation-list.just_now' })
      : this.format.relative(at, this.#now);
    return html`<time class="muted" datetime=${at} title=${this.format.date(at, 'datetime')}>${text}</time>`;
  }

  #renderActions(invitation: Invitation, status: InvitationStatus): TemplateResult {
    if (status !== 'pending' && status !== 'expired') {
      return html`<span class="visually-hidden">${msg('No actions', { id: 'tk.invitation-list.no_actions' })}</span>`;
    }
    const { email, id } = invitation;
    const busy = this.#actions.busyWith(id);
    // While busy the button's text ("Resending…") is its name; otherwise the name says whose invitation it is.
    const button = (verb: 'resend' | 'revoke', name: string, busyText: string, text: string, run: () => unknown) => html`<button
      type="button" part="action ${verb}" aria-disabled=${busy ? 'true' : 'false'} aria-label=${busy === `invitation-${verb}` ? nothing : name}
      @click=${run}>${busy === `invitation-${verb}` ? busyText : text}</button>`;
    return html`${button('resend', msg(str`Resend to ${email}`, { id: 'tk.invitation-list.resend_label' }),
      msg('Resending…', { id: 'tk.invitation-list.resending' }), msg('Resend', { id: 'tk.invitation-list.resend' }),
      () => this.#resend(invitation))}
      ${button('revoke', msg(str`Revoke invitation for ${email}`, { id: 'tk.invitation-list.revoke_label' }),
        msg('Revoking…', { id: 'tk.invitation-list.revoking' }), msg('Revoke', { id: 'tk.invitation-list.revoke' }),
        () => this.#revoke(invitation))}`;
  }

  #resend(invitation: Invitation): Promise<unknown> {
    const { api: client, currentWorkspaceId: workspaceId } = this;
    if (!client || !workspaceId) return Promise.resolve();
    return this.#actions.run({
      key: invitation.id,
      before: () => new BeforeInvitationResendEvent(invitation),
      call: (signal) => client.invitations.resend(workspaceId, invitation.id, { signal }),
      after: (updated) => {
        this.#list.replace(updated.id, updated);
        return new InvitationResentEvent(updated);
      },
      action: 'invitation-resend',
      success: (updated) => {
        const relative = this.format.relative(updated.expiresAt, this.#now);
        const title = msg(str`Invitation to ${updated.email} sent again`, { id: 'tk.invitation-list.resent' });
        const detail = msg(str`The new link expires ${relative}. The previous link no longer works.`, { id: 'tk.invitation-list.resent_detail' });
        return { announce: `${title}. ${detail}`, notice: { tone: 'success', title, detail } };
      },
      failure: msg(str`Couldn't resend the invitation to ${invitation.email}`, { id: 'tk.invitation-list.resend_failed' }),
      focus: () => this.#rowHeader(invitation.id),
    });
  }

  async #revoke(invitation: Invitation): Promise<unknown> {
    const { api: client, currentWorkspaceId: workspaceId } = this;
    if (!client || !workspaceId || this.#actions.busy(invitation.id)) return;
    const confirmed = await this.#confirm.ask({
      title: msg('Revoke this invitation?', { id: 'tk.invitation-list.revoke_title' }),
      message: msg(str`The link sent to ${invitation.email} will stop working. You can invite them again later.`, { id: 'tk.invitation-list.revoke_message' }),
      confirmLabel: msg('Revoke invitation', { id: 'tk.invitation-list.revoke_confirm' }),
      danger: true,
    });
    if (!confirmed) return;
    return this.#actions.run({
      key: invitation.id,
      before: () => new BeforeInvitationRevokeEvent(invitation),
      call: (signal) => client.invitations.revoke(workspaceId, invitation.id, { signal }),
      after: (updated) => {
        this.#list.replace(updated.id, updated);
        return new InvitationRevokedEvent(updated);
      },
      action: 'invitation-revoke',
      success: (updated) => ({ announce: msg(str`Invitation to ${updated.email} revoked`, { id: 'tk.invitation-list.revoked' }) }),
      failure: msg(str`Couldn't revoke the invitation to ${invitation.email}`, { id: 'tk.invitation-list.revoke_failed' }),
      // The row has no actions left once revoked: focus stays in it rather than falling to the page.
      focus: () => this.#rowHeader(invitation.id),
    });
  }
}

const BADGE_TONE: Record<InvitationStatus, string> = { pending: 'accent', accepted: 'success', expired: 'warning', revoked: 'danger' };

/** The custom roles among the invitations, as one string, so that the roles are read again only when it changes. */
function customRoleIds(items: readonly Invitation[]): string {
  return [...new Set(items.map((item) => item.role).filter((role) => !BUILT_IN_ROLE_IDS.includes(role)))].sort().join(' ');
}
