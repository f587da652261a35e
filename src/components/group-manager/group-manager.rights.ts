import { msg, str } from '@lit/localize';
import type { Client, Member, Membership } from '../../sdk/index.js';
import { canActOn } from '../../sdk/roles.js';

/** Someone the reader may not act on, as a group's Delete names them. */
export interface Untouchable {
  name: string;
  owner: boolean;
}

/** What decides, before anyone clicks, whose groups the reader may change and which groups they may delete. */
export interface GroupRights {
  /** Each role's permissions, for the role rule (`canActOn`). */
  roles: ReadonlyMap<string, readonly string[]>;
  /** Groups holding someone the reader may not act on: the group's id → the first such member. */
  blocked: ReadonlyMap<string, Untouchable>;
}

/**
 * Reads the workspace's roles and, for each role whose holders the reader may not act on (the owner, for anyone but
 * the owner; roles with permissions the reader lacks), the groups those holders are in: the backend refuses to
 * delete such a group. A role held by more people than one page (200) holds may leave a group unmarked; the
 * server's refusal then says why.
 */
export async function loadGroupRights(client: Client, workspaceId: string, reader: Membership, signal: AbortSignal): Promise<GroupRights> {
  const roles = new Map((await client.roles.list(workspaceId, { signal })).map((role) => [role.id, role.permissions] as const));
  const above = [...roles].filter(([role, permissions]) => !canActOn(reader, { role, permissions })).map(([role]) => role);
  const pages = await Promise.all(above.map((role) => client.members.list(workspaceId, { role, limit: 200 }, { signal })));
  const blocked = new Map<string, Untouchable>();
  for (const member of pages.flatMap((page) => page.items)) {
    for (const groupId of member.groupIds) {
      if (!blocked.has(groupId)) blocked.set(groupId, { name: member.name, owner: member.role === 'owner' });
    }
  }
  return { roles, blocked };
}

/** Why the reader may not change `member`'s groups, or undefined when they may (the role rule, as the server applies it). */
export function memberReason(reader: Membership | undefined, rights: GroupRights | undefined, member: Member): string | undefined {
  if (!reader || canActOn(reader, { role: member.role, permissions: rights?.roles.get(member.role) })) return undefined;
  return member.role === 'owner'
    ? msg("Only the owner changes the owner's groups.", { id: 'tk.group-manager.owner_only' })
    : msg("Their role has permissions you don't have.", { id: 'tk.group-manager.above_you' });
}

/** Why the reader may not delete the group, or undefined when nothing known stops them. */
export function deleteReason(untouchable: Untouchable | undefined): string | undefined {
  if (!untouchable) return undefined;
  return untouchable.owner
    ? msg(str`${untouchable.name}, the owner, is in this group: only the owner can delete it.`, { id: 'tk.group-manager.delete_owner' })
    : msg(str`${untouchable.name} is in this group and has permissions you don't have, so you can't delete it.`, { id: 'tk.group-manager.delete_above' });
}
