import { msg, str } from '@lit/localize';
import type { ReactiveController } from 'lit';
import { announce } from '../announce.js';
import { describeError } from '../describe-error.js';
import { TeamkitErrorEvent, type ErrorAction, type TeamkitEvent } from '../events.js';
import type { Notice } from '../feedback/notice.js';
import type { BoundFormat } from '../format.js';
import { deepActiveElement, recoverFocus } from './focus.js';
import type { TeamkitHost } from './host.js';

/** What the reader learns when an action worked. */
export interface ActionSuccess {
  /** Said to screen readers (aria-live); also the notice's title unless `notice` says otherwise. */
  announce: string;
  /** The visible notice: `false` for none (the change speaks for itself), else its detail or a whole notice. */
  notice?: false | { detail?: string } | Notice;
}

export interface ActionOptions<R> {
  /** What is busy meanwhile, e.g. the row's id. A second run with a busy key does nothing. Default: `action`. */
  key?: string;
  /** The cancelable `tk-before-*` event; a listener's `preventDefault()` stops the action before anything happens. */
  before?: () => TeamkitEvent;
  /** The SDK call. `signal` aborts when the element leaves the page. */
  call: (signal: AbortSignal) => Promise<R>;
  /** Takes the result in (update state), and returns the after-event to fire, if any. */
  after?: (result: R) => TeamkitEvent | void;
  /** Names the action in `tk-error`. */
  action: ErrorAction;
  success: ActionSuccess | ((result: R) => ActionSuccess);
  /**
   * The failure notice's title, e.g. "Couldn't revoke the invitation to ada@example.com"; the reason follows.
   * Without it the caller shows the failure: `run()` rejects with the error (after `tk-error`), so that a form's
   * `submit()` puts it on its fields or its form error — `form.submit((input) => actions.run({ … }))`.
   */
  failure?: string;
  /** Where focus goes if the control that started the action is gone when it ends (the next row's control, a heading). */
  focus?: () => HTMLElement | null | undefined;
}

/** One item's outcome in a bulk action. */
export interface BulkOutcome<I, R> {
  item: I;
  ok: boolean;
  result?: R;
  /** Why it failed. */
  error?: unknown;
  /** Why it failed in words, when the error alone would not say (one call's per-item answer); else the error's. */
  reason?: string;
  /** Why it was not tried (a listener cancelled it, or `skip` said why). */
  skipped?: string;
}

export interface BulkOptions<I, R> {
  /** The whole run's busy key, e.g. `bulk`. Default: `action`. */
  key?: string;
  /** Also marks each item busy under this key while its call runs (row controls read `busy(keyOf(item))`). */
  keyOf?: (item: I) => string;
  /** Why an item is left out without a request, or undefined to go ahead. */
  skip?: (item: I) => string | undefined;
  before?: (item: I) => TeamkitEvent;
  call: (item: I, signal: AbortSignal) => Promise<R>;
  after?: (item: I, result: R) => TeamkitEvent | void;
  action: ErrorAction;
  /** How many calls run at once. Default 4. */
  concurrency?: number;
  /** The item as the summary names it, e.g. a member's name. */
  label: (item: I) => string;
  /** The summary's headline, e.g. "3 of 5 removed"; failures and skips are added to it. */
  summary: (done: string, total: string) => string;
}

/**
 * Runs an element's mutations the one shared way: the cancelable before-event, busy state per key, the SDK call,
 * the after-event, an aria-live announcement, a visible notice (success or the failure in words), `tk-error`
 * with the typed action, and focus kept in place. Render the notice with the feedback kit:
 * `renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })`.
 *
 * ```ts
 * readonly #actions = new ActionController(this);
 * const updated = await this.#actions.run({
 *   key: invitation.id,
 *   before: () => new BeforeInvitationRevokeEvent(invitation),
 *   call: (signal) => client.invitations.revoke(workspaceId, invitation.id, { signal }),
 *   after: (revoked) => { this.#list.replace(revoked.id, revoked); return new InvitationRevokedEvent(revoked); },
 *   action: 'invitation-revoke',
 *   success: { announce: revokedText(invitation) },   // words through msg, as everywhere
 *   failure: revokeFailedText(invitation),
 *   focus: () => this.#rowHeader(invitation.id),
 * });
 * ```
 * Buttons read `busy(key)` for `aria-disabled` and their busy label (`busyWith(key)` says which action).
 */
export class ActionController implements ReactiveController {
  /** The last action's outcome on screen, until dismissed or the next action starts. */
  notice: Notice | undefined;
  readonly #busy = new Map<string, ErrorAction>();
  readonly #aborts = new Set<AbortController>();

  constructor(private readonly host: TeamkitHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const abort of this.#aborts) abort.abort();
  }

  /** Whether an action runs under `key` (or, without a key, any action at all). */
  busy(key?: string): boolean {
    return key === undefined ? this.#busy.size > 0 : this.#busy.has(key);
  }

  /** Which action runs under `key`, to label the busy control ("Resending…" rather than "Revoking…"). */
  busyWith(key: string): ErrorAction | undefined {
    return this.#busy.get(key);
  }

