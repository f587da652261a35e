import * as z from 'zod/mini';
import { count, Id, pageQueryShape, Timestamp } from './common.js';
import { bounded, singleLine, TEXT_LIMITS } from './text.js';

/**
 * A named set of a workspace's members, e.g. "Engineering". Members carry their groups as `groupIds`; join them
 * with `groups.list()` to show names (a workspace has few groups: one page of 200 usually holds them all).
 */
export const Group = z.object({
  id: Id,
  workspaceId: Id,
  name: z.string(),
  /** Members in the group, active and pending. */
  memberCount: count(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Group = z.infer<typeof Group>;

/** A group's name: one line, unique in its workspace whatever the case. */
export const GroupName = singleLine(1, TEXT_LIMITS.groupName);

export const GroupQuery = z.object({
  ...pageQueryShape,
  /** Case-insensitive part of the name. */
  query: z.optional(bounded(TEXT_LIMITS.search)),
});
export type GroupQuery = z.infer<typeof GroupQuery>;

export const GroupCreate = z.object({ name: GroupName });
export type GroupCreate = z.infer<typeof GroupCreate>;

export const GroupUpdate = z.object({ name: GroupName });
export type GroupUpdate = z.infer<typeof GroupUpdate>;

/** The most member ids one change may name in `add` and in `remove`, each. */
export const MAX_GROUP_MEMBER_CHANGES = 500;

const memberIds = z.optional(z.array(Id).check(z.maxLength(MAX_GROUP_MEMBER_CHANGES)));

/** Members to put into a group and to take out of it, in one step. An id may not be in both lists. */
export const GroupMembersChange = z.object({ add: memberIds, remove: memberIds });
export type GroupMembersChange = z.infer<typeof GroupMembersChange>;

/**
 * What happened to one member: `added`/`removed`; `unchanged` when they already were (or were not) in it;
 * `not_found` when the workspace has no such member; `forbidden` when their rights exceed the caller's (only the
 * owner changes the owner's groups).
 */
export const GroupMemberOutcome = z.enum(['added', 'removed', 'unchanged', 'not_found', 'forbidden']);
export type GroupMemberOutcome = z.infer<typeof GroupMemberOutcome>;

export const GroupMemberResult = z.object({
  memberId: z.string(),
  action: z.enum(['add', 'remove']),
  outcome: GroupMemberOutcome,
});
export type GroupMemberResult = z.infer<typeof GroupMemberResult>;

/** The group after the change, and one result per distinct member id asked for. */
export const GroupMembersChanged = z.object({ group: Group, results: z.array(GroupMemberResult) });
export type GroupMembersChanged = z.infer<typeof GroupMembersChanged>;
