import * as z from 'zod/mini';
import { count, Id, Timestamp } from './common.js';
import { multiLine, singleLine, TEXT_LIMITS } from './text.js';

/** Every permission a role can hold. Built-in roles map onto this catalog; custom roles pick from it. */
export const PERMISSION_KEYS = [
  'members:invite',
  'members:manage',
  'roles:manage',
  'groups:manage',
  'workspace:manage',
  'domains:manage',
  'billing:view',
  'billing:manage',
  'developer:manage',
  'audit:view',
] as const;

export const PermissionKey = z.enum(PERMISSION_KEYS);
export type PermissionKey = z.infer<typeof PermissionKey>;

/** One entry of the permission catalog (`GET /permissions`). */
export const Permission = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  group: z.string(),
});
export type Permission = z.infer<typeof Permission>;

export const PermissionList = z.object({ items: z.array(Permission) });

/** The built-in roles. `owner` exists exactly once per workspace. */
export const BUILT_IN_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** A role: a built-in one, or a named set of permissions a workspace defined. */
export const Role = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.string()),
  builtIn: z.boolean(),
  memberCount: count(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Role = z.infer<typeof Role>;

export const RoleList = z.object({ items: z.array(Role) });

export const RoleName = singleLine(2, TEXT_LIMITS.roleName);

const RoleDescription = multiLine(TEXT_LIMITS.roleDescription);

export const RoleCreate = z.object({
  name: RoleName,
  description: z.optional(RoleDescription),
  permissions: z.array(PermissionKey),
});
export type RoleCreate = z.infer<typeof RoleCreate>;

export const RoleUpdate = z.object({
  name: z.optional(RoleName),
  description: z.optional(RoleDescription),
  permissions: z.optional(z.array(PermissionKey)),
});
export type RoleUpdate = z.infer<typeof RoleUpdate>;

/** Deleting a custom role: the role its holders, pending invitations and auto-join domains get instead. */
export const RoleDeletionQuery = z.object({
  /** Needed while anyone holds the role or anything grants it; a role the caller may give (never `owner`). */
  reassignTo: z.optional(Id),
});
export type RoleDeletionQuery = z.infer<typeof RoleDeletionQuery>;

/**
 * What holds or gives a custom role: its members, the pending invitations (expired ones too: a resend brings them
 * back with the role) and the auto-join domains. Deleting the role moves exactly these to `reassignTo`.
 */
export const RoleUsage = z.object({
  members: count(),
  invitations: count(),
  domains: count(),
});
export type RoleUsage = z.infer<typeof RoleUsage>;

/** What deleting a role moved to `reassignedTo` (null when nothing needed moving). */
export const RoleDeletion = z.object({
  reassignedTo: z.nullable(z.string()),
  members: count(),
  invitations: count(),
  domains: count(),
});
export type RoleDeletion = z.infer<typeof RoleDeletion>;
