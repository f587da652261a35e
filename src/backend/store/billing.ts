import type { BillingCycle, InvoiceStatus } from '../../sdk/schemas/index.js';

/** Amounts are integers in the currency's minor unit (cents), as the contract gives them. */
export interface InvoiceRecord {
  id: string;
  number: string;
  issuedAt: string;
  dueAt: string;
  periodStart: string;
  periodEnd: string;
  amount: number;
  status: InvoiceStatus;
}

export interface UsageRecord {
  type: string;
  label: string;
  quantity: number;
  unit: string;
  amount: number;
}

/** A workspace's billing, as its billing provider would report it, in the workspace's currency. Its id is the workspace's. */
export interface BillingRecord {
  id: string;
  cycle: BillingCycle;
  /** The plan's price per cycle. */
  price: number;
  renewsAt: string | null;
  walletBalance: number;
  lowBalanceThreshold: number;
  periodStart: string;
  periodEnd: string;
  usage: UsageRecord[];
  /** Oldest first. */
  invoices: InvoiceRecord[];
}
