import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { isConflictError, isPreconditionFailedError } from '../../sdk/errors/kinds.js';
import type { Client, Role, RoleDeletion, RoleUsage } from '../../sdk/index.js';
import type { ActionController } from '../shared/controllers/action-controller.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { renderFormError, renderTask } from '../shared/feedback/index.js';
import { selectValue } from '../shared/fields/index.js';
import { roleLabel } from '../shared/labels.js';
import { BeforeRoleDeleteEvent, RoleDeletedEvent } from './role-editor.events.js';

/** What the delete dialog needs of its editor. */
export interface DeleteRoleContext {
  client(): Client | undefined;
  workspaceId(): string | undefined;
  /** The roles the reader may give, for the role the holders get instead. */
  grantable(): readonly Role[];
  /** All roles, to name them. */
  roles(): readonly Role[];
  /** The version the reader sees, sent as `If-Match`. */
  etag(): string | null;
  actions: ActionController;
  /** The role is gone: take it out of the list. */
  deleted(role: Role, deletion: RoleDeletion): void;
  /** The role changed elsewhere meanwhile: read it again. */
  stale(): void;
  /** A read of the role's usage failed. */
  reportError(error: unknown): void;
  /** Where focus goes once the role and its Delete button are gone. */
  focusAfter(): HTMLElement | null | undefined;
}

/**
 * Deleting a custom role: a dialog that first reads what the role is used by (`roles.usage`), then either asks
 * to confirm (nobody has it) or which role its members, pending invitations and auto-join domains get instead,
 * saying how many of each move. The deletion sends the version the reader saw.
 */
export class DeleteRoleDialog {
  readonly #dialog: DialogController;
  #role: Role | undefined;
  #reassignTo = '';
  #error: unknown;
  readonly #usage: Task<[Client | undefined, string | undefined, Role | undefined], RoleUsage | undefined>;

