import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Role, Workspace } from '../../sdk/index.js';
import { canEditRole, grantableRoles } from '../../sdk/roles.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import type { RoleCreate } from '../../sdk/schemas/permissions.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { renderFormError, renderGate, renderNotice, renderTask, type Notice } from '../shared/feedback/index.js';
import { textareaField, textField } from '../shared/fields/index.js';
import { FormController } from '../shared/form-controller.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import type { DeleteRoleDialog } from './role-editor.delete.js';
import { BeforeRoleCreateEvent, BeforeRoleUpdateEvent, RoleCreatedEvent, RoleUpdatedEvent } from './role-editor.events.js';
import type { RoleValues } from './role-editor.matrix.js';
import { loadRoleSetup, roleDescription, sortedPermissions, type PermissionGroup, type RoleSetup } from './role-editor.setup.js';
import { styles } from './role-editor.styles.js';

/** `role-id` for the form of a new custom role. */
const NEW = 'new';
const EMPTY: RoleValues = { name: '', description: '', permissions: [] };

/** The permission catalog by group, and the module that draws it: both arrive with the data. */
interface Catalog {
  groups: readonly PermissionGroup[];
  matrix: RoleSetup['matrix'];
}

/** An id attribute from an opaque role id. */
const idOf = (roleId: string) => roleId.replace(/[^\w-]/g, '_');

/**
 * The workspace's roles and what each may do. Built-in roles (owner, admin, member, viewer) show their permissions
 * read-only; custom roles are written as a permission matrix from the API's catalog, grouped, each permission
 * described. Nobody gives more than they have: permissions the editor lacks are unavailable, with the reason, and a
 * role holding any of them is read-only to them. Saving sends the version the editor read (a 412 keeps every edit
 * and offers "Reload and merge"); deleting a role still in use asks which role its members, pending invitations and
 * auto-join domains get instead, and says how many move.
 *
 * Everyone in the workspace may read its roles. Changing them needs `roles:manage`; without it, or on the Free plan
 * (custom roles need Pro), "Create role" is unavailable and the reason shows before anyone starts.
 *
 * @summary Built-in and custom roles, and the permissions each holds.
 *
 * @fires {BeforeRoleCreateEvent} tk-before-role-create - Cancelable. A custom role is about to be created: `event.workspaceId`, `event.input`.
 * @fires {RoleCreatedEvent} tk-role-created - A custom role was created: `event.role`.
 * @fires {BeforeRoleUpdateEvent} tk-before-role-update - Cancelable. A custom role is about to be saved: `event.role`, `event.patch`.
 * @fires {RoleUpdatedEvent} tk-role-updated - A custom role was saved: `event.role`.
 * @fires {BeforeRoleDeleteEvent} tk-before-role-delete - Cancelable. A custom role is about to be deleted: `event.role`, `event.reassignTo`.
 * @fires {RoleDeletedEvent} tk-role-deleted - A custom role was deleted: `event.role`, `event.deletion` (where its holders went, how many moved).
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed: `event.error`, `event.action` (`load`, `reload`,
 *   `role-create`, `role-update`, `role-delete`).
 *
 * @slot heading - Replaces the "Roles" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row with "Create role".
 * @csspart title - The default heading.
 * @csspart create - The "Create role" button.
 * @csspart notice - What just happened, or why creating roles is unavailable (with `success`, `info`, `danger`).
 * @csspart dismiss - A notice's Dismiss button.
 * @csspart list - The roles.
 * @csspart item - One role.
 * @csspart toggle - A role's name, as the button that opens or closes its panel.
 * @csspart badge - Built-in or custom, and whether a permission is included: also `badge-built-in`, `badge-custom`,
 *   `badge-included`, `badge-excluded`, `badge-unavailable`.
 * @csspart description - A role's description.
 * @csspart panel - The open role's permissions or form.
 * @csspart permissions - A role's permissions, read-only.
 * @csspart permission-group - One catalog group in that list; `matrix-group` in the form.
 * @csspart permission - One permission: also `permission-included`, `permission-excluded`, `permission-unavailable`.
 * @csspart form - A custom role's form.
 * @csspart field - A field's wrapper (also `field-name`, `field-description`, `field-permissions`, `field-reassign`).
 * @csspart label - Field labels.
 * @csspart hint - Field hints and permission descriptions.
 * @csspart counter - A field's character count.
 * @csspart field-error - A field's error.
 * @csspart input - Each control (also `checkbox`, `textarea`, `select`).
 * @csspart form-error - A failure that belongs to no field, with Try again when it may help.
 * @csspart footer - The form's outcome, dirty summary and buttons.
 * @csspart dirty-status - "No changes to save" / "Unsaved changes: …".
 * @csspart actions - A row of buttons.
 * @csspart submit - Save, or "Create role".
 * @csspart cancel - Cancel (back to the saved role, or no new role).
 * @csspart reload - "Reload and merge", after someone else changed the role.
 * @csspart retry - Try again.
 * @csspart delete-zone - Under a custom role's form: its Delete button.
 * @csspart delete - A custom role's Delete button.
 * @csspart dialog - The delete dialog; `dialog-title` its heading, `confirm-accept` its Delete button.
 * @csspart state - Loading and error panels (also `loading`, `error`).
 *
 * @cssprop [--tk-role-editor-gap=var(--tk-space-3)] - Space between roles.
 * @cssprop [--tk-role-editor-panel-background=var(--tk-color-surface)] - Background of an open role's panel.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <role-editor></role-editor>
 * </teamkit-provider>
 * <script type="module">
 *   document.querySelector('role-editor').addEventListener('tk-role-deleted', (event) =>
 *     console.log(`${event.deletion.members} members now have ${event.deletion.reassignedTo}`));
 * </script>
 * ```
 */
