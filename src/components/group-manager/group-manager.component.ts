import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Group } from '../../sdk/index.js';
import type { GroupCreate } from '../../sdk/schemas/groups.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderEmpty, renderFormError, renderGate, renderNotice } from '../shared/feedback/index.js';
import { textField } from '../shared/fields/index.js';
import { FormController } from '../shared/form-controller.js';
import { roleLabel } from '../shared/labels.js';
import { memberPickerStyles } from '../shared/member-picker/member-picker.styles.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { BeforeGroupCreateEvent, BeforeGroupDeleteEvent, GroupCreatedEvent, GroupDeletedEvent } from './group-manager.events.js';
import type { GroupMembersDialog } from './group-manager.members.js';
import type { RenameGroupDialog } from './group-manager.rename.js';
import { deleteReason, loadGroupRights } from './group-manager.rights.js';
import { styles } from './group-manager.styles.js';

const idOf = (groupId: string) => groupId.replace(/[^\w-]/g, '_');

/**
 * The workspace's groups: named sets of members, for giving several people access at once. Create, rename (with
 * the version read: a 412 keeps the new name and offers "Reload and merge") and delete groups, and choose who is in
 * each through a search over the workspace's members, sent in one step with an outcome per member.
 *
 * Everyone in the workspace sees its groups and who is in them. Changing them needs `groups:manage`, and changing
 * someone's groups the role rule too: only the owner changes the owner's groups, nobody those of someone with more
 * rights. So a group holding such a person cannot be deleted by the reader; its Delete says why before the click.
 *
 * @summary Groups of members: create, rename, delete, and who is in each.
 *
 * @fires {BeforeGroupCreateEvent} tk-before-group-create - Cancelable. A group is about to be created: `event.workspaceId`, `event.input`.
 * @fires {GroupCreatedEvent} tk-group-created - A group was created: `event.group`.
 * @fires {BeforeGroupRenameEvent} tk-before-group-rename - Cancelable. A group is about to be renamed: `event.group`, `event.name`.
 * @fires {GroupRenamedEvent} tk-group-renamed - A group was renamed: `event.group`.
 * @fires {BeforeGroupDeleteEvent} tk-before-group-delete - Cancelable. A confirmed deletion is about to be sent: `event.group`.
 * @fires {GroupDeletedEvent} tk-group-deleted - A group was deleted: `event.group`.
 * @fires {BeforeGroupMembersChangeEvent} tk-before-group-members-change - Cancelable. Members are about to be added and removed: `event.group`, `event.change`.
 * @fires {GroupMembersChangedEvent} tk-group-members-changed - Who is in a group changed: `event.group`, `event.results` (one per member).
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed: `event.error`, `event.action` (`load`, `load-more`, `reload`,
 *   `group-create`, `group-rename`, `group-delete`, `group-members-change`, `members-search`).
 *
 * @slot heading - Replaces the "Groups" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row.
 * @csspart title - The default heading.
 * @csspart form - The new group's form, and the rename form.
 * @csspart field - A field's wrapper (also `field-name`); `label`, `hint`, `counter`, `field-error`, `input` inside it.
 * @csspart submit - "Create group", "Rename", and the members dialog's "Save changes".
 * @csspart form-error - A failure that belongs to no field, with Try again when it may help.
 * @csspart notice - What just happened, or why the reader cannot change groups (with `success`, `warning`, `info`, `danger`).
 * @csspart dismiss - A notice's Dismiss button.
 * @csspart list - The groups.
 * @csspart item - One group.
 * @csspart name - A group's name.
 * @csspart count - How many are in a group.
 * @csspart actions - A row of buttons: a group's, a dialog's.
 * @csspart action - A group's or a member's button: also `members`, `rename`, `delete`, `remove`, `undo`.
 * @csspart reason - Why a group's Delete is unavailable.
 * @csspart footer - Under the list while more groups can load (also the rename form's footer).
 * @csspart load-more - The "Load more" button.
 * @csspart total - "Showing 25 of 60".
 * @csspart dialog - The members and rename dialogs; `dialog-title` their headings, `close` their × buttons.
 * @csspart picker - The member search; `picker-input`, `picker-list`, `picker-option`, `picker-status` inside it.
 * @csspart pending - The people picked to add.
 * @csspart members - A group's members in the dialog; `member` one of them (also `member-adding`, `member-removing`).
 * @csspart avatar - A member's initials.
 * @csspart badge - "Will be removed" (`badge-removing`).
 * @csspart dirty-status - What Save would change.
 * @csspart confirm-dialog - The delete confirmation; its buttons are `confirm-cancel` and `confirm-accept`.
 * @csspart state - Loading, empty, error and denied panels (also `loading`, `empty`, `error`, `denied`).
 * @csspart retry - The "Try again" button of an error panel.
 *
 * @cssprop [--tk-group-manager-gap=var(--tk-space-2)] - Space between groups.
 * @cssprop [--tk-group-manager-dialog-width=560px] - The members dialog's width (capped at 92vw).
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <group-manager></group-manager>
 *   <team-table></team-table>
 * </teamkit-provider>
 * <script type="module">
 *   // Groups show by name in the member table: refresh it when they change.
 *   const table = document.querySelector('team-table');
 *   for (const type of ['tk-group-created', 'tk-group-renamed', 'tk-group-deleted', 'tk-group-members-changed']) {
 *     document.querySelector('group-manager').addEventListener(type, () => table.refresh());
 *   }
 * </script>
 * ```
 */
