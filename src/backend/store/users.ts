import type { PasswordHash } from '../passwords.js';
import type { SessionRecord, UserRecord } from './records.js';
import { Table } from './table.js';

const emailKey = (email: string) => email.trim().toLowerCase();

/** Accounts, found by id or by email (case-insensitively), with their password hashes kept apart. */
export class UserTable extends Table<UserRecord> {
  readonly #idByEmail = new Map<string, string>();
  /**
   * Hashing is asynchronous in Web Crypto; keeping the pending digest lets seeding stay synchronous while the
   * first sign-in simply awaits it. Many seeded users share one promise.
   */
  readonly #passwords = new Map<string, Promise<PasswordHash>>();

  byEmail(email: string): UserRecord | undefined {
    const id = this.#idByEmail.get(emailKey(email));
    return id === undefined ? undefined : this.get(id);
  }

  password(userId: string): Promise<PasswordHash> | undefined {
    return this.#passwords.get(userId);
  }

  setPassword(userId: string, hash: Promise<PasswordHash>): void {
    this.#passwords.set(userId, hash);
  }

  protected override added(user: UserRecord): void {
    this.#idByEmail.set(emailKey(user.email), user.id);
  }

  protected override changed(user: UserRecord, before: UserRecord): void {
    if (before.email !== user.email) {
      this.#idByEmail.delete(emailKey(before.email));
      this.#idByEmail.set(emailKey(user.email), user.id);
    }
  }

  protected override removed(user: UserRecord): void {
    this.#idByEmail.delete(emailKey(user.email));
    this.#passwords.delete(user.id);
  }
}

/** Signed-in devices, found by their bearer token. */
export class SessionTable extends Table<SessionRecord> {
  readonly #idByToken = new Map<string, string>();

  byToken(token: string): SessionRecord | undefined {
    const id = this.#idByToken.get(token);
    return id === undefined ? undefined : this.get(id);
  }

  ofUser(userId: string): SessionRecord[] {
    return this.where((session) => session.userId === userId);
  }

  protected override added(session: SessionRecord): void {
    this.#idByToken.set(session.token, session.id);
  }

  protected override removed(session: SessionRecord): void {
    this.#idByToken.delete(session.token);
  }
}
