import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Page } from '../../../sdk/index.js';
import { announce } from '../announce.js';
import { describeError } from '../describe-error.js';
import { TeamkitErrorEvent } from '../events.js';
import { renderNotice, type Notice } from '../feedback/notice.js';
import { renderTask } from '../feedback/states.js';
import { focusLost } from './focus.js';
import type { Rollback, TeamkitHost } from './host.js';

/**
 * Loads one page of a list: the first with `cursor` undefined, then each `nextCursor`. Pass `signal` to the SDK.
 * Return undefined while `args` are incomplete (no client or workspace yet): the list then waits, unloaded.
 */
export type PageLoader<T, A extends readonly unknown[]> =
  (args: A, cursor: string | undefined, signal: AbortSignal) => Promise<Page<T> | undefined> | Page<T> | undefined;

export interface ListOptions<T, A extends readonly unknown[]> {
  /** What the list depends on (client, workspace, filters…); any change reloads it from the first page. */
  args: () => A;
  load: PageLoader<T, A>;
  /**
   * Where focus goes when the reader loaded the last page with the footer's button, which then disappears:
   * the first new item's focusable cell, e.g. `(key) => this.renderRoot.querySelector(\`[data-id="${key}"] th\`)`.
   */
  focusItem?: (key: string) => HTMLElement | null | undefined;
  /**
   * What screen readers hear after each further page: "Showing 50 of 120" (true, the default), nothing (false: a list
   * loading on scroll), or what came first, from the number of new items ("2 more invitations loaded"), then that.
   */
  announceMore?: boolean | ((added: number) => string);
  /** An item's identity. Default: its `id`, which every SDK resource has. */
  keyOf?: (item: T) => string;
}

export interface ListViews<T> {
  /** The loaded items, at least one. */
  items: (items: readonly T[]) => unknown;
  /** No item at all. */
  empty?: () => unknown;
  loadingLabel?: string;
}

/**
 * The page size a list asks for, from an element's `page-size` attribute: whole, 1 to 200 (the API's limit), and
 * `fallback` when the attribute is not a number.
 */
export function pageLimit(pageSize: number, fallback: number): number {
  return Math.min(200, Math.max(1, Math.round(pageSize) || fallback));
}

/**
 * A paged list over any cursor method: the first page through `@lit/task` (reloaded when `args` change), further
 * pages on demand, optimistic edits with rollback, and the standard "Load more" footer. Failures reach the host
 * page as `tk-error` (`load`, `load-more`); aborted requests do not.
 *
 * ```ts
 * readonly #list = new ListController(this, {
 *   args: () => [this.api, this.currentWorkspaceId, this.status] as const,
 *   load: ([client, workspaceId, status], cursor, signal) => client && workspaceId
 *     ? client.invitations.list(workspaceId, { status, cursor }, { signal }) : undefined,
 * });
 * render() {
 *   return html`${this.#list.render({ items: (items) => this.#table(items), empty: () => renderEmpty('…') })}
 *     ${this.#list.renderFooter()}`;
 * }
 * ```
 * A virtualized list calls `loadMore()` as the reader nears the end, and reads `hasMore`, `loadingMore` and
 * `loadMoreError` to draw its own last row.
 */
export class ListController<T, A extends readonly unknown[]> implements ReactiveController {
  /** The first page's task: its status and error are the list's (render them with `render()`). */
  readonly task: Task<A, Page<T>>;
  #items: readonly T[] = [];
  #total = 0;
  #cursor: string | null = null;
  /** The arguments the loaded pages belong to; later pages are asked with them. */
  #args: A | undefined;
  #index: Map<string, T> | undefined;
  #more: { abort: AbortController; done: Promise<void> } | undefined;
  #moreError: unknown;
  readonly #keyOf: (item: T) => string;