export class GroupManager extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, memberPickerStyles, styles];

  /** How many groups to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 50;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #actions = new ActionController(this);

  readonly #form = new FormController<typeof GroupCreate, { name: string }>(this, () => this.#schemas.value?.GroupCreate, { name: '' });

  readonly #list = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#limit] as const,
    load: ([client, workspaceId, limit], cursor, signal) => (client && workspaceId
      ? client.groups.list(workspaceId, { cursor, limit }, { signal }) : undefined),
    focusItem: (id) => this.#itemButton(id),
  });

  /** The group schemas (and zod) load for those who may write groups, not in the element's entry. */
  readonly #schemas = new Task(this, {
    args: () => [this.#mayManage] as const,
    task: async ([mayManage]) => (mayManage ? import('../../sdk/schemas/groups.js') : initialState),
  });

  /** Whose groups the reader may change, and which groups they may not delete, known before any click. */
  readonly #rights = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#mayManage ? this.#permissions.membership : undefined] as const,
    task: async ([client, workspaceId, reader], { signal }) => (client && workspaceId && reader
      ? loadGroupRights(client, workspaceId, reader, signal) : initialState),
    // Without them the server still refuses what it must, and says why.
    onError: (error) => this.reportError(error, 'load'),
  });

  /** Custom roles' names, for the members dialog. */
  readonly #roles = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#permissions.membership !== undefined] as const,
    task: async ([client, workspaceId, known], { signal }) => (client && workspaceId && known
      ? client.roles.list(workspaceId, { signal }).catch(() => []) : []),
  });

  // The dialogs and the delete confirmation load with their first use, not in the element's entry.
  #confirm: ConfirmController | undefined;
  #members: GroupMembersDialog | undefined;
  #rename: RenameGroupDialog | undefined;

  /** Reloads the groups from the first page. */
  async refresh(): Promise<void> {
    this.#actions.dismiss();
    await this.#list.refresh();
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 50);
  }

  get #mayManage(): boolean {
    return this.#permissions.task.status === TaskStatus.COMPLETE && this.#permissions.can('groups:manage');
  }

  #itemButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#group-${idOf(id)} [part~="members"]`);
  }

  #replace(group: Group): void {
    this.#list.replace(group.id, group);
    this.#members?.update(group);
  }

  async #openMembers(group: Group): Promise<void> {
    const { GroupMembersDialog } = await import('./group-manager.members.js');
    this.#members ??= new GroupMembersDialog(this, {
      client: () => this.api,
      workspaceId: () => this.currentWorkspaceId,
      reader: () => this.#permissions.membership,
      deniedReason: () => (this.#mayManage ? undefined : this.#permissions.deniedReason()),
      rights: () => this.#rights.value,
      roleName: (roleId) => roleLabel(roleId, this.#roles.value),
      changed: (changed) => this.#replace(changed),
      reportSearchError: (error) => this.reportError(error, 'members-search'),
    });
    await this.#members.open(group);
  }

  async #openRename(group: Group): Promise<void> {
    const { RenameGroupDialog } = await import('./group-manager.rename.js');
    this.#rename ??= new RenameGroupDialog(this, {
      client: () => this.api,
      workspaceId: () => this.currentWorkspaceId,
      schema: () => this.#schemas.value?.GroupUpdate,
      renamed: (renamed) => this.#replace(renamed),
      reportError: (error, action) => this.reportError(error, action),
    });
    await this.#rename.open(group);
  }

  async #create(event?: Event): Promise<void> {
    event?.preventDefault();
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (!client || !workspaceId || this.#actions.busy('create')) return;
    let created: Group | undefined;
    await this.#form.submit(async (input) => {
      created = await this.#actions.run({
        key: 'create',
        before: () => new BeforeGroupCreateEvent(workspaceId, input),
        call: (signal) => client.groups.create(workspaceId, input, { signal }),
        after: (group) => {
          const at = this.#list.items.findIndex((other) => other.name.localeCompare(group.name, undefined, { sensitivity: 'base' }) > 0);
          this.#list.insert(group, at < 0 ? this.#list.items.length : at);
          return new GroupCreatedEvent(group);
        },
        action: 'group-create',
        success: (group) => ({ announce: msg(str`Group ${group.name} created`, { id: 'tk.group-manager.created' }) }),
      });
    });
    // Ready for the next one; after a failure what was typed stays.
    if (created) this.#form.reset({ name: '' });
  }

  async #delete(group: Group): Promise<void> {
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (!client || !workspaceId || this.#actions.busy(group.id)) return;
    const count = this.format.number(group.memberCount);
    const { ConfirmController } = await import('../shared/confirm-controller.js');
    this.#confirm ??= new ConfirmController(this);
    const confirmed = await this.#confirm.ask({
      title: msg(str`Delete the group ${group.name}?`, { id: 'tk.group-manager.delete_title' }),
      message: group.memberCount
        ? msg(str`Its ${count} members lose the group; they stay in the workspace with their roles.`, { id: 'tk.group-manager.delete_message' })
        : msg('Nobody is in it.', { id: 'tk.group-manager.delete_empty' }),
      confirmLabel: msg('Delete group', { id: 'tk.group-manager.delete_confirm' }),
      danger: true,
    });
    if (!confirmed) return;
    const next = this.#list.items[this.#list.items.indexOf(group) + 1] ?? this.#list.items[this.#list.items.indexOf(group) - 1];
    await this.#actions.run({
      key: group.id,
      before: () => new BeforeGroupDeleteEvent(group),
      call: (signal) => this.#list.optimistic(this.#list.remove(group.id), client.groups.delete(workspaceId, group.id, { signal })),
      after: () => new GroupDeletedEvent(group),
      action: 'group-delete',
      success: { announce: msg(str`Group ${group.name} deleted`, { id: 'tk.group-manager.deleted' }) },
      failure: msg(str`Couldn't delete the group ${group.name}`, { id: 'tk.group-manager.delete_failed' }),
      focus: () => (next ? this.#itemButton(next.id) : this.renderRoot.querySelector<HTMLElement>('input[name="name"]')),
    });
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Groups', { id: 'tk.group-manager.title' })}</h2></slot></div>
      </header>
      ${renderGate(this.#permissions) ?? html`${this.#mayManage ? this.#renderCreate() : renderNotice({
        tone: 'info', title: msg("You can't change groups", { id: 'tk.group-manager.denied' }), detail: this.#permissions.deniedReason(),
      })}
        ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
        ${this.#list.render({
          items: (groups) => html`<ul class="groups" part="list">${repeat(groups, (group) => group.id, (group) => this.#renderGroup(group))}</ul>`,
          empty: () => renderEmpty(
            msg('No groups yet', { id: 'tk.group-manager.empty' }),
            msg('Groups bring members together, to give them access at once.', { id: 'tk.group-manager.empty_hint' }),
          ),
        })}
        ${this.#list.renderFooter()}`}
      ${this.#members?.render()}${this.#rename?.render()}${this.#confirm?.render()}
    </section>`;
  }

  #renderCreate(): TemplateResult {
    const busy = this.#actions.busy('create');
    return html`<form class="create" part="form" novalidate @submit=${(event: Event) => void this.#create(event)}>
      ${textField(this.#form, {
        name: 'name', label: msg('New group', { id: 'tk.group-manager.new' }), maxlength: TEXT_LIMITS.groupName, autocomplete: 'off',
        hint: msg('A name such as Support or Berlin office.', { id: 'tk.group-manager.new_hint' }),
      })}
      <button type="submit" class="primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy
        ? msg('Creating…', { id: 'tk.group-manager.creating' }) : msg('Create group', { id: 'tk.group-manager.create' })}</button>
      ${renderFormError(this.#form.formError, { retry: () => void this.#create() })}
    </form>`;
  }

  #renderGroup(group: Group): TemplateResult {
    const id = `group-${idOf(group.id)}`;
    const count = this.format.number(group.memberCount);
    const busy = this.#actions.busy(group.id);
    const blocked = this.#mayManage ? deleteReason(this.#rights.value?.blocked.get(group.id)) : undefined;
    return html`<li id=${id} class="group" part="item">
      <div class="group-text">
        <h3 class="group-name" part="name"><bdi>${group.name}</bdi></h3>
        <span class="count" part="count">${this.format.plural(group.memberCount) === 'one'
          ? msg(str`${count} member`, { id: 'tk.group-manager.members_one' }) : msg(str`${count} members`, { id: 'tk.group-manager.members' })}</span>
      </div>
      <div class="row-actions" part="actions">
        <button type="button" part="action members" aria-label=${msg(str`Members of ${group.name}`, { id: 'tk.group-manager.members_label' })}
          @click=${() => void this.#openMembers(group)}>${msg('Members', { id: 'tk.group-manager.members_button' })}</button>
        ${this.#mayManage ? html`<button type="button" part="action rename" aria-label=${msg(str`Rename ${group.name}`, { id: 'tk.group-manager.rename_label' })}
            @click=${() => void this.#openRename(group)}>${msg('Rename', { id: 'tk.group-manager.rename' })}</button>
          <button type="button" class="danger-text" part="action delete" aria-label=${msg(str`Delete ${group.name}`, { id: 'tk.group-manager.delete_label' })}
            aria-disabled=${blocked || busy ? 'true' : 'false'} aria-describedby=${blocked ? `${id}-reason` : nothing}
            @click=${() => { if (!blocked) void this.#delete(group); }}>${busy
              ? msg('Deleting…', { id: 'tk.group-manager.deleting' }) : msg('Delete', { id: 'tk.group-manager.delete' })}</button>` : nothing}
      </div>
      ${blocked ? html`<p id="${id}-reason" class="reason" part="reason">${blocked}</p>` : nothing}
    </li>`;
  }
}
