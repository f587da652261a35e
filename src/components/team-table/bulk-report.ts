import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Member } from '../../sdk/index.js';
import { filterSelect } from './toolbar.js';

/** How one change ended: sent and accepted, cancelled by a listener, or refused. */
export type Outcome = 'done' | 'cancelled' | { error: unknown };

export interface BulkReport {
  kind: 'role' | 'remove';
  /** The role given, for a role change. */
  role: string;
  done: Member[];
  failed: { member: Member; reason: string }[];
  skipped: { member: Member; reason: string }[];
}

/**
 * Applies one change to each member in turn, as they are now (`latest`), going on past failures. `skip` gives
 * the reason a member is left out (`''` to go ahead); `cancelled` is the reason for those a listener kept.
 */
export async function runBulk(
  report: BulkReport,
  members: readonly Member[],
  { latest, skip, apply, cancelled, reason }: {
    latest: (member: Member) => Member;
    skip: (member: Member) => string;
    apply: (member: Member) => Promise<Outcome>;
    cancelled: string;
    reason: (error: unknown) => string;
  },
): Promise<BulkReport> {
  for (const selected of members) {
    const member = latest(selected);
    const skipped = skip(member);
    const outcome = skipped ? 'cancelled' : await apply(member);
    if (outcome === 'done') report.done.push(member);
    else if (outcome === 'cancelled') report.skipped.push({ member, reason: skipped || cancelled });
    else report.failed.push({ member, reason: reason(outcome.error) });
  }
  return report;
}

/** "3 removed, 1 failed" — the counts of a bulk action in one line. */
export function reportSummary(report: BulkReport, roleName: string, count: (n: number) => string): string {
  const done = count(report.done.length);
  const parts = [
    report.kind === 'remove'
      ? msg(str`${done} removed`, { id: 'tk.team-table.report.removed' })
      : msg(str`${done} changed to ${roleName}`, { id: 'tk.team-table.report.changed' }),
  ];
  if (report.failed.length) parts.push(msg(str`${count(report.failed.length)} failed`, { id: 'tk.team-table.report.failed' }));
  if (report.skipped.length) parts.push(msg(str`${count(report.skipped.length)} skipped`, { id: 'tk.team-table.report.skipped' }));
  return parts.join(', ');
}

/** The outcome of a bulk action: the counts, then each member that failed or was skipped, and why. */
export function renderReport(report: BulkReport, summary: string, dismiss: TemplateResult): TemplateResult {
  const problems = [...report.failed, ...report.skipped];
  return html`<div class="banner ${report.failed.length ? 'danger' : 'success'}" part="report" role=${report.failed.length ? 'alert' : 'status'}>
    <div>
      <strong>${summary}</strong>
      ${problems.length ? html`<ul>${problems.map(({ member, reason }) => html`<li><span class="name">${member.name}</span> (${reason})</li>`)}</ul>` : nothing}
    </div>
    ${dismiss}
  </div>`;
}

export interface BulkBarView {
  /** How many members are selected, formatted. */
  count: string;
  role: string;
  roles: readonly (readonly [string, string])[];
  busy: boolean;
  setRole(role: string): void;
  changeRole(): void;
  remove(): void;
  clear(): void;
}

/** The actions for the selected members. */
export function renderBulkBar(view: BulkBarView): TemplateResult {
  return html`<div class="toolbar bulk" part="bulk-bar" role="group" aria-label=${msg('Bulk actions', { id: 'tk.team-table.bulk' })}>
    <strong>${msg(str`${view.count} selected`, { id: 'tk.team-table.selected' })}</strong>
    ${filterSelect('bulk-role', msg('New role for the selected members', { id: 'tk.team-table.bulk_role' }), msg('Choose a role…', { id: 'tk.team-table.choose_role' }),
      view.role, view.roles, view.setRole)}
    <button type="button" ?disabled=${view.busy || !view.role} @click=${view.changeRole}>${msg('Change role', { id: 'tk.team-table.change_role' })}</button>
    <button type="button" class="danger" ?disabled=${view.busy} @click=${view.remove}>${msg('Remove selected', { id: 'tk.team-table.remove_selected' })}</button>
    <button type="button" class="link" @click=${view.clear}>${msg('Clear selection', { id: 'tk.team-table.clear_selection' })}</button>
  </div>`;
}
