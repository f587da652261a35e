import type { MemberRecord } from './records.js';
import { Table } from './table.js';

const none: readonly MemberRecord[] = [];

/** Memberships, found by workspace, by user, or by both. */
export class MemberTable extends Table<MemberRecord> {
  readonly #byWorkspace = new Map<string, Map<string, MemberRecord>>();
  /** A person belongs to a few workspaces: an array per user is lighter than a map at 100 000 users. */
  readonly #byUser = new Map<string, MemberRecord[]>();

  /** Every member of a workspace, active or pending. */
  ofWorkspace(workspaceId: string): IterableIterator<MemberRecord> {
    return (this.#byWorkspace.get(workspaceId) ?? new Map<string, MemberRecord>()).values();
  }

  countOf(workspaceId: string): number {
    return this.#byWorkspace.get(workspaceId)?.size ?? 0;
  }

  /** A user's memberships, one per workspace. Copy it before deleting while iterating. */
  ofUser(userId: string): readonly MemberRecord[] {
    return this.#byUser.get(userId) ?? none;
  }

  find(workspaceId: string, userId: string): MemberRecord | undefined {
    return this.#byUser.get(userId)?.find((member) => member.workspaceId === workspaceId);
  }

  protected override added(member: MemberRecord): void {
    let inWorkspace = this.#byWorkspace.get(member.workspaceId);
    if (!inWorkspace) this.#byWorkspace.set(member.workspaceId, (inWorkspace = new Map()));
    inWorkspace.set(member.id, member);
    const ofUser = this.#byUser.get(member.userId);
    if (ofUser) ofUser.push(member);
    else this.#byUser.set(member.userId, [member]);
  }

  protected override removed(member: MemberRecord): void {
    this.#byWorkspace.get(member.workspaceId)?.delete(member.id);
    const ofUser = this.#byUser.get(member.userId);
    if (!ofUser) return;
    const rest = ofUser.filter((other) => other.id !== member.id);
    if (rest.length) this.#byUser.set(member.userId, rest);
    else this.#byUser.delete(member.userId);
  }
}
