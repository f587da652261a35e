import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Workspace } from '../../sdk/index.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty } from '../shared/feedback/states.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { CreateWorkspace } from '../shared/workspaces/create-workspace.js';
import {
  BeforeWorkspaceDeleteEvent, BeforeWorkspaceLeaveEvent, WorkspaceDeletedEvent, WorkspaceLeftEvent,
} from '../shared/workspaces/workspace-events.js';
import { deletionQuestion, leavingQuestion } from '../shared/workspaces/workspace-exit.js';
import {
  renderWorkspaceAvatar, switchWorkspace, WorkspaceChanges, WorkspaceRoles, workspaceStyles,
} from '../shared/workspaces/workspace-view.js';
import { styles } from './workspace-list.styles.js';

/**
 * Every workspace the reader is in: its name and logo, when it was created, the reader's role in it, and which one
 * is current. From here the reader switches to another workspace (every teamkit element under the same provider
 * reloads for it), creates one (the same dialog as `<workspace-switcher>`'s: it shows the quota or the plan's
 * limit before anyone types), deletes one they own (its name typed again; the question says exactly what is lost
 * and for how many people) or leaves one they do not own. An owner cannot leave: their row offers Delete, and
 * ownership is transferred in `<danger-zone>`. Account-level: it lists the reader's workspaces whatever their role.
 * Deleting or leaving the current workspace makes the first remaining one current.
 *
 * @summary Your workspaces: switch, create, delete the ones you own, leave the others.
 *
 * @fires {BeforeWorkspaceSwitchEvent} tk-before-workspace-switch - Cancelable. Switch was chosen; `event.workspace`.
 * @fires {WorkspaceChangeEvent} tk-workspace-change - The provider's signal to switch; `event.workspaceId`.
 * @fires {WorkspaceSwitchedEvent} tk-workspace-switched - The current workspace is now `event.workspace`.
 * @fires {BeforeWorkspaceCreateEvent} tk-before-workspace-create - Cancelable. About to create a workspace named `event.name`.
 * @fires {WorkspaceCreatedEvent} tk-workspace-created - A workspace was created; `event.workspace`. It becomes the current one.
 * @fires {BeforeWorkspaceDeleteEvent} tk-before-workspace-delete - Cancelable. The owner typed the name; `event.workspace`.
 * @fires {WorkspaceDeletedEvent} tk-workspace-deleted - The workspace was deleted; `event.workspace`.
 * @fires {BeforeWorkspaceLeaveEvent} tk-before-workspace-leave - Cancelable. The reader confirmed leaving `event.workspace`.
 * @fires {WorkspaceLeftEvent} tk-workspace-left - The reader left `event.workspace`.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, `event.action`: `load`, `load-more`,
 *   `workspace-create`, `workspace-delete` or `workspace-leave`.
 *
 * @slot heading - Replaces the "Workspaces" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading and Create workspace.
 * @csspart title - The default heading.
 * @csspart create - "Create workspace".
 * @csspart notice - What happened after a delete or leave (`notice success` or `notice danger`); `dismiss` closes it.
 * @csspart table - The table of workspaces (cards in a narrow container).
 * @csspart column-header - A column's heading; also `column-header-name`, `column-header-created`, `column-header-role`,
 *   `column-header-actions`.
 * @csspart row - One workspace's row; the current one's is also `row-current`.
 * @csspart cell - Every body cell; also `cell-name`, `cell-created`, `cell-role`, `cell-actions`.
 * @csspart avatar - A workspace's logo or initials; `avatar-image` is the logo itself.
 * @csspart badge - "Current"; also `badge-current`.
 * @csspart action - A row's button; also `switch`, `delete` or `leave`.
 * @csspart footer - Under the table while more workspaces can load: `total` and `load-more`.
 * @csspart state - Loading, empty and error panels (also `loading`, `empty`, `error`); `retry` tries again.
 * @csspart dialog - The "Create a workspace" dialog (see `<workspace-switcher>` for its parts).
 * @csspart confirm-dialog - The delete and leave questions; also `confirm-cancel`, `confirm-accept`.
 *
 * @cssprop [--tk-workspace-list-cell-padding=var(--tk-space-2) var(--tk-space-3)] - Padding of table cells.
 * @cssprop [--tk-workspace-list-row-border=1px solid var(--tk-color-border)] - The line between rows.
 * @cssprop [--tk-workspace-list-avatar-size=32px] - Width and height of a logo.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <workspace-list></workspace-list>
 * </teamkit-provider>
 * ```
 */