  constructor(private readonly host: TeamkitHost, private readonly options: ListOptions<T, A>) {
    host.addController(this);
    this.#keyOf = options.keyOf ?? ((item: T) => (item as { id: string }).id);
    this.task = new Task(host, {
      args: options.args,
      task: async (args, { signal }) => {
        this.#more?.abort.abort();
        try {
          const page = await options.load(args, undefined, signal);
          if (page === undefined) return initialState;
          signal.throwIfAborted();
          this.#args = args;
          this.#cursor = page.nextCursor;
          this.#moreError = undefined;
          this.#set(page.items, page.total);
          return page;
        } catch (error) {
          if (!signal.aborted) this.#report(error, 'load');
          throw error;
        }
      },
    });
  }

  hostDisconnected(): void {
    this.#more?.abort.abort();
  }

  /** The items loaded so far, with optimistic edits. A new array whenever anything changed. */
  get items(): readonly T[] {
    return this.#items;
  }

  /** How many items the server counts for the current arguments (edits adjust it). */
  get total(): number {
    return this.#total;
  }

  /** Whether another page can be loaded. */
  get hasMore(): boolean {
    return this.#cursor !== null;
  }

  get loadingMore(): boolean {
    return this.#more !== undefined;
  }

  /** Why the last further page failed, until a retry or a new first page. */
  get loadMoreError(): unknown {
    return this.#moreError;
  }

  keyOf(item: T): string {
    return this.#keyOf(item);
  }

  /** The loaded item with this key. */
  get(key: string): T | undefined {
    this.#index ??= new Map(this.#items.map((item) => [this.#keyOf(item), item]));
    return this.#index.get(key);
  }

  /** Reloads from the first page with the current arguments, e.g. after invitations were sent elsewhere. */
  async refresh(): Promise<void> {
    await this.task.run();
  }

