import type { SignInRecord } from './records.js';
import { Table } from './table.js';

const none: readonly SignInRecord[] = [];

/** Sign-in attempts, by account, oldest first (in the order they were recorded). */
export class SignInTable extends Table<SignInRecord> {
  readonly #byUser = new Map<string, SignInRecord[]>();

  ofUser(userId: string): readonly SignInRecord[] {
    return this.#byUser.get(userId) ?? none;
  }

  /** Forgets the account's sign-ins from before `since`, and the oldest beyond the newest `keep`. */
  prune(userId: string, since: string, keep: number): void {
    const records = this.ofUser(userId);
    const recent = records.findIndex((record) => record.createdAt >= since);
    const drop = Math.max(recent < 0 ? records.length : recent, records.length - keep);
    for (const record of records.slice(0, drop)) this.delete(record);
  }

  protected override added(record: SignInRecord): void {
    const records = this.#byUser.get(record.userId);
    if (records) records.push(record);
    else this.#byUser.set(record.userId, [record]);
  }

  protected override removed(record: SignInRecord): void {
    const records = this.#byUser.get(record.userId);
    if (!records) return;
    const rest = records.filter((other) => other !== record);
    if (rest.length) this.#byUser.set(record.userId, rest);
    else this.#byUser.delete(record.userId);
  }
}
