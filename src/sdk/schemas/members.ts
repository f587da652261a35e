import * as z from 'zod/mini';
import { Id, ImageUrl, pageQueryShape, Timestamp } from './common.js';
import { bounded, TEXT_LIMITS } from './text.js';

export const MemberStatus = z.enum(['active', 'pending']);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** A person's membership of a workspace. `id` is the membership's id, `userId` the person's. */
export const Member = z.object({
  id: Id,
  userId: Id,
  workspaceId: Id,
  name: z.string(),
  email: z.string(),
  avatarUrl: z.nullable(ImageUrl),
  role: z.string(),
  groupIds: z.array(z.string()),
  workspaceIds: z.array(z.string()),
  status: MemberStatus,
  addedAt: Timestamp,
  lastLoginAt: z.nullable(Timestamp),
});
export type Member = z.infer<typeof Member>;

export const MEMBER_SORTS = [
  'name', '-name', 'email', '-email', 'role', '-role', 'addedAt', '-addedAt', 'lastLoginAt', '-lastLoginAt',
] as const;
export const MemberSort = z.enum(MEMBER_SORTS);
export type MemberSort = z.infer<typeof MemberSort>;

export const MemberQuery = z.object({
  ...pageQueryShape,
  /** Case-insensitive match on name or email. */
  query: z.optional(bounded(TEXT_LIMITS.search)),
  /** A role id. */
  role: z.optional(bounded(TEXT_LIMITS.id)),
  /** A group id: only the group's members. */
  group: z.optional(bounded(TEXT_LIMITS.id)),
  status: z.optional(MemberStatus),
  sort: z.optional(MemberSort),
});
export type MemberQuery = z.infer<typeof MemberQuery>;

export const MemberUpdate = z.object({
  role: z.optional(Id),
  groupIds: z.optional(z.array(Id)),
});
export type MemberUpdate = z.infer<typeof MemberUpdate>;

/** The caller's own membership and what it lets them do (`GET /workspaces/{id}/members/me`). */
export const Membership = z.object({
  member: Member,
  role: z.string(),
  isOwner: z.boolean(),
  permissions: z.array(z.string()),
});
export type Membership = z.infer<typeof Membership>;
