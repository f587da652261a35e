import type { Clock } from './clock.js';

export type OutboxKind = 'invitation' | 'email_change' | 'email_changed' | 'phone_change' | 'password_changed' | 'ownership_transferred' | 'security_alert';

/** One mail or SMS the backend "sent". */
export interface OutboxMessage {
  id: string;
  to: string;
  kind: OutboxKind;
  channel: 'email' | 'sms';
  subject: string;
  text: string;
  /** The invitation token, for invitation mails. */
  token?: string;
  /** The verification code, for email and phone changes. */
  code?: string;
  sentAt: string;
}

export type OutgoingMessage = Omit<OutboxMessage, 'id' | 'sentAt'>;

/**
 * Where mail and SMS go instead of the world: tests read invitation tokens and verification codes from it,
 * the demo site shows it as an inbox.
 */
export class Outbox {
  readonly #messages: OutboxMessage[] = [];
  readonly #listeners = new Set<(message: OutboxMessage) => void>();

  constructor(private readonly clock: Clock) {}

  /** Every message sent, oldest first. */
  get messages(): readonly OutboxMessage[] {
    return this.#messages;
  }

  /** The newest message, to `to` (an email or phone number, case-insensitive) and of `kind` when given. */
  latest(to?: string, kind?: OutboxKind): OutboxMessage | undefined {
    const recipient = to?.toLowerCase();
    return this.#messages.findLast(
      (message) => (recipient === undefined || message.to.toLowerCase() === recipient) && (kind === undefined || message.kind === kind),
    );
  }

  /** Calls `listener` with every message sent from now on. Returns a function that stops it. */
  onMessage(listener: (message: OutboxMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  send(message: OutgoingMessage): OutboxMessage {
    const sent = { ...message, id: `msg_${this.#messages.length + 1}`, sentAt: this.clock.now().toISOString() };
    this.#messages.push(sent);
    for (const listener of this.#listeners) listener(sent);
    return sent;
  }
}
