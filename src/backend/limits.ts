import { IMAGE_UPLOAD, type Plan } from '../sdk/schemas/index.js';

/** At most `limit` events per `windowMs`, counted over a sliding window. */
export interface Rate {
  limit: number;
  windowMs: number;
}

/** Every quota, bound, throttle and delay the backend enforces. Pass a part of it to {@link createBackend} to change some. */
export interface Limits {
  /** Workspaces one account may own. */
  workspacesPerAccount: number;
  /** Workspaces an account on the free plan may own; creating one more answers `plan_required`. */
  workspacesOnFreePlan: number;
  /** Seats (members, active or pending, plus pending invitations) of a workspace on the free plan. */
  freeSeats: number;
  /** Seats of a workspace on the pro plan. */
  proSeats: number;
  /** Seats of a workspace on the enterprise plan. */
  enterpriseSeats: number;
  /** How long an invitation stays valid after it was (re)sent. */
  invitationTtlMs: number;
  /** How long an email or phone verification code stays valid. */
  verificationCodeTtlMs: number;
  /** How long a data export takes to become ready. */
  exportDelayMs: number;
  /** The shortest interval between two data export requests of one account. */
  exportIntervalMs: number;
  /** How long an export's download link stays valid once ready. */
  exportTtlMs: number;

  /** Largest JSON request body in bytes; a bigger one is refused with 413 before more of it is read. */
  maxJsonBytes: number;
  /** Largest upload request (the image plus its multipart framing) in bytes. */
  maxUploadBytes: number;

  /** A session ends after this long without a request. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however active. */
  sessionAbsoluteMs: number;

  /** How long an `Idempotency-Key`'s answer is kept. */
  idempotencyTtlMs: number;
  /** Most answers kept under idempotency keys; the oldest go first. */
  idempotencyMaxEntries: number;
  /** Most bytes of answers kept under idempotency keys; the oldest go first. */
  idempotencyMaxBytes: number;

  /** Wrong passwords per account (password change, email/phone change, account deletion) before 429. */
  passwordFailures: Rate;
  /** Verification codes sent per account (email and phone changes together). */
  verificationSendsPerUser: Rate;
  /** Verification codes sent to one address or number, whoever asks. */
  verificationSendsPerDestination: Rate;
  /** Shortest wait between two codes for the same pending change (the "resend" cooldown). */
  verificationResendIntervalMs: number;
  /** How long a pending email or phone change can be resumed (read, resent, confirmed) after it was started with the password. */
  verificationPendingTtlMs: number;
  /** How far back the recent sign-ins list reaches; older sign-ins are forgotten. */
  signInHistoryMs: number;
  /** Most sign-ins remembered per account, the oldest forgotten first, so a flood of failed sign-ins stays bounded. */
  signInsKeptPerUser: number;
  /** Invitation mails (new and resent) per workspace. */
  invitationMailsPerWorkspace: Rate;
  /** Shortest wait between two mails of the same invitation. */
  invitationResendIntervalMs: number;
  /** Public invitation look-ups and accepts per client address. */
  publicTokenRequests: Rate;

  /** Groups one workspace may have. */
  groupsPerWorkspace: number;
  /** Domains one workspace may claim, verified or not. */
  domainsPerWorkspace: number;
  /** DNS checks of one domain (each "verify" that looks the record up). */
  domainChecksPerDomain: Rate;
  /** DNS checks of all of a workspace's domains together. */
  domainChecksPerWorkspace: Rate;
  /** How long a DNS look-up may take before the check fails with `lookup_failed`. */
  dnsLookupTimeoutMs: number;
  /** Unknown or wrong API keys presented per client address before 429; guessing keys is hopeless, and slower. */
  apiKeyFailures: Rate;
  /** API keys a workspace may hold that are not revoked (expired ones count until revoked). */
  apiKeysPerWorkspace: number;
  /** Webhook endpoints per workspace. */
  webhooksPerWorkspace: number;
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  workspacesPerAccount: 10,
  workspacesOnFreePlan: 1,
  freeSeats: 10,
  proSeats: 100,
  enterpriseSeats: 1_000_000,
  invitationTtlMs: 48 * HOUR,
  verificationCodeTtlMs: 15 * MINUTE,
  exportDelayMs: 2000,
  exportIntervalMs: MINUTE,
  exportTtlMs: 7 * DAY,

  maxJsonBytes: 1024 * 1024,
  maxUploadBytes: IMAGE_UPLOAD.maxBytes + 64 * 1024,

  sessionIdleMs: 14 * DAY,
  sessionAbsoluteMs: 30 * DAY,

  idempotencyTtlMs: DAY,
  idempotencyMaxEntries: 10_000,
  idempotencyMaxBytes: 8 * 1024 * 1024,

  passwordFailures: { limit: 10, windowMs: 15 * MINUTE },
  verificationSendsPerUser: { limit: 10, windowMs: HOUR },
  verificationSendsPerDestination: { limit: 5, windowMs: HOUR },
  verificationResendIntervalMs: 30 * 1000,
  verificationPendingTtlMs: HOUR,
  signInHistoryMs: 30 * DAY,
  signInsKeptPerUser: 500,
  invitationMailsPerWorkspace: { limit: 200, windowMs: HOUR },
  invitationResendIntervalMs: MINUTE,
  publicTokenRequests: { limit: 30, windowMs: MINUTE },

  groupsPerWorkspace: 500,
  domainsPerWorkspace: 50,
  domainChecksPerDomain: { limit: 10, windowMs: HOUR },
  domainChecksPerWorkspace: { limit: 60, windowMs: HOUR },
  dnsLookupTimeoutMs: 5000,
  apiKeyFailures: { limit: 20, windowMs: MINUTE },
  apiKeysPerWorkspace: 50,
  webhooksPerWorkspace: 20,
};

/** The seat limit of a workspace on `plan`. */
export function seatLimitOf(limits: Limits, plan: Plan): number {
  switch (plan) {
    case 'free': return limits.freeSeats;
    case 'pro': return limits.proSeats;
    case 'enterprise': return limits.enterpriseSeats;
  }
}