  /** Takes the notice away. */
  dismiss(): void {
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /**
   * Runs one action; resolves to its result, or undefined when it was busy, cancelled or failed (rejects instead
   * when it failed and has no `failure` title to show).
   */
  async run<R>(options: ActionOptions<R>): Promise<R | undefined> {
    const key = options.key ?? options.action;
    if (this.#busy.has(key)) return undefined;
    if (options.before && !this.host.dispatchEvent(options.before())) {
      // A native control the reader flipped (a switch, a select) shows the state again on the next render.
      this.host.requestUpdate();
      return undefined;
    }
    const trigger = deepActiveElement();
    this.notice = undefined;
    const outcome = await this.#attempt(key, options.action, (signal) => options.call(signal), options.after);
    if (outcome.ok) {
      const success = typeof options.success === 'function' ? options.success(outcome.result) : options.success;
      announce(success.announce);
      if (success.notice !== false) this.notice = { tone: 'success', title: success.announce, ...success.notice };
    } else if (!outcome.aborted && options.failure !== undefined) {
      const { title, detail } = describeError(outcome.error);
      this.notice = { tone: 'danger', title: options.failure, detail: `${title}. ${detail}` };
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The control that ran it keeps focus; when it is gone (its row removed) or nothing had focus, `focus` says where.
    recoverFocus(trigger?.isConnected && trigger !== document.body ? trigger : options.focus?.());
    if (outcome.ok) return outcome.result;
    if (!outcome.aborted && options.failure === undefined) throw outcome.error;
    return undefined;
  }

  /**
   * Runs one action over many items, a few at a time, going on past failures; resolves to each item's outcome in
   * order. The notice sums it up — "3 of 5 removed. 2 failed: Ana (reason); Bo (reason)" — and is announced.
   */
  async runBulk<I, R>(items: readonly I[], options: BulkOptions<I, R>): Promise<BulkOutcome<I, R>[]> {
    const key = options.key ?? options.action;
    if (this.#busy.has(key)) return [];
    this.#busy.set(key, options.action);
    this.notice = undefined;
    this.host.requestUpdate();
    const outcomes: BulkOutcome<I, R>[] = [];
    // The workers share one iterator: each takes the next item as soon as its previous call ended.
    const queue = items.entries();
    const worker = async () => {
      for (const [index, item] of queue) outcomes[index] = await this.#one(item, options);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, items.length)) }, worker));
    this.#busy.delete(key);
    this.notice = bulkNotice(outcomes, options, this.host.format);
    announce([this.notice.title, this.notice.detail].filter(Boolean).join('. '));
    this.host.requestUpdate();
    return outcomes;
  }

  async #one<I, R>(item: I, options: BulkOptions<I, R>): Promise<BulkOutcome<I, R>> {
    const reason = options.skip?.(item);
    if (reason !== undefined) return { item, ok: false, skipped: reason };
    if (options.before && !this.host.dispatchEvent(options.before(item))) {
      return { item, ok: false, skipped: msg('Cancelled', { id: 'tk.action.cancelled' }) };
    }
    const itemKey = options.keyOf?.(item);
    const after = options.after && ((result: R) => options.after?.(item, result));
    const outcome = await this.#attempt(itemKey, options.action, (signal) => options.call(item, signal), after);
    return outcome.ok ? { item, ok: true, result: outcome.result } : { item, ok: false, error: outcome.error };
  }

  /** The call between the events: busy on, call, after-event or `tk-error`, busy off. */
  async #attempt<R>(
    key: string | undefined, action: ErrorAction, call: (signal: AbortSignal) => Promise<R>, after: ((result: R) => TeamkitEvent | void) | undefined,
  ): Promise<{ ok: true; result: R } | { ok: false; error: unknown; aborted: boolean }> {
    const abort = new AbortController();
    this.#aborts.add(abort);
    if (key !== undefined) this.#busy.set(key, action);
    this.host.requestUpdate();
    try {
      const result = await call(abort.signal);
      const event = after?.(result);
      if (event) this.host.dispatchEvent(event);
      return { ok: true, result };
    } catch (error) {
      // An element that left the page reports nothing: nobody is there to read it.
      if (!abort.signal.aborted) this.host.dispatchEvent(new TeamkitErrorEvent(error, action));
      return { ok: false, error, aborted: abort.signal.aborted };
    } finally {
      this.#aborts.delete(abort);
      if (key !== undefined) this.#busy.delete(key);
      this.host.requestUpdate();
    }
  }

}

/** What a bulk report names: each item, and the headline. */
export type BulkWording<I> = Pick<BulkOptions<I, unknown>, 'label' | 'summary'>;

/**
 * The notice that sums up many items' outcomes, as `runBulk` shows it: "3 of 5 removed. 1 failed: Ana (reason).
 * 1 skipped: Bo (reason)." — success when none failed, danger when none was done, else warning. For one call that
 * answers per item (`groups.changeMembers`), map its results to outcomes and show this as `run()`'s success notice.
 */
export function bulkNotice<I, R>(outcomes: readonly BulkOutcome<I, R>[], wording: BulkWording<I>, format: BoundFormat): Notice {
  const count = (n: number) => format.number(n);
  const done = outcomes.filter((outcome) => outcome.ok).length;
  const failed = outcomes.filter((outcome) => outcome.error !== undefined);
  const skipped = outcomes.filter((outcome) => outcome.skipped !== undefined);
  const named = (list: readonly BulkOutcome<I, R>[], why: (outcome: BulkOutcome<I, R>) => string) =>
    list.map((outcome) => `${wording.label(outcome.item)} (${why(outcome)})`).join('; ');
  const failures = named(failed, (outcome) => outcome.reason ?? describeError(outcome.error).title);
  const skips = named(skipped, (outcome) => outcome.skipped ?? '');
  const detail = [
    failed.length ? msg(str`${count(failed.length)} failed: ${failures}.`, { id: 'tk.action.bulk_failed' }) : '',
    skipped.length ? msg(str`${count(skipped.length)} skipped: ${skips}.`, { id: 'tk.action.bulk_skipped' }) : '',
  ].filter(Boolean).join(' ');
  return {
    tone: failed.length === 0 ? 'success' : done === 0 ? 'danger' : 'warning',
    title: wording.summary(count(done), count(outcomes.length)),
    ...(detail ? { detail } : {}),
  };
}
