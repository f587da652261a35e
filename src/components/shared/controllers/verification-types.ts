import type { CallOptions } from '../../../sdk/http.js';
import type { Client, User, VerificationPending } from '../../../sdk/index.js';
import type { CodeConfirmation } from '../../../sdk/schemas/account.js';
import type { TimeSource } from '../clock.js';
import type { ErrorAction, TeamkitEvent } from '../events.js';

// What an element gives `VerificationController`: its SDK calls, events, words and hooks.

/** The SDK calls of one verified change (`client.account.*EmailChange`, `*PhoneChange`). */
export interface VerificationCalls<Start> {
  get(options: CallOptions): Promise<VerificationPending | null>;
  start(input: Start, options: CallOptions): Promise<VerificationPending>;
  resend(options: CallOptions): Promise<VerificationPending>;
  cancel(options: CallOptions): Promise<void>;
  confirm(input: CodeConfirmation, options: CallOptions): Promise<User>;
}

/** The element's events for each step; `target` is the new address or number. */
export interface VerificationEvents {
  beforeStart(target: string): TeamkitEvent;
  started(pending: VerificationPending): TeamkitEvent;
  beforeConfirm(target: string): TeamkitEvent;
  confirmed(user: User): TeamkitEvent;
  beforeResend(target: string): TeamkitEvent;
  resent(pending: VerificationPending): TeamkitEvent;
  beforeCancel(target: string): TeamkitEvent;
  cancelled(target: string): TeamkitEvent;
}

/** The element's own words, read at render time so that a language switch applies. */
export interface VerificationWords {
  /** The code field's label: "Code from the email". */
  codeLabel: string;
  /** Where the code went: "We sent a 6-digit code to ana@example.com." */
  sentTo(target: string): string;
  /** Said and shown once the change applied: "Your email address is now ana@example.com". */
  confirmed(user: User): string;
  /** Said and shown once the change was cancelled. */
  cancelled: string;
}

export interface VerificationOptions<Start> {
  /** The client in effect (the element's `api`). */
  client: () => Client | undefined;
  calls: (client: Client) => VerificationCalls<Start>;
  events: VerificationEvents;
  actions: { start: ErrorAction; confirm: ErrorAction; resend: ErrorAction; cancel: ErrorAction };
  words: () => VerificationWords;
  /** The flow went back to its first step (cancelled, too many wrong codes, lapsed): put `target` back in the form. */
  restart: (target: string) => void;
  /** The first step's first field: focus goes there when the code step goes away. */
  startField: () => HTMLElement | null | undefined;
  /** Where "now" comes from for the countdowns; the device's clock by default. */
  clock?: () => TimeSource | undefined;
  /** What else the first step needs, loaded with the data rather than in the entry (the phone field's locale data). */
  prepare?: () => Promise<unknown>;
  /** The account has loaded (before the first step renders): fill the first step from it. */
  loaded?: (user: User) => void;
}

/** What the flow needs of the element's first-step form (a `FormController` over the start schema). */
export interface StartForm<Start, Values> {
  readonly submitting: boolean;
  readonly formError: unknown;
  submit(action: (input: Start) => Promise<void>): Promise<boolean>;
  reset(values: Values): void;
}
