import * as z from 'zod/mini';
import { count, Id, ImageUrl, TimeZone, Timestamp, WebUrl } from './common.js';

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

export const WorkspaceName = z.string().check(z.trim(), z.minLength(3), z.maxLength(80));

const workspaceDetails = {
  website: z.optional(z.nullable(WebUrl)),
  industry: z.optional(z.nullable(z.string().check(z.maxLength(80)))),
  timezone: z.optional(TimeZone),
};

export const WorkspaceCreate = z.object({ name: WorkspaceName, ...workspaceDetails });
export type WorkspaceCreate = z.infer<typeof WorkspaceCreate>;

export const WorkspaceUpdate = z.object({ name: z.optional(WorkspaceName), ...workspaceDetails });
export type WorkspaceUpdate = z.infer<typeof WorkspaceUpdate>;

/** Deleting a workspace needs its name typed again. */
export const WorkspaceDeletion = z.object({ confirmation: z.string().check(z.minLength(1)) });
export type WorkspaceDeletion = z.infer<typeof WorkspaceDeletion>;

export const OwnershipTransfer = z.object({ memberId: Id });
export type OwnershipTransfer = z.infer<typeof OwnershipTransfer>;
