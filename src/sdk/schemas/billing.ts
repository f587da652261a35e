import * as z from 'zod/mini';
import { count, Id, pageQueryShape, Timestamp } from './common.js';
import { Currency } from './notifications.js';
import { Plan } from './workspaces.js';

/**
 * An amount of money: an integer count of the currency's minor unit (cents for USD and EUR, yen for JPY:
 * ISO 4217's exponent) and the currency. Never a float, so sums are exact; divide by 10^exponent only to
 * display, e.g. `Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 100)` for USD, or
 * read the exponent from `resolvedOptions().maximumFractionDigits`.
 */
export const Money = z.object({
  amount: z.number().check(z.multipleOf(1), z.minimum(Number.MIN_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

export const BillingCycle = z.enum(['monthly', 'yearly']);
export type BillingCycle = z.infer<typeof BillingCycle>;

/** One line of the current period's usage: how much of something was used and what it costs. */
export const UsageItem = z.object({
  /** A stable key a UI can translate: `call_minutes`, `sms`, `ai_credits`. */
  type: z.string(),
  /** The provider's own words for it, in English. */
  label: z.string(),
  quantity: count(),
  /** What `quantity` counts: `minute`, `message`, `credit`. */
  unit: z.string(),
  amount: Money,
});
export type UsageItem = z.infer<typeof UsageItem>;

/**
 * What a workspace pays for and how much it has: read-only here; plan changes and payment methods are the
 * host's billing provider's.
 */
export const BillingSummary = z.object({
  workspaceId: Id,
  plan: Plan,
  planName: z.string(),
  cycle: BillingCycle,
  /** What the plan costs per cycle. */
  price: Money,
  /** When the current cycle ends and the next begins; null on a plan that does not renew (free). */
  renewsAt: z.nullable(Timestamp),
  /** Members (active or pending) plus pending invitations, against the plan's limit. */
  seats: z.object({ used: count(), limit: count() }),
  /** Prepaid credit that usage draws from. `low` once the balance is at or below the threshold. */
  wallet: z.object({ balance: Money, lowBalanceThreshold: Money, low: z.boolean() }),
  usage: z.object({
    periodStart: Timestamp,
    periodEnd: Timestamp,
    items: z.array(UsageItem),
    total: Money,
  }),
});
export type BillingSummary = z.infer<typeof BillingSummary>;

export const InvoiceStatus = z.enum(['paid', 'open', 'void', 'uncollectible']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const Invoice = z.object({
  id: Id,
  /** The number printed on it, e.g. `ACME-2026-0012`. */
  number: z.string(),
  issuedAt: Timestamp,
  dueAt: Timestamp,
  periodStart: Timestamp,
  periodEnd: Timestamp,
  amount: Money,
  status: InvoiceStatus,
  /** The PDF: a link the billing provider serves (the reference backend gives a `data:application/pdf` URL). */
  pdfUrl: z.string(),
});
export type Invoice = z.infer<typeof Invoice>;

export const InvoiceQuery = z.object({ ...pageQueryShape, status: z.optional(InvoiceStatus) });
export type InvoiceQuery = z.infer<typeof InvoiceQuery>;
