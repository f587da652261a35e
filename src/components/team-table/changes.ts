import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isNotFoundError } from '../../sdk/errors/kinds.js';
import type { Client, Member } from '../../sdk/index.js';
import { ActionController, type BulkOptions } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import type { ListController } from '../shared/controllers/list-controller.js';
import type { Selection } from './selection.js';
import { BeforeMemberRemoveEvent, BeforeMemberRoleChangeEvent, MemberRemovedEvent, MemberRoleChangedEvent } from './team-table.events.js';
import { filterSelect } from './toolbar.js';

/** What the changes need of their table. */
export interface ChangesModel {
  /** The loaded members, where a change shows at once and rolls back. */
  readonly list: Pick<ListController<Member, readonly unknown[]>, 'get' | 'replace' | 'remove' | 'optimistic'>;
  readonly selection: Selection;
  client(): Client | undefined;
  workspaceId(): string | undefined;
  roleLabel(roleId: string): string;
  /** Whether the reader may change this member's role or remove them; `ownerNote` says why not. */
  canActOn(member: Member): boolean;
  ownerNote(): string;
  /** The server changed a role; when it was the reader's, their rights may have changed too. */
  roleChanged(member: Member): void;
  /** Asks before a removal. */
  confirmRemove(title: string): Promise<boolean>;
}

/** What one bulk run does to each member, for `ActionController.runBulk`. */
type BulkRun<R> = Pick<BulkOptions<Member, R>, 'skip' | 'before' | 'call' | 'after' | 'action' | 'summary'>;

/**
 * A table's role changes and removals, one at a time or for the selected members, on the shared ActionController:
 * the cancelable event, the change shown at once (and rolled back, with the reason, if the server refuses), the
 * after-event, the announcement, a notice saying what happened, `tk-error`, focus kept. A bulk action goes member
 * by member, on past failures, and sums up in the same notice who failed or was skipped, and why; the failed stay
 * selected, ready for another try. This module, with its bar, loads with the first change or selection.
 */
export class MemberChanges {
  /** Busy rows and the last outcome: `renderNotice(changes.actions.notice, …)`. */
  readonly actions: ActionController;
  /** The role the bulk bar gives. */
  #role = '';

  constructor(private readonly host: TeamkitHost, private readonly model: ChangesModel) {
    this.actions = new ActionController(host);
  }

  /** Whether a change of this member is on its way: their row is dimmed and its controls disabled. */
  pending(member: Member): boolean {
    return this.actions.busy(member.id);
  }

  /** A row's role select changed to `role`; once done, `select` shows the role the member has. */
  async changeRole(member: Member, role: string, select: HTMLSelectElement): Promise<void> {
    await this.actions.run({
      key: member.id,
      before: () => new BeforeMemberRoleChangeEvent(member, role),
      call: (signal) => this.#sendRole(member, role, signal),
      after: (updated) => this.#roleChanged(member, updated),
      action: 'member-role-change',
      success: { announce: msg(str`Role of ${member.name} changed to ${this.model.roleLabel(role)}`, { id: 'tk.team-table.role_changed' }) },
      failure: msg(str`The role of ${member.name} was not changed.`, { id: 'tk.team-table.role_failed' }),
    });
    select.value = this.model.list.get(member.id)?.role ?? member.role;
  }

  /** A row's Remove, after the confirmation. Focus, if it was in the row, goes to the row taking its place (GridFocus). */
  async remove(member: Member): Promise<void> {
    if (!(await this.model.confirmRemove(msg(str`Remove ${member.name}?`, { id: 'tk.team-table.remove_title' })))) return;
    await this.actions.run({
      key: member.id,
      before: () => new BeforeMemberRemoveEvent(member),
      call: (signal) => this.#sendRemove(member, signal),
      after: () => new MemberRemovedEvent(member),
      action: 'member-remove',
      success: { announce: msg(str`Removed ${member.name}`, { id: 'tk.team-table.removed' }) },
      failure: msg(str`${member.name} was not removed.`, { id: 'tk.team-table.remove_failed' }),
    });
  }

