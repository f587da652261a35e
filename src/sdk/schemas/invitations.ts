import * as z from 'zod/mini';
import { Email, Id, ImageUrl, NamePart, NewPassword, pageQueryShape, PersonRef, Timestamp } from './common.js';
import { MAX_INVITE_EMAILS } from './limits.js';
import { multiLine, TEXT_LIMITS } from './text.js';

export const InvitationStatus = z.enum(['pending', 'accepted', 'expired', 'revoked']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/**
 * An invitation as its workspace's admins see it. It never carries the token: the token is the invitee's
 * credential and only ever travels in the mail to the invited address (see README, "Security model").
 */
export const Invitation = z.object({
  id: Id,
  workspaceId: Id,
  email: z.string(),
  role: z.string(),
  status: InvitationStatus,
  message: z.nullable(z.string()),
  invitedBy: z.nullable(PersonRef),
  createdAt: Timestamp,
  sentAt: Timestamp,
  expiresAt: Timestamp,
  acceptedAt: z.nullable(Timestamp),
  revokedAt: z.nullable(Timestamp),
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationQuery = z.object({ ...pageQueryShape, status: z.optional(InvitationStatus) });
export type InvitationQuery = z.infer<typeof InvitationQuery>;

// In the module without zod, so that an element that reads it does not bundle zod.
export { MAX_INVITE_EMAILS } from './limits.js';

export const InvitationCreate = z.object({
  emails: z.array(Email).check(z.minLength(1), z.maxLength(MAX_INVITE_EMAILS)),
  role: Id,
  /** Further workspaces of the inviter's to invite to as well; the path's workspace is always included. */
  workspaceIds: z.optional(z.array(Id).check(z.maxLength(20))),
  /** Free text for the invitation mail: line breaks allowed. */
  message: z.optional(multiLine(TEXT_LIMITS.invitationMessage)),
});
export type InvitationCreate = z.infer<typeof InvitationCreate>;

export const InviteOutcome = z.enum(['sent', 'already_member', 'already_invited', 'invalid_email', 'seat_limit_reached']);
export type InviteOutcome = z.infer<typeof InviteOutcome>;

/** What happened to one email in one workspace. */
export const InviteResult = z.object({
  email: z.string(),
  workspaceId: Id,
  status: InviteOutcome,
  invitation: z.nullable(Invitation),
});
export type InviteResult = z.infer<typeof InviteResult>;

export const InviteResults = z.object({ results: z.array(InviteResult) });
export type InviteResults = z.infer<typeof InviteResults>;

/** What the public accept page may show about a token, before anyone signs in. */
export const InvitationLookup = z.object({
  email: z.string(),
  role: z.string(),
  status: InvitationStatus,
  expiresAt: Timestamp,
  hasAccount: z.boolean(),
  workspace: z.object({ id: Id, name: z.string(), logoUrl: z.nullable(ImageUrl) }),
  inviter: z.nullable(z.object({ name: z.string(), email: z.string() })),
  /**
   * Who is asking: nobody signed in, the invited account itself, or another account. An address that has an
   * account can only be accepted by that account, signed in.
   */
  viewer: z.enum(['anonymous', 'invitee', 'someone_else']),
});
export type InvitationLookup = z.infer<typeof InvitationLookup>;

/**
 * Accepting. When the invited address has no account, `firstName`, `lastName` and `password` create it;
 * when it has one, the caller must be signed in as that account and they are ignored.
 */
export const InvitationAccept = z.object({
  firstName: z.optional(NamePart),
  lastName: z.optional(NamePart),
  password: z.optional(NewPassword),
  marketingOptIn: z.boolean(),
});
export type InvitationAccept = z.infer<typeof InvitationAccept>;

/**
 * An accepted invitation. For a new account `token` is the bearer token of its first session; for a caller
 * who was already signed in it is null and their session goes on.
 */
export const InvitationAccepted = z.object({
  token: z.nullable(z.string()),
  userId: Id,
  workspaceId: Id,
  memberId: Id,
});
export type InvitationAccepted = z.infer<typeof InvitationAccepted>;
