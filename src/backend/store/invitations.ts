import type { InvitationRecord } from './records.js';
import { Table } from './table.js';

/** Invitations, found by token. Resending replaces the token, so the old link stops working. */
export class InvitationTable extends Table<InvitationRecord> {
  readonly #idByToken = new Map<string, string>();

  byToken(token: string): InvitationRecord | undefined {
    const id = this.#idByToken.get(token);
    return id === undefined ? undefined : this.get(id);
  }

  ofWorkspace(workspaceId: string): InvitationRecord[] {
    return this.where((invitation) => invitation.workspaceId === workspaceId);
  }

  protected override added(invitation: InvitationRecord): void {
    this.#idByToken.set(invitation.token, invitation.id);
  }

  protected override changed(invitation: InvitationRecord, before: InvitationRecord): void {
    if (before.token === invitation.token) return;
    this.#idByToken.delete(before.token);
    this.#idByToken.set(invitation.token, invitation.id);
  }

  protected override removed(invitation: InvitationRecord): void {
    this.#idByToken.delete(invitation.token);
  }
}
