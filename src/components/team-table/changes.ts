import { msg, str } from '@lit/localize';
import { isNotFoundError } from '../../sdk/errors/kinds.js';
import type { Client, Member } from '../../sdk/index.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import type { ErrorAction, TeamkitEvent } from '../shared/events.js';
import type { BulkKind, Outcome } from './bulk.js';
import type { MemberList } from './member-list.js';
import { BeforeMemberRemoveEvent, BeforeMemberRoleChangeEvent, MemberRemovedEvent, MemberRoleChangedEvent } from './team-table.events.js';

/** What the changes need of their table. */
export interface ChangesModel {
  list(): MemberList | undefined;
  client(): Client | undefined;
  workspaceId(): string | undefined;
  emit(event: TeamkitEvent): boolean;
  reportError(error: unknown, action: ErrorAction): void;
  roleLabel(roleId: string): string;
  /** The server changed a role; when it was the reader's, their rights may have changed too. */
  roleChanged(member: Member): void;
  /** Asks before a removal. */
  confirmRemove(title: string): Promise<boolean>;
  /** A single change starts: the last bulk report goes, and a removed member leaves the selection. */
  starting(): void;
  removed(member: Member): void;
}

/**
 * A table's role changes and removals. Each shows at once and rolls back if the server refuses. A single one
 * runs through the shared ActionController (the cancelable event, the call, the after-event, the announcement,
 * a notice saying what happened or why nothing did, `tk-error`, focus kept); one of a bulk action fires the same
 * events and leaves the telling to the bulk report.
 */
export class MemberChanges {
  /** Renders the last single change's notice: `renderNotice(changes.actions.notice, …)`. */
  readonly actions: ActionController;
  /** Members whose change is on its way: their row is dimmed and its controls disabled. */
  readonly #pending = new Set<string>();

  constructor(private readonly host: TeamkitHost, private readonly model: ChangesModel) {
    this.actions = new ActionController(host);
  }

  pending(member: Member): boolean {
    return this.#pending.has(member.id);
  }

  /** The role select of a row changed. */
  async changeRole(member: Member, select: HTMLSelectElement): Promise<void> {
    const role = select.value;
    const list = this.model.list();
    if (!list) return;
    this.model.starting();
    await this.actions.run({
      key: member.id,
      before: () => new BeforeMemberRoleChangeEvent(member, role),
      call: (signal) => this.#sendRole(list, member, role, signal),
      after: (updated) => this.#roleChanged(member, updated),
      action: 'member-role-change',
      success: { announce: msg(str`Role of ${member.name} changed to ${this.model.roleLabel(role)}`, { id: 'tk.team-table.role_changed' }) },
      failure: msg(str`The role of ${member.name} was not changed.`, { id: 'tk.team-table.role_failed' }),
    });
    select.value = list.get(member.id)?.role ?? member.role;
  }

  /** A row's Remove, after the confirmation. Focus, if it was in the row, goes to the row taking its place (GridFocus). */
  async remove(member: Member): Promise<void> {
    const list = this.model.list();
    if (!list || !(await this.model.confirmRemove(msg(str`Remove ${member.name}?`, { id: 'tk.team-table.remove_title' })))) return;
    this.model.starting();
    await this.actions.run({
      key: member.id,
      before: () => new BeforeMemberRemoveEvent(member),
      call: (signal) => this.#sendRemove(list, member, signal),
      after: () => new MemberRemovedEvent(member),
      action: 'member-remove',
      success: { announce: msg(str`Removed ${member.name}`, { id: 'tk.team-table.removed' }) },
      failure: msg(str`${member.name} was not removed.`, { id: 'tk.team-table.remove_failed' }),
    });
  }

  /** One member's change in a bulk action: its before-event, the change, its after-event or `tk-error`. */
  async apply(member: Member, kind: BulkKind, role: string): Promise<Outcome> {
    const list = this.model.list();
    const before = kind === 'role' ? new BeforeMemberRoleChangeEvent(member, role) : new BeforeMemberRemoveEvent(member);
    if (!list || !this.model.emit(before)) return 'cancelled';
    try {
      if (kind === 'role') this.model.emit(this.#roleChanged(member, await this.#sendRole(list, member, role)));
      else {
        await this.#sendRemove(list, member);
        this.model.emit(new MemberRemovedEvent(member));
      }
      return 'done';
    } catch (error) {
      this.model.reportError(error, kind === 'role' ? 'member-role-change' : 'member-remove');
      return { error };
    }
  }

  /** Shows `role` at once and sends it; puts the old role back and rethrows if the server refuses. */
  async #sendRole(list: MemberList, member: Member, role: string, signal?: AbortSignal): Promise<Member> {
    const { client, workspaceId } = this.#target();
    this.#pending.add(member.id);
    const change = list.changeRole(member, role, () => client.members.update(workspaceId, member.id, { role }, { signal }));
    this.host.requestUpdate();
    try {
      return await change;
    } finally {
      this.#pending.delete(member.id);
      this.host.requestUpdate();
    }
  }

  /** Takes the row out at once and sends the removal; puts it back and rethrows if refused. A 404 means gone already. */
  async #sendRemove(list: MemberList, member: Member, signal?: AbortSignal): Promise<void> {
    const { client, workspaceId } = this.#target();
    this.model.removed(member);
    const removal = list.removeMember(member, () => client.members.remove(workspaceId, member.id, { signal }).catch((error: unknown) => {
      if (!isNotFoundError(error)) throw error;
    }));
    this.host.requestUpdate();
    try {
      await removal;
    } finally {
      this.host.requestUpdate();
    }
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
