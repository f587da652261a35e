import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Group } from '../../sdk/index.js';
import { ListController } from '../shared/controllers/list-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderEmpty } from '../shared/feedback/states.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { DomainListSelectEvent } from './domain-list.events.js';
import { styles } from './domain-list.styles.js';

/** What the reader needs to see the body; without it the gate says why, and nothing is requested. */
const NEEDED = 'groups:manage';

/**
 * Domain list. `npm run new-element` wrote this as a working start: the workspace's groups, a page at a time, for
 * those who may manage them. Make it the element it is to be (its data, its events, this description); the
 * conformance spec in its test says what must keep working, and docs/guide/building-elements.md how.
 *
 * @summary Domain list.
 *
 * @fires {DomainListSelectEvent} tk-domain-list-select - An item was chosen. `event.item`.
 * @fires {TeamkitErrorEvent} tk-error - Loading failed. `event.error`, `event.action` (`load`, `load-more`).
 *
 * @slot heading - Replaces the heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row.
 * @csspart title - The default heading.
 * @csspart list - The items.
 * @csspart item - One item.
 * @csspart action - An item's button; also `select`.
 * @csspart footer - Under the list while more can load: `total` ("Showing 25 of 60") and `load-more`.
 * @csspart state - Loading, empty, error and denied panels (also `loading`, `empty`, `error`, `denied`).
 * @csspart retry - The "Try again" button of an error panel.
 *
 * @cssprop [--tk-domain-list-gap=var(--tk-space-2)] - Space between items.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <domain-list></domain-list>
 * </teamkit-provider>
 * ```
 */
export class DomainListElement extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** How many items to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 25;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  readonly #list = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#permissions.can(NEEDED), this.#limit] as const,
    load: ([client, workspaceId, allowed, limit], cursor, signal) => (client && workspaceId && allowed
      ? client.groups.list(workspaceId, { cursor, limit }, { signal })
      : undefined),
    focusItem: (id) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button`),
  });

  /** Reloads from the first page. */
  async refresh(): Promise<void> {
    await this.#list.refresh();
  }

  get #limit(): number {
    return Math.min(200, Math.max(1, Math.round(this.pageSize) || 25));
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Groups', { id: 'tk.domain-list.title' })}</h2></slot></div>
      </header>
      ${renderGate(this.#permissions, { need: NEEDED, denied: msg("You can't see this workspace's groups", { id: 'tk.domain-list.denied' }) })
        ?? this.#renderList()}
    </section>`;
  }

  #renderList(): TemplateResult {
    return html`${this.#list.render({
      items: (items) => html`<ul part="list">${items.map((item) => this.#renderItem(item))}</ul>`,
      empty: () => renderEmpty(
        msg('No groups yet', { id: 'tk.domain-list.empty' }),
        msg('Groups bring members together, to give them access at once.', { id: 'tk.domain-list.empty_hint' }),
      ),
    })}${this.#list.renderFooter()}`;
  }

  #renderItem(item: Group): TemplateResult {
    const count = this.format.number(item.memberCount);
    return html`<li part="item" data-id=${item.id}>
      <button type="button" part="action select" @click=${() => this.emit(new DomainListSelectEvent(item))}><bdi>${item.name}</bdi></button>
      <span class="count">${this.format.plural(item.memberCount) === 'one'
        ? msg(str`${count} member`, { id: 'tk.domain-list.members_one' })
        : msg(str`${count} members`, { id: 'tk.domain-list.members' })}</span>
    </li>`;
  }
}
