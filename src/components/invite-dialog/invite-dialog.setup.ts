import type { Client, Membership, Role, Workspace } from '../../sdk/index.js';
import { grantableRoles, type Standing } from '../../sdk/roles.js';
import type { InvitationCreate } from '../../sdk/schemas/invitations.js';

/** The addresses field, the workspace choices and the results view, which load with the dialog's data (`invite-dialog.opened.ts`). */
export type OpenedView = Omit<typeof import('./invite-dialog.opened.js'), 'Email' | 'InvitationCreate'>;

/** A workspace the inviter may invite to, with what decides the form: their standing there and free seats. */
export interface InviteTarget {
  workspace: Workspace;
  /** The inviter's own standing in it, for `canGrant`. */
  standing: Standing;
  /** Seats left, counted as the server does: members (active or pending) plus pending invitations. */
  seatsLeft: number;
}

/** Everything the form needs before the inviter can type: where they invite to, which roles they may give, and the rules. */
export interface InviteSetup {
  current: InviteTarget;
  /** The inviter's other workspaces where they hold `members:invite`, by name. */
  others: InviteTarget[];
  /** Roles of the current workspace the inviter may give (never owner). */
  roles: Role[];
  /** The SDK's schema for the form. */
  schema: typeof InvitationCreate;
  /** The SDK's `Email` schema, for each chip. */
  isEmail: (email: string) => boolean;
  view: OpenedView;
}

/** A workspace with the inviter's standing there and its seats left (pending invitations hold seats too). */
async function target(client: Client, workspace: Workspace, standing: Standing, signal: AbortSignal): Promise<InviteTarget> {
  const pending = await client.invitations.list(workspace.id, { status: 'pending', limit: 1 }, { signal });
  return { workspace, standing, seatsLeft: Math.max(0, workspace.seatLimit - workspace.memberCount - pending.total) };
}

/**
 * Loads the current workspace, its grantable roles, the inviter's other invitable workspaces (sorted for
 * `locale`), and what only an open dialog uses (its rules and the results view), all at once.
 */
export async function loadInviteSetup(
  client: Client, workspaceId: string, membership: Membership, locale: string, signal: AbortSignal,
): Promise<InviteSetup> {
  const [workspace, roles, workspaces, opened] = await Promise.all([
    client.workspaces.get(workspaceId, { signal }),
    client.roles.list(workspaceId, { signal }),
    (async () => {
      const all: Workspace[] = [];
      for await (const item of client.workspaces.iterate({ limit: 200 }, { signal })) all.push(item);
      return all;
    })(),
    import('./invite-dialog.opened.js'),
  ]);
  const current = await target(client, workspace, membership, signal);
  // Another workspace that fails to load is left out rather than failing the whole form.
  const settled = await Promise.allSettled(workspaces
    .filter((other) => other.id !== workspaceId)
    .map(async (other) => {
      const standing = await client.members.me(other.id, { signal });
      return standing.permissions.includes('members:invite') ? target(client, other, standing, signal) : undefined;
    }));
  signal.throwIfAborted();
  const collator = new Intl.Collator(locale);
  const others = settled
    .flatMap((outcome) => (outcome.status === 'fulfilled' && outcome.value ? [outcome.value] : []))
    .sort((a, b) => collator.compare(a.workspace.name, b.workspace.name));
  return {
    current,
    others,
    roles: grantableRoles(current.standing, roles),
    schema: opened.InvitationCreate,
    isEmail: (email) => opened.Email.safeParse(email).success,
    view: opened,
  };
}
