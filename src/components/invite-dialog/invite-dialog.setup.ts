import type { Client, Membership, Role, Workspace } from '../../sdk/index.js';

/** A workspace the inviter may invite to, with what decides the form: their permissions there and free seats. */
export interface InviteTarget {
  workspace: Workspace;
  /** The inviter's own standing in it. */
  isOwner: boolean;
  permissions: readonly string[];
  /** Seats left, counted as the server does: members (active or pending) plus pending invitations. */
  seatsLeft: number;
}

/** Everything the form needs before the inviter can type: where they invite to, and which roles they may give. */
export interface InviteSetup {
  current: InviteTarget;
  /** The inviter's other workspaces where they hold `members:invite`, by name. */
  others: InviteTarget[];
  /** Roles of the current workspace the inviter may give (never owner). */
  roles: Role[];
}

const INVITE = 'members:invite';

/**
 * Whether someone with this standing may give `role`, by the server's rule: never `owner`; an owner may give any
 * other role; anyone else only roles whose permissions they all hold themselves.
 */
export function mayGrant(target: Pick<InviteTarget, 'isOwner' | 'permissions'>, role: Pick<Role, 'id' | 'permissions'>): boolean {
  if (role.id === 'owner') return false;
  return target.isOwner || role.permissions.every((permission) => target.permissions.includes(permission));
}

async function target(client: Client, workspace: Workspace, membership: Pick<Membership, 'isOwner' | 'permissions'>, signal: AbortSignal): Promise<InviteTarget> {
  const pending = await client.invitations.list(workspace.id, { status: 'pending', limit: 1 }, { signal });
  return {
    workspace,
    isOwner: membership.isOwner,
    permissions: membership.permissions,
    seatsLeft: Math.max(0, workspace.seatLimit - workspace.memberCount - pending.total),
  };
}

/** Loads the current workspace, its grantable roles and the inviter's other invitable workspaces (sorted for `locale`). */
export async function loadInviteSetup(
  client: Client, workspaceId: string, membership: Membership, locale: string, signal: AbortSignal,
): Promise<InviteSetup> {
  const [workspace, roles, workspaces] = await Promise.all([
    client.workspaces.get(workspaceId, { signal }),
    client.roles.list(workspaceId, { signal }),
    (async () => {
      const all: Workspace[] = [];
      for await (const item of client.workspaces.iterate({ limit: 200 }, { signal })) all.push(item);
      return all;
    })(),
  ]);
  const current = await target(client, workspace, membership, signal);
  // Another workspace that fails to load is left out rather than failing the whole form.
  const settled = await Promise.allSettled(workspaces
    .filter((other) => other.id !== workspaceId)
    .map(async (other) => {
      const standing = await client.members.me(other.id, { signal });
      return standing.permissions.includes(INVITE) ? target(client, other, standing, signal) : undefined;
    }));
  signal.throwIfAborted();
  const collator = new Intl.Collator(locale);
  const others = settled
    .flatMap((outcome) => (outcome.status === 'fulfilled' && outcome.value ? [outcome.value] : []))
    .sort((a, b) => collator.compare(a.workspace.name, b.workspace.name));
  return { current, others, roles: roles.filter((role) => mayGrant(current, role)) };
}
