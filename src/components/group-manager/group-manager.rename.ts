import { msg } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Client, Group } from '../../sdk/index.js';
import type { GroupUpdate } from '../../sdk/schemas/groups.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import type { ErrorAction } from '../shared/events.js';
import { renderTask } from '../shared/feedback/index.js';
import { textField } from '../shared/fields/index.js';
import { FormController } from '../shared/form-controller.js';
import { BeforeGroupRenameEvent, GroupRenamedEvent } from './group-manager.events.js';

/** What the rename dialog needs of its element. */
export interface RenameDialogContext {
  client(): Client | undefined;
  workspaceId(): string | undefined;
  /** The SDK's schema, once loaded with the element's data. */
  schema(): typeof GroupUpdate | undefined;
  renamed(group: Group): void;
  reportError(error: unknown, action: ErrorAction): void;
}

interface NameValues extends Record<string, unknown> {
  name: string;
}

/**
 * Renaming a group, in a modal dialog over a versioned form: it reads the group with its version, saves the new
 * name with `If-Match`, and on a 412 keeps what was typed and offers "Reload and merge".
 */
export class RenameGroupDialog {
  readonly #dialog: DialogController;
  readonly #form: FormController<typeof GroupUpdate, NameValues, Group>;
  readonly #read: Task<readonly [Client | undefined, string | undefined, string | undefined], Group>;
  #group: Group | undefined;

  constructor(private readonly host: TeamkitHost, private readonly context: RenameDialogContext) {
    this.#dialog = new DialogController(host, {
      id: 'rename-group',
      canClose: () => !this.#form.submitting,
      initialFocus: () => host.renderRoot.querySelector<HTMLElement>('#rename-group input'),
    });
    this.#form = new FormController<typeof GroupUpdate, NameValues, Group>(host, () => context.schema(), { name: '' }, {
      reload: ({ signal }) => this.#get(signal),
      onError: (error, during) => context.reportError(error, during === 'save' ? 'group-rename' : 'reload'),
      messages: () => ({ saved: msg('Group renamed', { id: 'tk.group-manager.renamed' }), save: msg('Rename', { id: 'tk.group-manager.rename' }) }),
    });
    this.#read = new Task(host, {
      args: () => [context.client(), context.workspaceId(), this.#dialog.open ? this.#group?.id : undefined] as const,
      task: async ([client, workspaceId, groupId], { signal }) => (client && workspaceId && groupId
        ? client.groups.get(workspaceId, groupId, { signal }) : initialState),
      onComplete: (group) => {
        this.#form.load(group);
        void host.updateComplete.then(() => this.#dialog.focusInitial());
      },
      onError: (error) => context.reportError(error, 'load'),
    });
  }

  /** Asks for the group's new name; resolves once the dialog has closed. */
  async open(group: Group): Promise<void> {
    this.#group = group;
    this.#form.revert();
    await this.#dialog.showModal();
  }

  #get(signal: AbortSignal) {
    const client = this.context.client();
    const workspaceId = this.context.workspaceId();
    const group = this.#group;
    if (!client || !workspaceId || !group) return Promise.reject(new Error('No group to read'));
    return client.groups.get(workspaceId, group.id, { signal });
  }

  async #save(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.context.client();
    const workspaceId = this.context.workspaceId();
    const group = this.#group;
    if (!client || !workspaceId || !group) return;
    const saved = await this.#form.save(async ({ name }, ifMatch) => (name !== undefined && this.host.dispatchEvent(new BeforeGroupRenameEvent(group, name))
      ? client.groups.update(workspaceId, group.id, { name }, { ifMatch })
      : undefined));
    if (!saved) return;
    this.#group = saved;
    this.context.renamed(saved);
    this.host.dispatchEvent(new GroupRenamedEvent(saved));
    await this.#dialog.hide();
  }

  render(): TemplateResult {
    const dialog = this.#dialog;
    return html`<dialog id=${dialog.id} part="dialog" aria-labelledby=${dialog.titleId}>
      ${dialog.open ? html`<header part="header">
          <h2 id=${dialog.titleId} part="dialog-title">${msg('Rename group', { id: 'tk.group-manager.rename_title' })}</h2>
          <button type="button" class="icon" part="close" aria-label=${msg('Close', { id: 'tk.group-manager.close' })}
            @click=${() => void dialog.hide()}><span aria-hidden="true">×</span></button>
        </header>
        ${renderTask(this.#read, { complete: () => html`<form part="form" novalidate @submit=${(event: Event) => void this.#save(event)}>
          ${textField(this.#form, { name: 'name', label: msg('Name', { id: 'tk.group-manager.name' }), maxlength: TEXT_LIMITS.groupName, autocomplete: 'off', required: true })}
          ${this.#form.renderFooter({ cancel: false })}
        </form>` })}` : nothing}
    </dialog>`;
  }
}