  /**
   * Loads the next page, once: a call while one is on its way shares it, and a new first page aborts it.
   * After a failure only an explicit `{ retry: true }` (the footer's button) tries again, so that a list loading
   * on scroll does not hammer a failing server.
   */
  loadMore(options: { retry?: boolean } = {}): Promise<void> {
    if (this.#more) return this.#more.done;
    const args = this.#args;
    const cursor = this.#cursor;
    const blocked = this.#moreError !== undefined && !options.retry;
    if (!args || cursor === null || blocked || this.task.status !== TaskStatus.COMPLETE) return Promise.resolve();
    const abort = new AbortController();
    const more = { abort, done: this.#loadPage(args, cursor, abort.signal) };
    this.#more = more;
    this.#moreError = undefined;
    this.host.requestUpdate();
    return more.done;
  }

  async #loadPage(args: A, cursor: string, signal: AbortSignal): Promise<void> {
    try {
      const page = await this.options.load(args, cursor, signal);
      signal.throwIfAborted();
      if (!page) return;
      this.#cursor = page.nextCursor;
      // The list may have moved under the cursor: an item already shown is not shown twice.
      const fresh = page.items.filter((item) => this.get(this.#keyOf(item)) === undefined);
      this.#set([...this.#items, ...fresh], page.total);
      const { announceMore = true } = this.options;
      if (announceMore) announce(typeof announceMore === 'function' ? `${announceMore(fresh.length)}. ${this.#showing()}` : this.#showing());
    } catch (error) {
      if (signal.aborted) return;
      this.#moreError = error;
      this.#report(error, 'load-more');
    } finally {
      if (this.#more?.abort.signal === signal) {
        this.#more = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /** Shows `item` at `at` (default: first) before the server confirms it. */
  insert(item: T, at = 0): Rollback {
    const key = this.#keyOf(item);
    if (this.get(key) !== undefined) return () => {};
    this.#set(this.#items.toSpliced(at, 0, item), this.#total + 1);
    return () => {
      if (this.get(key) === item) this.#set(this.#items.filter((other) => other !== item), this.#total - 1);
    };
  }

  /** Shows `item` in place of the item with `key`, e.g. the server's answer or an optimistic edit. */
  replace(key: string, item: T): Rollback {
    const previous = this.get(key);
    if (previous === undefined) return () => {};
    const swap = (from: T, to: T) => {
      if (this.get(key) === from) this.#set(this.#items.map((other) => (other === from ? to : other)), this.#total);
    };
    swap(previous, item);
    return () => swap(item, previous);
  }

  /** Takes the item with `key` out at once; the rollback puts it back where it was. */
  remove(key: string): Rollback {
    const item = this.get(key);
    if (item === undefined) return () => {};
    const at = this.#items.indexOf(item);
    this.#set(this.#items.filter((other) => other !== item), Math.max(0, this.#total - 1));
    return () => {
      if (this.get(key) === undefined) this.#set(this.#items.toSpliced(at, 0, item), this.#total + 1);
    };
  }

  /**
   * Awaits `call` with an optimistic edit already on screen, undoing it when the call fails:
   * `await list.optimistic(list.remove(id), client.members.remove(workspaceId, id, { signal }))`.
   */
  async optimistic<R>(rollback: Rollback, call: Promise<R>): Promise<R> {
    try {
      return await call;
    } catch (error) {
      rollback();
      throw error;
    }
  }

  /** The list's states the one shared way: loading, error with retry (or denied), empty, items. */
  render(views: ListViews<T>): unknown {
    return renderTask(this.task, {
      complete: () => views.items(this.#items),
      isEmpty: () => this.#items.length === 0,
      empty: views.empty,
      loadingLabel: views.loadingLabel,
    });
  }

  /**
   * The standard footer under a paged list (parts from the glossary): the failure of the last page as a
   * `notice danger`, "Showing 25 of 60" (`total`) and the "Load more" button (`load-more`: busy while loading,
   * "Try again" after a failure), all in `footer`. Nothing once every item is loaded.
   */
  renderFooter(): TemplateResult | typeof nothing {
    const error = this.#moreError;
    if (!this.hasMore || this.task.status !== TaskStatus.COMPLETE) return nothing;
    const busy = this.loadingMore;
    return html`<div class="more" part="footer">
      ${error === undefined ? nothing : renderNotice(moreFailed(error))}
      <p class="more-status" part="total">${this.#showing()}</p>
      <button type="button" part="load-more" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#loadMoreFromButton()}>
        ${busy ? msg('Loading…', { id: 'tk.state.loading' }) : error === undefined
          ? msg('Load more', { id: 'tk.list.load_more' }) : msg('Try again', { id: 'tk.state.retry' })}</button>
    </div>`;
  }

  /** The button goes away with the last page: focus then carries on from the first new item. */
  async #loadMoreFromButton(): Promise<void> {
    const before = this.#items.length;
    await this.loadMore({ retry: true });
    const first = this.#items[before];
    await this.host.updateComplete;
    if (first !== undefined && focusLost()) this.options.focusItem?.(this.#keyOf(first))?.focus();
  }

  #showing(): string {
    const shown = this.host.format.number(this.#items.length);
    const total = this.host.format.number(Math.max(this.#total, this.#items.length));
    return msg(str`Showing ${shown} of ${total}`, { id: 'tk.list.showing' });
  }

  #set(items: readonly T[], total: number): void {
    this.#items = items;
    this.#total = total;
    this.#index = undefined;
    this.host.requestUpdate();
  }

  #report(error: unknown, action: 'load' | 'load-more'): void {
    this.host.dispatchEvent(new TeamkitErrorEvent(error, action));
  }
}

/** Why more items did not come, and what to do; the items already shown stay. */
function moreFailed(error: unknown): Notice {
  const { kind, detail } = describeError(error);
  return {
    tone: 'danger',
    title: msg("Couldn't load more.", { id: 'tk.list.more_failed' }),
    detail: kind === 'offline' || kind === 'rate-limited' || kind === 'timeout' || kind === 'denied' || kind === 'signed-out'
      ? detail
      : msg('Try again. If it keeps happening, reload the page.', { id: 'tk.list.more_failed_detail' }),
  };
}
