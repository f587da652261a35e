import * as z from 'zod/mini';
import { count, Id, ImageUrl, TimeZone, Timestamp, WebUrl } from './common.js';
import { bounded, singleLine, TEXT_LIMITS } from './text.js';

export const Plan = z.enum(['free', 'pro', 'enterprise']);
export type Plan = z.infer<typeof Plan>;

/** A workspace as the caller sees it, with the caller's own role in it. */
export const Workspace = z.object({
  id: Id,
  name: z.string(),
  logoUrl: z.nullable(ImageUrl),
  website: z.nullable(z.string()),
  industry: z.nullable(z.string()),
  timezone: z.string(),
  plan: Plan,
  role: z.string(),
  memberCount: count(),
  seatLimit: count(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Workspace = z.infer<typeof Workspace>;

export const WorkspaceName = singleLine(3, TEXT_LIMITS.workspaceName);

const workspaceDetails = {
  website: z.optional(z.nullable(WebUrl)),
  industry: z.optional(z.nullable(singleLine(0, TEXT_LIMITS.industry))),
  timezone: z.optional(TimeZone),
};

export const WorkspaceCreate = z.object({ name: WorkspaceName, ...workspaceDetails });
export type WorkspaceCreate = z.infer<typeof WorkspaceCreate>;

export const WorkspaceUpdate = z.object({ name: z.optional(WorkspaceName), ...workspaceDetails });
export type WorkspaceUpdate = z.infer<typeof WorkspaceUpdate>;

/** Deleting a workspace needs its name typed again. */
export const WorkspaceDeletion = z.object({ confirmation: bounded(TEXT_LIMITS.confirmation).check(z.minLength(1)) });
export type WorkspaceDeletion = z.infer<typeof WorkspaceDeletion>;

export const OwnershipTransfer = z.object({ memberId: Id });
export type OwnershipTransfer = z.infer<typeof OwnershipTransfer>;
