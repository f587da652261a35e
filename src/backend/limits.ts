import type { Plan } from '../sdk/schemas/index.js';

/** Every quota and delay the backend enforces. Pass a part of it to {@link createBackend} to change some. */
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
}

const HOUR = 60 * 60 * 1000;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  workspacesPerAccount: 10,
  workspacesOnFreePlan: 1,
  freeSeats: 10,
  proSeats: 100,
  enterpriseSeats: 1_000_000,
  invitationTtlMs: 48 * HOUR,
  verificationCodeTtlMs: 15 * 60 * 1000,
  exportDelayMs: 2000,
  exportIntervalMs: 60 * 1000,
  exportTtlMs: 7 * 24 * HOUR,
};

/** The seat limit of a workspace on `plan`. */
export function seatLimitOf(limits: Limits, plan: Plan): number {
  switch (plan) {
    case 'free': return limits.freeSeats;
    case 'pro': return limits.proSeats;
    case 'enterprise': return limits.enterpriseSeats;
  }
}