export class WorkspaceList extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, workspaceStyles, styles];

  /** How many workspaces to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 50;

  readonly #actions = new ActionController(this);
  readonly #confirm = new ConfirmController(this);

  readonly #list = new ListController(this, {
    args: () => [this.api, this.#limit] as const,
    load: ([client, limit], cursor, signal) => (client ? client.workspaces.list({ cursor, limit }, { signal }) : undefined),
    focusItem: (id) => this.#rowHeader(id),
    announceMore: (added) => (this.format.plural(added) === 'one'
      ? msg(str`${this.format.number(added)} more workspace loaded`, { id: 'tk.workspace-list.loaded_more_one' })
      : msg(str`${this.format.number(added)} more workspaces loaded`, { id: 'tk.workspace-list.loaded_more' })),
  });

  readonly #roles = new WorkspaceRoles(this, () => [this.api, this.#list.items]);

  readonly #create = new CreateWorkspace(this, {
    client: () => this.api,
    created: (workspace) => {
      this.#list.insert(workspace);
      this.#switch(workspace);
    },
  });

  /** Where the last deleted or left workspace was, for focus once its row is gone. */
  #removedAt = 0;

  constructor() {
    super();
    new WorkspaceChanges(this, () => void this.#list.refresh());
  }

  /** Reads the workspaces again from the first page. */
  async refresh(): Promise<void> {
    await this.#list.refresh();
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 50);
  }

  #rowHeader(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] th`);
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Workspaces', { id: 'tk.workspace-list.title' })}</h2></slot></div>
        <button type="button" class="primary" part="create" @click=${() => this.#create.open()}>${msg('Create workspace', { id: 'tk.workspace-list.create' })}</button>
      </header>
      ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
      ${this.#list.render({
        items: (items) => this.#renderTable(items),
        empty: () => renderEmpty(
          msg('You are in no workspace yet', { id: 'tk.workspace-list.empty' }),
          msg('Create one, or ask someone to invite you to theirs.', { id: 'tk.workspace-list.empty_hint' }),
        ),
      })}${this.#list.renderFooter()}
    </section>${this.#create.render()}${this.#confirm.render()}`;
  }

  #renderTable(items: readonly Workspace[]): TemplateResult {
    const heading = (column: string, label: string) => html`<th scope="col" part="column-header column-header-${column}">${label}</th>`;
    return html`<table part="table">
      <thead><tr>
        ${heading('name', msg('Workspace', { id: 'tk.workspace-list.column.name' }))}
        ${heading('created', msg('Created', { id: 'tk.workspace-list.column.created' }))}
        ${heading('role', msg('Your role', { id: 'tk.workspace-list.column.role' }))}
        <th scope="col" part="column-header column-header-actions"><span class="visually-hidden">${msg('Actions', { id: 'tk.workspace-list.column.actions' })}</span></th>
      </tr></thead>
      <tbody>${repeat(items, (workspace) => workspace.id, (workspace) => this.#renderRow(workspace))}</tbody>
    </table>`;
  }

  #renderRow(workspace: Workspace): TemplateResult {
    const current = workspace.id === this.currentWorkspaceId;
    const busy = this.#actions.busy(workspace.id) ? 'true' : 'false';
    const owner = workspace.role === 'owner';
    return html`<tr part=${current ? 'row row-current' : 'row'} data-id=${workspace.id}>
      <th scope="row" part="cell cell-name" tabindex="-1">
        <span class="name-cell">${renderWorkspaceAvatar(workspace)}<bdi class="name">${workspace.name}</bdi>
          ${current ? html`<span class="badge accent" part="badge badge-current">${msg('Current', { id: 'tk.workspace-list.current' })}</span>` : nothing}</span>
      </th>
      <td part="cell cell-created" data-label=${msg('Created', { id: 'tk.workspace-list.column.created' })}>
        <time datetime=${workspace.createdAt}>${this.format.date(workspace.createdAt)}</time></td>
      <td part="cell cell-role" data-label=${msg('Your role', { id: 'tk.workspace-list.column.role' })}>${this.#roles.label(workspace)}</td>
      <td part="cell cell-actions" class="actions-cell"><div class="row-actions">
        ${current ? nothing : html`<button type="button" part="action switch" aria-disabled=${busy}
          aria-label=${msg(str`Switch to ${workspace.name}`, { id: 'tk.workspace-list.switch_to' })}
          @click=${() => this.#switch(workspace)}>${msg('Switch', { id: 'tk.workspace-list.switch' })}</button>`}
        ${owner
          ? html`<button type="button" class="danger-outline" part="action delete" aria-disabled=${busy}
              aria-label=${msg(str`Delete ${workspace.name}`, { id: 'tk.workspace-list.delete_named' })}
              @click=${() => void this.#delete(workspace)}>${this.#actions.busyWith(workspace.id) === 'workspace-delete'
                ? msg('Deleting…', { id: 'tk.workspace-list.deleting' }) : msg('Delete', { id: 'tk.workspace-list.delete' })}</button>`
          : html`<button type="button" part="action leave" aria-disabled=${busy}
              aria-label=${msg(str`Leave ${workspace.name}`, { id: 'tk.workspace-list.leave_named' })}
              @click=${() => void this.#leave(workspace)}>${this.#actions.busyWith(workspace.id) === 'workspace-leave'
                ? msg('Leaving…', { id: 'tk.workspace-list.leaving' }) : msg('Leave', { id: 'tk.workspace-list.leave' })}</button>`}
      </div></td>
    </tr>`;
  }

  #switch(workspace: Workspace): void {
    switchWorkspace(this, workspace);
  }

  async #delete(workspace: Workspace): Promise<void> {
    const client = this.api;
    if (!client || this.#actions.busy(workspace.id) || !(await this.#confirm.ask(deletionQuestion(workspace, this.format)))) return;
    await this.#actions.run({
      key: workspace.id,
      before: () => new BeforeWorkspaceDeleteEvent(workspace),
      call: (signal) => client.workspaces.delete(workspace.id, { confirmation: workspace.name }, { signal }),
      after: () => {
        this.#gone(workspace);
        return new WorkspaceDeletedEvent(workspace);
      },
      action: 'workspace-delete',
      success: { announce: msg(str`Deleted ${workspace.name}`, { id: 'tk.workspace-list.deleted' }) },
      failure: msg(str`Couldn't delete ${workspace.name}`, { id: 'tk.workspace-list.delete_failed' }),
      focus: () => this.#focusAfter(workspace),
    });
  }

  async #leave(workspace: Workspace): Promise<void> {
    const client = this.api;
    if (!client || this.#actions.busy(workspace.id) || !(await this.#confirm.ask(leavingQuestion(workspace)))) return;
    await this.#actions.run({
      key: workspace.id,
      before: () => new BeforeWorkspaceLeaveEvent(workspace),
      call: (signal) => client.workspaces.leave(workspace.id, { signal }),
      after: () => {
        this.#gone(workspace);
        return new WorkspaceLeftEvent(workspace);
      },
      action: 'workspace-leave',
      success: { announce: msg(str`You left ${workspace.name}`, { id: 'tk.workspace-list.left' }) },
      failure: msg(str`Couldn't leave ${workspace.name}`, { id: 'tk.workspace-list.leave_failed' }),
      focus: () => this.#focusAfter(workspace),
    });
  }

  /** Takes a deleted or left workspace off the list; if it was current, the first remaining one becomes current. */
  #gone(workspace: Workspace): void {
    const next = this.#list.items.find((each) => each.id !== workspace.id);
    this.#removedAt = this.#list.items.findIndex((each) => each.id === workspace.id);
    this.#list.remove(workspace.id);
    if (workspace.id === this.currentWorkspaceId && next) this.#switch(next);
  }

  /** Where focus goes once a row is gone: the next row, else the previous one, else Create workspace. */
  #focusAfter(workspace: Workspace): HTMLElement | null {
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr')].filter((row) => row.dataset.id !== workspace.id);
    const row = rows[Math.min(this.#removedAt, rows.length - 1)];
    return row?.querySelector<HTMLElement>('th') ?? this.renderRoot.querySelector<HTMLElement>('[part~="create"]');
  }
}