  constructor(private readonly host: TeamkitHost, private readonly context: DeleteRoleContext) {
    this.#dialog = new DialogController(host, {
      id: 'delete-role',
      canClose: () => !context.actions.busy('delete'),
      fallbackFocus: () => context.focusAfter(),
      onClose: () => { this.#role = undefined; },
    });
    this.#usage = new Task(host, {
      args: () => [context.client(), context.workspaceId(), this.#role] as const,
      task: async ([client, workspaceId, role], { signal }) => (client && workspaceId && role
        ? client.roles.usage(workspaceId, role.id, { signal }) : undefined),
      onError: (error) => context.reportError(error),
    });
  }

  /** Asks about deleting `role`; resolves once the dialog has closed. */
  async open(role: Role): Promise<void> {
    this.#role = role;
    this.#error = undefined;
    const choices = this.#choices();
    this.#reassignTo = choices.find((choice) => choice.id === 'member')?.id ?? choices[0]?.id ?? '';
    await this.#dialog.showModal();
  }

  #choices(): readonly Role[] {
    return this.context.grantable().filter((role) => role.id !== this.#role?.id);
  }

  async #delete(role: Role, usage: RoleUsage): Promise<void> {
    const client = this.context.client();
    const workspaceId = this.context.workspaceId();
    if (!client || !workspaceId) return;
    const inUse = usage.members + usage.invitations + usage.domains > 0;
    const reassignTo = inUse ? this.#reassignTo : undefined;
    this.#error = undefined;
    try {
      await this.context.actions.run({
        key: 'delete',
        before: () => new BeforeRoleDeleteEvent(role, reassignTo),
        call: (signal) => client.roles.delete(workspaceId, role.id, reassignTo ? { reassignTo } : {}, { ifMatch: this.context.etag(), signal }),
        after: (deletion) => {
          this.context.deleted(role, deletion);
          void this.#dialog.hide();
          return new RoleDeletedEvent(role, deletion);
        },
        action: 'role-delete',
        success: (deletion) => ({ announce: this.#deletedText(role, deletion) }),
        focus: () => this.context.focusAfter(),
      });
    } catch (error) {
      this.#error = error;
      // Someone gave the role out meanwhile: read its usage again, so that the dialog asks where they go.
      if (isConflictError(error)) void this.#usage.run();
      if (isPreconditionFailedError(error)) this.context.stale();
      this.host.requestUpdate();
    }
  }

  #deletedText(role: Role, deletion: RoleDeletion): string {
    const deleted = msg(str`Role ${role.name} deleted`, { id: 'tk.role-editor.deleted' });
    if (deletion.reassignedTo === null) return deleted;
    const moved = this.#movedText(deletion);
    const target = roleLabel(deletion.reassignedTo, this.context.roles());
    return `${deleted}. ${msg(str`${moved} moved to ${target}.`, { id: 'tk.role-editor.deleted_moved' })}`;
  }

  /** "3 members, 1 pending invitation and 1 auto-join domain": what moves, naming only what there is. */
  #movedText(usage: RoleUsage): string {
    const { format } = this.host;
    const count = (n: number, one: (count: string) => string, other: (count: string) => string) =>
      (format.plural(n) === 'one' ? one(format.number(n)) : other(format.number(n)));
    return format.list([
      usage.members ? count(usage.members, (n) => msg(str`${n} member`, { id: 'tk.role-editor.usage.members_one' }),
        (n) => msg(str`${n} members`, { id: 'tk.role-editor.usage.members' })) : '',
      usage.invitations ? count(usage.invitations, (n) => msg(str`${n} pending invitation`, { id: 'tk.role-editor.usage.invitations_one' }),
        (n) => msg(str`${n} pending invitations`, { id: 'tk.role-editor.usage.invitations' })) : '',
      usage.domains ? count(usage.domains, (n) => msg(str`${n} auto-join domain`, { id: 'tk.role-editor.usage.domains_one' }),
        (n) => msg(str`${n} auto-join domains`, { id: 'tk.role-editor.usage.domains' })) : '',
    ].filter(Boolean));
  }

  render(): TemplateResult {
    const dialog = this.#dialog;
    const role = this.#role;
    return html`<dialog id=${dialog.id} part="dialog" aria-labelledby=${dialog.titleId} aria-describedby=${dialog.descriptionId}>
      ${dialog.open && role ? html`<h2 id=${dialog.titleId} part="dialog-title">${msg(str`Delete the role ${role.name}?`, { id: 'tk.role-editor.delete_title' })}</h2>
        ${renderTask(this.#usage, { complete: (usage) => (usage ? this.#renderBody(role, usage) : nothing) })}
        ${this.#usage.value ? nothing : html`<div class="actions" part="actions">
          <button type="button" part="cancel" @click=${() => void dialog.hide()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        </div>`}` : nothing}
    </dialog>`;
  }

  #renderBody(role: Role, usage: RoleUsage): TemplateResult {
    const dialog = this.#dialog;
    const inUse = usage.members + usage.invitations + usage.domains > 0;
    const choices = this.#choices();
    const busy = this.context.actions.busy('delete');
    const blocked = busy || (inUse && !this.#reassignTo);
    return html`<div id=${dialog.descriptionId}>
        ${inUse
          ? html`<p>${msg(str`With this role now: ${this.#movedText(usage)}. They move to the role you choose; nobody loses access to the workspace.`, { id: 'tk.role-editor.delete_in_use' })}</p>`
          : html`<p>${msg("Nobody has this role, and no invitation or domain gives it. Deleting it can't be undone.", { id: 'tk.role-editor.delete_unused' })}</p>`}
      </div>
      ${inUse ? html`<div class="field" part="field field-reassign">
        <label for="reassign-to" part="label">${msg('Their new role', { id: 'tk.role-editor.reassign' })}</label>
        ${choices.length ? html`<select id="reassign-to" part="input select" @change=${(event: Event) => { this.#reassignTo = (event.target as HTMLSelectElement).value; this.host.requestUpdate(); }}>
          ${choices.map((choice) => html`<option value=${choice.id}>${roleLabel(choice.id, choices)}</option>`)}${selectValue(this.#reassignTo)}
        </select>` : html`<p class="error" part="field-error">${msg('There is no role you may give them.', { id: 'tk.role-editor.reassign_none' })}</p>`}
      </div>` : nothing}
      ${this.#error === undefined ? nothing : renderFormError(this.#error, {
        detail: isConflictError(this.#error)
          ? msg('Someone gave this role out meanwhile. Check where its holders go, then delete it again.', { id: 'tk.role-editor.delete_conflict' })
          : isPreconditionFailedError(this.#error)
            ? msg('Someone changed this role meanwhile. Close this, check the role, then delete it again.', { id: 'tk.role-editor.delete_stale' })
            : undefined,
        retry: () => void this.#delete(role, usage),
      })}
      <div class="actions" part="actions">
        <button type="button" part="cancel" @click=${() => void dialog.hide()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="button" class="danger" part="confirm-accept" aria-disabled=${blocked ? 'true' : 'false'}
          @click=${() => { if (!blocked) void this.#delete(role, usage); }}>${busy
            ? msg('Deleting…', { id: 'tk.role-editor.deleting' })
            : inUse ? msg('Move them and delete', { id: 'tk.role-editor.delete_move' }) : msg('Delete role', { id: 'tk.role-editor.delete' })}</button>
      </div>`;
  }
}
