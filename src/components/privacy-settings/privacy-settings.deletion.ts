import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DeletionImpact, OwnedWorkspaceImpact } from '../../sdk/index.js';
import { renderNotice } from '../shared/feedback/notice.js';
import type { BoundFormat } from '../shared/format.js';

export interface DeletionView {
  impact: DeletionImpact;
  format: BoundFormat;
  /** Where "Transfer or delete" leads for a workspace; undefined for a button that only fires the event. */
  dangerZoneHref: (workspace: OwnedWorkspaceImpact) => string | undefined;
  /** "Transfer or delete" was activated (its default navigation may be stopped through `event`). */
  onDangerZone: (event: Event, workspace: OwnedWorkspaceImpact) => void;
  onDelete: () => void;
  /** The confirmation step is on its way (its code loads on first use). */
  opening: boolean;
}

export const BLOCKED_ID = 'deletion-blocked';

/** What deleting the account takes with it, one sentence each, in the reader's words. */
export function renderLosses(impact: DeletionImpact, format: BoundFormat): TemplateResult {
  const count = (n: number) => format.number(n);
  const one = (n: number) => format.plural(n) === 'one';
  const { memberships, sessions, pendingExports } = impact;
  const alone = impact.ownedWorkspaces.filter((workspace) => !workspace.blocksDeletion);
  return html`<ul part="losses">
    <li>${msg('Your profile, settings and sign-in history are erased.', { id: 'tk.privacy-settings.lose.account' })}</li>
    ${alone.map((workspace) => html`<li><bdi>${workspace.name}</bdi>: ${msg('deleted with your account, as you are its only member.', { id: 'tk.privacy-settings.lose.owned' })}</li>`)}
    ${memberships > 0 ? html`<li>${one(memberships)
      ? msg(str`You leave ${count(memberships)} workspace you are a member of.`, { id: 'tk.privacy-settings.lose.membership' })
      : msg(str`You leave ${count(memberships)} workspaces you are a member of.`, { id: 'tk.privacy-settings.lose.memberships' })}</li>` : nothing}
    ${sessions > 0 ? html`<li>${sessions === 1
      ? msg('You are signed out on this device.', { id: 'tk.privacy-settings.lose.session' })
      : msg(str`You are signed out on ${count(sessions)} devices, this one included.`, { id: 'tk.privacy-settings.lose.sessions' })}</li>` : nothing}
    ${pendingExports > 0 ? html`<li>${one(pendingExports)
      ? msg(str`${count(pendingExports)} data export stops working.`, { id: 'tk.privacy-settings.lose.export' })
      : msg(str`${count(pendingExports)} data exports stop working.`, { id: 'tk.privacy-settings.lose.exports' })}</li>` : nothing}
  </ul>`;
}

/**
 * Deleting the account: what it takes with it, the workspaces that must be transferred or deleted first (each
 * with a way to its danger zone), and "Delete account…", unavailable with the reason while any stands in the way.
 */
export function renderDeletion(view: DeletionView): TemplateResult {
  const { impact, format } = view;
  const blocking = impact.ownedWorkspaces.filter((workspace) => workspace.blocksDeletion);
  const blocked = !impact.canDelete;
  return html`<section part="deletion" aria-labelledby="deletion-title">
    <h2 id="deletion-title" part="title">${msg('Delete your account', { id: 'tk.privacy-settings.delete.title' })}</h2>
    <p part="description">${msg('Deleting your account is permanent: it cannot be undone. If you delete it:', { id: 'tk.privacy-settings.delete.description' })}</p>
    ${renderLosses(impact, format)}
    ${blocking.length ? renderBlockers(blocking, view) : nothing}
    <div class="actions" part="actions">
      <button type="button" class="danger" part="delete-account" aria-disabled=${blocked || view.opening ? 'true' : 'false'}
        aria-describedby=${blocked ? BLOCKED_ID : nothing} @click=${() => { if (!blocked) view.onDelete(); }}>${msg('Delete account…', { id: 'tk.privacy-settings.delete.open' })}</button>
      ${blocked ? html`<span id=${BLOCKED_ID} class="reason">${msg('Transfer or delete the workspaces above first.', { id: 'tk.privacy-settings.delete.blocked' })}</span>` : nothing}
    </div>
  </section>`;
}

function renderBlockers(blocking: readonly OwnedWorkspaceImpact[], view: DeletionView): TemplateResult {
  const { format } = view;
  return html`<div part="blockers">
    ${renderNotice({
      tone: 'warning',
      title: msg('First transfer or delete the workspaces you own', { id: 'tk.privacy-settings.blockers.title' }),
      detail: msg('These have other members, who would lose them. Make another member the owner, or delete the workspace, then come back.', { id: 'tk.privacy-settings.blockers.detail' }),
    })}
    <ul part="list">${blocking.map((workspace, index) => {
      const nameId = `blocker-${index}-name`;
      const actionId = `blocker-${index}-action`;
      const members = format.number(workspace.memberCount);
      const href = view.dangerZoneHref(workspace);
      const label = msg('Transfer or delete', { id: 'tk.privacy-settings.blockers.action' });
      const onClick = (event: Event) => view.onDangerZone(event, workspace);
      return html`<li part="item blocker">
        <span class="workspace"><strong id=${nameId} part="workspace-name"><bdi>${workspace.name}</bdi></strong>
          <span class="muted">${format.plural(workspace.memberCount) === 'one'
            ? msg(str`${members} member`, { id: 'tk.privacy-settings.blockers.member' })
            : msg(str`${members} members`, { id: 'tk.privacy-settings.blockers.members' })}</span></span>
        ${href
          ? html`<a id=${actionId} part="action transfer" href=${href} aria-labelledby="${actionId} ${nameId}" @click=${onClick}>${label}</a>`
          : html`<button type="button" id=${actionId} part="action transfer" class="link" aria-labelledby="${actionId} ${nameId}" @click=${onClick}>${label}</button>`}
      </li>`;
    })}</ul>
  </div>`;
}
