import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Member } from '../../sdk/index.js';

export interface BulkReport {
  kind: 'role' | 'remove';
  /** The role given, for a role change. */
  role: string;
  done: Member[];
  failed: { member: Member; reason: string }[];
  skipped: { member: Member; reason: string }[];
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
