import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Member } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { filterSelect } from './toolbar.js';

/** How one change ended: sent and accepted, cancelled by a listener, or refused. */
export type Outcome = 'done' | 'cancelled' | { error: unknown };
export type BulkKind = 'role' | 'remove';

interface BulkReport {
  kind: BulkKind;
  /** The role given, for a role change. */
  role: string;
  done: Member[];
  failed: { member: Member; reason: string }[];
  skipped: { member: Member; reason: string }[];
}

/** What a bulk action needs of its table. */
export interface BulkModel {
  /** The member as the table holds it now. */
  latest(member: Member): Member;
  /** Why a member is left out, or `''` to go ahead. */
  skip(member: Member, kind: BulkKind, role: string): string;
  /** Changes one member, with the events a single change fires. */
  apply(member: Member, kind: BulkKind, role: string): Promise<Outcome>;
  /** Asks before removing `count` (formatted) members. */
  confirmRemove(count: string): Promise<boolean>;
  /** Called as a run starts: the table takes down the last single change's notice. */
  starting(): void;
  roleLabel(roleId: string): string;
  reason(error: unknown): string;
  count(n: number): string;
}

/**
 * The selected members and what can be done to all of them at once: change their role or remove them, one
 * after another, going on past failures, then a report of each member that failed or was skipped, and why.
 * The failed ones stay selected, ready for another try.
 */
export class BulkActions {
  #selected = new Map<string, Member>();
  #role = '';
  #busy = false;
  #report: BulkReport | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly model: BulkModel) {}

  get size(): number {
    return this.#selected.size;
  }

  has(member: Member): boolean {
    return this.#selected.has(member.id);
  }

  toggle(member: Member, on: boolean): void {
    if (on) this.#selected.set(member.id, member);
    else this.#selected.delete(member.id);
    this.host.requestUpdate();
  }

  clear(): void {
    this.#selected.clear();
    this.host.requestUpdate();
  }

  /** Takes the report down: a single change's notice replaces it. */
  dismissReport(): void {
    this.#report = undefined;
    this.host.requestUpdate();
  }

  async run(kind: BulkKind): Promise<void> {
    const members = [...this.#selected.values()];
    const role = this.#role;
    const { model } = this;
    if (kind === 'remove' && !(await model.confirmRemove(model.count(members.length)))) return;
    this.#busy = true;
    this.#report = undefined;
    model.starting();
    const report: BulkReport = { kind, role, done: [], failed: [], skipped: [] };
    for (const selected of members) {
      const member = model.latest(selected);
      const skipped = model.skip(member, kind, role);
      const outcome = skipped ? 'cancelled' : await model.apply(member, kind, role);
      if (outcome === 'done') report.done.push(member);
      else if (outcome === 'cancelled') report.skipped.push({ member, reason: skipped || msg('Cancelled', { id: 'tk.team-table.cancelled' }) });
      else report.failed.push({ member, reason: model.reason(outcome.error) });
    }
    this.#selected = new Map(report.failed.map(({ member }) => [member.id, member]));
    this.#busy = false;
    this.#report = report;
    this.host.requestUpdate();
    announce(this.#summary(report));
  }

  /** The last run's report, then the actions for the selected members. */
  render(roles: readonly (readonly [string, string])[]): TemplateResult {
    return html`${this.#report ? this.#renderReport(this.#report) : nothing}${this.#selected.size ? html`<div class="toolbar bulk" part="bulk-bar"
      role="group" aria-label=${msg('Bulk actions', { id: 'tk.team-table.bulk' })}>
      <strong>${msg(str`${this.model.count(this.#selected.size)} selected`, { id: 'tk.team-table.selected' })}</strong>
      ${filterSelect('bulk-role', msg('New role for the selected members', { id: 'tk.team-table.bulk_role' }), msg('Choose a role…', { id: 'tk.team-table.choose_role' }),
        this.#role, roles, (role) => { this.#role = role; this.host.requestUpdate(); })}
      <button type="button" ?disabled=${this.#busy || !this.#role} @click=${() => this.run('role')}>${msg('Change role', { id: 'tk.team-table.change_role' })}</button>
      <button type="button" class="danger" ?disabled=${this.#busy} @click=${() => this.run('remove')}>${msg('Remove selected', { id: 'tk.team-table.remove_selected' })}</button>
      <button type="button" class="link" @click=${() => this.clear()}>${msg('Clear selection', { id: 'tk.team-table.clear_selection' })}</button>
    </div>` : nothing}`;
  }

  /** "3 removed, 1 failed" — the counts of a run in one line. */
  #summary(report: BulkReport): string {
    const { count } = this.model;
    const done = count(report.done.length);
    const parts = [
      report.kind === 'remove'
        ? msg(str`${done} removed`, { id: 'tk.team-table.report.removed' })
        : msg(str`${done} changed to ${this.model.roleLabel(report.role)}`, { id: 'tk.team-table.report.changed' }),
    ];
    if (report.failed.length) parts.push(msg(str`${count(report.failed.length)} failed`, { id: 'tk.team-table.report.failed' }));
    if (report.skipped.length) parts.push(msg(str`${count(report.skipped.length)} skipped`, { id: 'tk.team-table.report.skipped' }));
    return parts.join(', ');
  }

  /** The counts, then each member that failed or was skipped, and why. */
  #renderReport(report: BulkReport): TemplateResult {
    const problems = [...report.failed, ...report.skipped];
    return html`<div class="banner ${report.failed.length ? 'danger' : 'success'}" part="report" role=${report.failed.length ? 'alert' : 'status'}>
      <div>
        <strong>${this.#summary(report)}</strong>
        ${problems.length ? html`<ul>${problems.map(({ member, reason }) => html`<li><span class="name">${member.name}</span> (${reason})</li>`)}</ul>` : nothing}
      </div>
      <button type="button" @click=${() => this.dismissReport()}>${msg('Dismiss', { id: 'tk.team-table.dismiss' })}</button>
    </div>`;
  }
}
