import type { ReactiveControllerHost } from 'lit';
import type { Member } from '../../sdk/index.js';

/** The members the reader selected for a bulk action, by id: the rows' checkboxes read it, the bulk actions act on it. */
export class Selection {
  #members = new Map<string, Member>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get size(): number {
    return this.#members.size;
  }

  has(member: Member): boolean {
    return this.#members.has(member.id);
  }

  /** The selected members, as they were when selected. */
  members(): Member[] {
    return [...this.#members.values()];
  }

  toggle(member: Member, on: boolean): void {
    if (on) this.#members.set(member.id, member);
    else this.#members.delete(member.id);
    this.host.requestUpdate();
  }

  /** Selects exactly these, e.g. the members a bulk action failed for, ready for another try. */
  set(members: readonly Member[]): void {
    this.#members = new Map(members.map((member) => [member.id, member]));
    this.host.requestUpdate();
  }

  clear(): void {
    this.set([]);
  }
}
