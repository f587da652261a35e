/**
 * The role hierarchy, in one place: who may act on whom, which roles someone may hand out, and which roles
 * they may write. The reference backend enforces exactly these functions and elements call them to decide
 * between a control and an explanation, so the two can never disagree. None of them checks the permission an
 * action itself needs (`members:manage`, `roles:manage`…): that comes first, separately.
 *
 * @module
 */

/** Permissions someone holds: a membership's list, or a set. */
export type HeldPermissions = ReadonlySet<string> | readonly string[];

/** Someone's standing in a workspace, as the rule needs it; a `Membership` from `members.me()` is one. */
export interface Standing {
  isOwner: boolean;
  permissions: HeldPermissions;
}

/** A member someone wants to act on: their role id and that role's permissions (unknown: `undefined`). */
export interface RoleHolder {
  role: string;
  permissions?: readonly string[] | undefined;
}

/** A role to give or to write, built-in or custom. */
export interface RoleGrant {
  id: string;
  permissions: readonly string[];
}

/** Whether every permission in `granted` is among `held`: nobody passes on more than they have. */
export function isWithin(granted: readonly string[], held: HeldPermissions): boolean {
  return 'has' in held ? granted.every((permission) => held.has(permission)) : granted.every((permission) => held.includes(permission));
}

/**
 * Whether `actor` may act on `target` (change their role or groups, remove them): the owner on anyone; only the
 * owner on the owner; anyone else on a member whose role holds no permission they lack. A role the actor
 * cannot see (`permissions` undefined) does not block: the server, which knows it, has the last word.
 */
export function canActOn(actor: Standing, target: RoleHolder): boolean {
  if (actor.isOwner) return true;
  if (target.role === 'owner') return false;
  return target.permissions === undefined || isWithin(target.permissions, actor.permissions);
}

/**
 * Whether `actor` may change `target`'s role or remove them: as `canActOn`, but never the owner, not even by
 * the owner — ownership moves only by transferring it (the server answers `last_owner`).
 */
export function canChangeOrRemove(actor: Standing, target: RoleHolder): boolean {
  return target.role !== 'owner' && canActOn(actor, target);
}

/** Whether `actor` may give `role` to someone: never `owner`; the owner any other; anyone else only within. */
export function canGrant(actor: Standing, role: RoleGrant): boolean {
  if (role.id === 'owner') return false;
  return actor.isOwner || isWithin(role.permissions, actor.permissions);
}

/** The roles `actor` may give, in the given order. */
export function grantableRoles<R extends RoleGrant>(actor: Standing, roles: readonly R[]): R[] {
  return roles.filter((role) => canGrant(actor, role));
}

/**
 * Whether `actor` may write a custom role from the permissions it has (`before`; `[]` when creating) to those it
 * would have (`after`; `[]` when deleting): they must hold all of both, so nobody widens a role above their own
 * rights nor strips rights from the people holding one.
 */
export function canEditRole(actor: Standing, before: readonly string[], after: readonly string[]): boolean {
  return isWithin(before, actor.permissions) && isWithin(after, actor.permissions);
}