export class RoleEditor extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** The role whose panel is open (`admin`, a custom role's id), or `new` for a new custom role's form. Follows the reader. */
  @property({ attribute: 'role-id', reflect: true }) accessor roleId: string | undefined = undefined;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #actions = new ActionController(this);
  /** The roles as shown: each load's, with what was created, saved and deleted here since. */
  #roles: readonly Role[] = [];
  #focusName = false;

  readonly #setup = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId] as const,
    task: async ([client, workspaceId], { signal }) => (client && workspaceId ? loadRoleSetup(client, workspaceId, signal) : initialState),
    onComplete: (setup) => { this.#roles = setup.roles; },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #form = new FormController<typeof RoleCreate, RoleValues, Role>(this, () => this.#setup.value?.schema, EMPTY, {
    toValues: (role) => ({ name: role.name, description: role.description, permissions: sortedPermissions(role.permissions) }),
    reload: ({ signal }) => this.#read(signal),
    onError: (error, during) => this.reportError(error, during === 'save' ? 'role-update' : 'reload'),
    messages: () => ({ saved: msg('Role saved', { id: 'tk.role-editor.saved' }) }),
  });

  /** The open custom role with its version, when the reader may change it. */
  readonly #detail = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#editable()?.id] as const,
    task: async ([client, workspaceId, roleId], { signal }) => (client && workspaceId && roleId
      ? client.roles.get(workspaceId, roleId, { signal }) : initialState),
    onComplete: (role) => this.#form.load(role),
    onError: (error) => this.reportError(error, 'load'),
  });

  /** The delete dialog loads with its first use, not in the element's entry. */
  #delete: DeleteRoleDialog | undefined;

  /** Reads the roles again, e.g. after members' roles changed elsewhere on the page. */
  async refresh(): Promise<void> {
    this.#actions.dismiss();
    await this.#setup.run();
  }

  async #openDelete(role: Role): Promise<void> {
    const { DeleteRoleDialog } = await import('./role-editor.delete.js');
    this.#delete ??= new DeleteRoleDialog(this, {
      client: () => this.api,
      workspaceId: () => this.currentWorkspaceId,
      grantable: () => (this.#permissions.membership ? grantableRoles(this.#permissions.membership, this.#roles) : []),
      roles: () => this.#roles,
      etag: () => this.#form.etag,
      actions: this.#actions,
      deleted: (gone, deletion) => {
        this.#roles = this.#roles.filter((other) => other.id !== gone.id).map((other) => (other.id === deletion.reassignedTo
          ? { ...other, memberCount: other.memberCount + deletion.members } : other));
        this.roleId = undefined;
      },
      stale: () => void this.#detail.run(),
      reportError: (error) => this.reportError(error, 'load'),
      focusAfter: () => this.renderRoot.querySelector<HTMLElement>('[part~="create"]'),
    });
    await this.#delete.open(role);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roleId') && this.roleId === NEW) {
      this.#form.reset(EMPTY);
      this.#focusName = true;
    }
  }

  protected override updated(): void {
    if (!this.#focusName) return;
    const name = this.renderRoot.querySelector<HTMLInputElement>('[part~="item"][data-id="new"] input[name="name"]');
    if (!name) return;
    this.#focusName = false;
    name.focus();
  }

  #read(signal: AbortSignal) {
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    const roleId = this.#editable()?.id;
    if (!client || !workspaceId || !roleId) return Promise.reject(new Error('No role to read'));
    return client.roles.get(workspaceId, roleId, { signal });
  }

  #open(): Role | undefined {
    return this.#roles.find((role) => role.id === this.roleId);
  }

  /** The open role, when it is a custom one the reader may write. */
  #editable(): Role | undefined {
    const role = this.#open();
    return role && this.#editReason(role) === undefined ? role : undefined;
  }

  /** Why the reader cannot write `role`, or undefined when they can. */
  #editReason(role: Role): Notice | undefined {
    if (role.builtIn) {
      return { tone: 'info', title: msg("Built-in roles can't be changed", { id: 'tk.role-editor.built_in' }),
        detail: msg('They are the same in every workspace. Create a custom role for another set of permissions.', { id: 'tk.role-editor.built_in_detail' }) };
    }
    const membership = this.#permissions.membership;
    if (!membership || !this.#permissions.can('roles:manage')) {
      return { tone: 'info', title: msg("You can't change roles", { id: 'tk.role-editor.denied' }), detail: this.#permissions.deniedReason() };
    }
    if (canEditRole(membership, role.permissions, role.permissions)) return undefined;
    const lacking = role.permissions.filter((key) => !membership.permissions.includes(key));
    const setup = this.#setup.value;
    const entries = setup ? setup.matrix.groupCatalog(setup.catalog).flatMap((group) => group.entries) : [];
    const names = lacking.map((key) => entries.find((entry) => entry.key === key)?.label ?? key);
    return { tone: 'info', title: msg("You can't change this role", { id: 'tk.role-editor.above_you' }),
      detail: msg(str`It has permissions you don't have (${this.format.list(names)}), so only someone who has them can change or delete it.`, { id: 'tk.role-editor.above_you_detail' }) };
  }

  /** Why "Create role" is unavailable, or undefined when it is there to use. */
  #createBlocked(workspace: Workspace): Notice | undefined {
    if (!this.#permissions.can('roles:manage')) {
      return { tone: 'info', title: msg("You can't create or change roles", { id: 'tk.role-editor.create_denied' }), detail: this.#permissions.deniedReason() };
    }
    if (workspace.plan !== 'free') return undefined;
    return { tone: 'info', title: msg('Custom roles are part of the Pro plan', { id: 'tk.role-editor.plan' }),
      detail: msg('This workspace is on the Free plan. Upgrade it to create roles of your own; the built-in roles work on every plan.', { id: 'tk.role-editor.plan_detail' }) };
  }

  #toggle(roleId: string): void {
    this.roleId = this.roleId === roleId ? undefined : roleId;
  }

  #toggleButton(roleId: string | undefined): HTMLElement | null {
    return roleId === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`#toggle-${idOf(roleId)}`);
  }

  async #create(event?: Event): Promise<void> {
    event?.preventDefault();
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (!client || !workspaceId || this.#actions.busy('create')) return;
    await this.#form.submit(async (input) => {
      await this.#actions.run({
        key: 'create',
        before: () => new BeforeRoleCreateEvent(workspaceId, input),
        call: (signal) => client.roles.create(workspaceId, input, { signal }),
        after: (role) => {
          const builtIn = this.#roles.filter((other) => other.builtIn);
          const custom = [...this.#roles.filter((other) => !other.builtIn), role].sort((a, b) => a.name.localeCompare(b.name));
          this.#roles = [...builtIn, ...custom];
          this.roleId = role.id;
          return new RoleCreatedEvent(role);
        },
        action: 'role-create',
        success: (role) => ({ announce: msg(str`Role ${role.name} created`, { id: 'tk.role-editor.created' }) }),
        focus: () => this.#toggleButton(this.roleId),
      });
    });
  }

  /** No new role after all: the form goes, and focus back to the button that opened it. */
  async #cancelCreate(): Promise<void> {
    this.roleId = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="create"]')?.focus();
  }

  async #save(event: Event, role: Role): Promise<void> {
    event.preventDefault();
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (!client || !workspaceId) return;
    const saved = await this.#form.save(async (patch, ifMatch) => (this.emit(new BeforeRoleUpdateEvent(role, patch))
      ? client.roles.update(workspaceId, role.id, patch, { ifMatch })
      : undefined));
    if (!saved) return;
    this.#roles = this.#roles.map((other) => (other.id === saved.id ? saved : other));
    this.requestUpdate();
    this.emit(new RoleUpdatedEvent(saved));
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const setup = this.#setup.value;
    const blocked = setup && this.#createBlocked(setup.workspace);
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Roles', { id: 'tk.role-editor.title' })}</h2></slot></div>
        ${setup && this.#permissions.membership ? html`<button type="button" class="primary" part="create"
          aria-disabled=${blocked || this.roleId === NEW ? 'true' : 'false'} aria-describedby=${blocked ? 'create-reason' : nothing}
          @click=${() => { if (!blocked) this.roleId = NEW; }}>${msg('Create role', { id: 'tk.role-editor.create' })}</button>` : nothing}
      </header>
      ${renderGate(this.#permissions) ?? html`${blocked ? html`<div id="create-reason">${renderNotice(blocked)}</div>` : nothing}
        ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
        ${renderTask(this.#setup, { complete: (loaded) => this.#renderList(loaded) })}`}
      ${this.#delete?.render()}
    </section>`;
  }

  #renderList(setup: RoleSetup): TemplateResult {
    const catalog: Catalog = { groups: setup.matrix.groupCatalog(setup.catalog), matrix: setup.matrix };
    return html`<ul class="roles" part="list">
      ${this.roleId === NEW && !this.#createBlocked(setup.workspace) ? this.#renderNew(catalog) : nothing}
      ${repeat(this.#roles, (role) => role.id, (role) => this.#renderRole(role, catalog))}
    </ul>`;
  }

  #renderNew(catalog: Catalog): TemplateResult {
    return html`<li class="role open" part="item" data-id=${NEW}>
      <h3 id="new-heading" class="role-heading new-heading">${msg('New custom role', { id: 'tk.role-editor.new' })}</h3>
      <div class="panel" part="panel" role="region" aria-labelledby="new-heading">${this.#renderForm(catalog, undefined)}</div>
    </li>`;
  }

  #renderRole(role: Role, catalog: Catalog): TemplateResult {
    const open = this.roleId === role.id;
    const id = idOf(role.id);
    const count = this.format.number(role.memberCount);
    const description = roleDescription(role);
    return html`<li class="role ${open ? 'open' : ''}" part="item" data-id=${role.id}>
      <h3 class="role-heading">
        <button type="button" class="toggle" part="toggle" id="toggle-${id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel-${id}"
          @click=${() => this.#toggle(role.id)}>
          <span class="chevron" aria-hidden="true"></span>
          <bdi class="role-name">${roleLabel(role.id, this.#roles)}</bdi>
          <span class="badge ${role.builtIn ? '' : 'accent'}" part="badge badge-${role.builtIn ? 'built-in' : 'custom'}">${role.builtIn
            ? msg('Built-in', { id: 'tk.role-editor.badge_built_in' }) : msg('Custom', { id: 'tk.role-editor.badge_custom' })}</span>
          <span class="count">${this.format.plural(role.memberCount) === 'one'
            ? msg(str`${count} member`, { id: 'tk.role-editor.members_one' }) : msg(str`${count} members`, { id: 'tk.role-editor.members' })}</span>
        </button>
      </h3>
      ${description ? html`<p class="role-description" part="description">${description}</p>` : nothing}
      <div class="panel" part="panel" id="panel-${id}" role="region" aria-labelledby="toggle-${id}" ?hidden=${!open}>
        ${open ? this.#renderPanel(role, catalog) : nothing}
      </div>
    </li>`;
  }

  #renderPanel(role: Role, catalog: Catalog): unknown {
    const reason = this.#editReason(role);
    if (reason) return html`${renderNotice(reason)}${catalog.matrix.renderPermissionList(catalog.groups, role.permissions)}`;
    return renderTask(this.#detail, { complete: () => this.#renderForm(catalog, role) });
  }

  /** A custom role's form: `role` to edit it, undefined to create one. */
  #renderForm({ groups, matrix }: Catalog, role: Role | undefined): TemplateResult {
    const form = this.#form;
    const held = new Set(this.#permissions.membership?.permissions ?? []);
    return html`<form part="form" novalidate @submit=${(event: Event) => void (role ? this.#save(event, role) : this.#create(event))}>
      ${textField(form, { name: 'name', label: msg('Name', { id: 'tk.role-editor.name' }), maxlength: TEXT_LIMITS.roleName, autocomplete: 'off', required: true })}
      ${textareaField(form, { name: 'description', label: msg('Description (optional)', { id: 'tk.role-editor.description' }), maxlength: TEXT_LIMITS.roleDescription, rows: 2 })}
      ${matrix.renderPermissionMatrix(form, groups, { held })}
      ${role ? form.renderFooter() : this.#renderCreateFooter()}
    </form>
    ${role ? html`<div class="delete-zone" part="delete-zone">
      <p class="hint">${msg('Deleting a role asks which role its members get instead.', { id: 'tk.role-editor.delete_hint' })}</p>
      <button type="button" class="danger" part="delete" @click=${() => void this.#openDelete(role)}>${msg('Delete role', { id: 'tk.role-editor.delete' })}</button>
    </div>` : nothing}`;
  }

  #renderCreateFooter(): TemplateResult {
    const busy = this.#actions.busy('create');
    return html`<div class="form-footer" part="footer">
      ${renderFormError(this.#form.formError, { retry: () => void this.#create() })}
      <div class="actions" part="actions">
        <button type="button" part="cancel" @click=${() => void this.#cancelCreate()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="submit" class="primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy
          ? msg('Creating…', { id: 'tk.role-editor.creating' }) : msg('Create role', { id: 'tk.role-editor.create' })}</button>
      </div>
    </div>`;
  }
}
