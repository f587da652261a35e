import type { Member, Membership, Role } from '../../sdk/index.js';
import { canChangeOrRemove, grantableRoles } from '../../sdk/roles.js';

/** The built-in roles, for when the workspace's roles could not be read. */
const BUILT_IN = ['owner', 'admin', 'member', 'viewer'];

/**
 * What the reader may do to whom, from their membership and the workspace's roles, worked out once per
 * render for every row to ask. The rule itself is the SDK's (`sdk/roles.ts`), the one the server enforces;
 * a role the reader cannot see does not block, and the server has the last word.
 */
export class MemberRights {
  readonly #permissions: ReadonlyMap<string, readonly string[]>;

  constructor(
    /** The reader holds `members:manage`. */
    readonly canManage: boolean,
    private readonly standing: Membership | undefined,
    private readonly roles: readonly Role[],
  ) {
    this.#permissions = new Map(roles.map((role) => [role.id, role.permissions]));
  }

  /** Whether the reader may change this member's role or remove them. */
  canActOn(member: Member): boolean {
    return this.canManage && !!this.standing
      && canChangeOrRemove(this.standing, { role: member.role, permissions: this.#permissions.get(member.role) });
  }

  /** Every role id, for the role filter. */
  roleIds(): string[] {
    return this.roles.length ? this.roles.map((role) => role.id) : BUILT_IN;
  }

  /** The role ids the reader may give: never owner, never more than they hold themselves. */
  grantable(): string[] {
    if (!this.roles.length) return BUILT_IN.filter((id) => id !== 'owner');
    return this.standing ? grantableRoles(this.standing, this.roles).map((role) => role.id) : [];
  }
}