  /** Gives the selected members the bulk bar's role; those who have it already are skipped. */
  async changeSelectedRoles(): Promise<void> {
    const role = this.#role;
    const label = this.model.roleLabel(role);
    await this.#runBulk<Member>({
      skip: (member) => (member.role === role ? msg(str`Already ${label}`, { id: 'tk.team-table.already' }) : undefined),
      before: (member) => new BeforeMemberRoleChangeEvent(member, role),
      call: (member, signal) => this.#sendRole(member, role, signal),
      after: (member, updated) => this.#roleChanged(member, updated),
      action: 'member-role-change',
      summary: (done, total) => msg(str`${done} of ${total} changed to ${label}`, { id: 'tk.team-table.bulk_changed' }),
    });
  }

  /** Removes the selected members, after one confirmation. */
  async removeSelected(): Promise<void> {
    const count = this.host.format.number(this.model.selection.size);
    if (!(await this.model.confirmRemove(msg(str`Remove ${count} members?`, { id: 'tk.team-table.bulk_remove_title' })))) return;
    await this.#runBulk<void>({
      before: (member) => new BeforeMemberRemoveEvent(member),
      call: (member, signal) => this.#sendRemove(member, signal),
      after: (member) => new MemberRemovedEvent(member),
      action: 'member-remove',
      summary: (done, total) => msg(str`${done} of ${total} removed`, { id: 'tk.team-table.bulk_removed' }),
    });
  }

  /** The actions for the selected members; nothing while none is. */
  renderBar(roles: readonly (readonly [string, string])[]): TemplateResult | typeof nothing {
    const { selection } = this.model;
    if (!selection.size) return nothing;
    const busy = this.actions.busy('bulk');
    return html`<div class="toolbar bulk" part="bulk-bar" role="group" aria-label=${msg('Bulk actions', { id: 'tk.team-table.bulk' })}>
      <strong>${msg(str`${this.host.format.number(selection.size)} selected`, { id: 'tk.team-table.selected' })}</strong>
      ${filterSelect('bulk-role', msg('New role for the selected members', { id: 'tk.team-table.bulk_role' }), msg('Choose a role…', { id: 'tk.team-table.choose_role' }),
        this.#role, roles, (role) => { this.#role = role; this.host.requestUpdate(); })}
      <button type="button" ?disabled=${busy || !this.#role} @click=${() => void this.changeSelectedRoles()}>${msg('Change role', { id: 'tk.team-table.change_role' })}</button>
      <button type="button" class="danger" ?disabled=${busy} @click=${() => void this.removeSelected()}>${msg('Remove selected', { id: 'tk.team-table.remove_selected' })}</button>
      <button type="button" class="link" @click=${() => selection.clear()}>${msg('Clear selection', { id: 'tk.team-table.clear_selection' })}</button>
    </div>`;
  }

  /**
   * One member after another (in the order selected, so each change sees the ones before it), each with the events
   * a single change fires; the members it failed for stay selected.
   */
  async #runBulk<R>(run: BulkRun<R>): Promise<void> {
    const { list, selection } = this.model;
    const members = selection.members().map((member) => list.get(member.id) ?? member);
    const outcomes = await this.actions.runBulk(members, {
      ...run,
      key: 'bulk',
      keyOf: (member) => member.id,
      concurrency: 1,
      skip: (member) => (this.model.canActOn(member) ? run.skip?.(member) : this.model.ownerNote()),
      label: (member) => member.name,
    });
    selection.set(outcomes.filter((outcome) => outcome.error !== undefined).map((outcome) => outcome.item));
  }

  /** Shows `role` at once and sends it: the server's answer then replaces it, or the old role comes back if it refuses. */
  async #sendRole(member: Member, role: string, signal: AbortSignal): Promise<Member> {
    const { client, workspaceId } = this.#target();
    const { list } = this.model;
    const shown = { ...member, role };
    const updated = await list.optimistic(list.replace(member.id, shown), client.members.update(workspaceId, member.id, { role }, { signal }));
    // Unless something newer took the row's place meanwhile.
    if (list.get(member.id) === shown) list.replace(member.id, updated);
    return updated;
  }

  /** Takes the row out at once and sends the removal; puts it back where it was if refused. A 404 means gone already. */
  async #sendRemove(member: Member, signal: AbortSignal): Promise<void> {
    const { client, workspaceId } = this.#target();
    const { list } = this.model;
    this.model.selection.toggle(member, false);
    await list.optimistic(list.remove(member.id), client.members.remove(workspaceId, member.id, { signal }).catch((error: unknown) => {
      if (!isNotFoundError(error)) throw error;
    }));
  }

  #roleChanged(member: Member, updated: Member): MemberRoleChangedEvent {
    this.model.roleChanged(updated);
    return new MemberRoleChangedEvent(updated, member.role);
  }

  /** The client and workspace a change goes to; the controls that start one only show once both are known. */
  #target(): { client: Client; workspaceId: string } {
    const client = this.model.client();
    const workspaceId = this.model.workspaceId();
    if (!client || !workspaceId) throw new Error('team-table: no client or workspace');
    return { client, workspaceId };
  }
}
