import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { isApiError } from '../../../sdk/errors/api-error.js';
import type { Client, Workspace, WorkspaceQuota } from '../../../sdk/index.js';
import { TEXT_LIMITS } from '../../../sdk/schemas/limits.js';
import type { WorkspaceCreate } from '../../../sdk/schemas/workspaces.js';
import { ActionController } from '../controllers/action-controller.js';
import { DialogController } from '../controllers/dialog-controller.js';
import type { TeamkitHost } from '../controllers/host.js';
import { renderFormError } from '../feedback/form-error.js';
import { renderNotice } from '../feedback/notice.js';
import { renderError, renderLoading } from '../feedback/states.js';
import { textField } from '../fields/text.js';
import { FormController } from '../form-controller.js';
import { BeforeWorkspaceCreateEvent, WorkspaceCreatedEvent } from './workspace-events.js';

export interface CreateWorkspaceOptions {
  client: () => Client | undefined;
  /** The workspace was created (its events fired, the dialog closed); the element usually switches to it. */
  created: (workspace: Workspace) => void;
}

type CreateValues = { name: string };

/** What the create step needs once it opens: the reader's quota, and the schema (with zod) to check the name. */
interface Setup {
  quota: WorkspaceQuota;
  schema: typeof WorkspaceCreate;
}

const KEY = 'create-workspace';

/**
 * "Create workspace" as one dialog, shared by every element that offers it (the switcher and the list). On opening
 * it reads the reader's quota, and says before anyone types how many workspaces they own of how many their plan
 * allows, or why they cannot create one (the account's limit, or a plan that includes no more); only then does
 * it offer the name. Creating runs through the `ActionController` (`tk-before-workspace-create`,
 * `tk-workspace-created`, `tk-error` with `workspace-create`); a refusal of the server is shown in the dialog, with
 * the name kept, and the quota read again. The schema loads with the quota, so a page that never opens the dialog
 * does not bundle zod. The host renders `render()` once and calls `open()`.
 */
export class CreateWorkspace implements ReactiveController {
  readonly #actions: ActionController;
  readonly #dialog: DialogController;
  readonly #form: FormController<typeof WorkspaceCreate, CreateValues>;
  readonly #setup: Task<readonly [Client | undefined, boolean], Setup>;

  constructor(private readonly host: TeamkitHost, private readonly options: CreateWorkspaceOptions) {
    host.addController(this);
    this.#actions = new ActionController(host);
    this.#dialog = new DialogController(host, { id: 'create-workspace', canClose: () => !this.#actions.busy(KEY) });
    this.#form = new FormController<typeof WorkspaceCreate, CreateValues>(host, () => this.#setup.value?.schema, { name: '' });
    this.#setup = new Task(host, {
      // Read on every opening: the quota may have changed since (a workspace created or deleted elsewhere).
      args: () => [this.options.client(), this.#dialog.open] as const,
      task: async ([client, open], { signal }) => {
        if (!client || !open) return initialState;
        const [quota, { WorkspaceCreate }] = await Promise.all([client.workspaces.quota({ signal }), import('../../../sdk/schemas/workspaces.js')]);
        return { quota, schema: WorkspaceCreate };
      },
      // The name field arrives with the quota, after the dialog opened: focus moves to it once it is on screen.
      onComplete: () => {
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.#dialog.focusInitial());
      },
    });
  }

  hostConnected(): void {}

  /** Opens the dialog; focus moves to the name once the quota allows one, and back to the opener on closing. */
  open(): void {
    void this.#dialog.showModal();
  }

  render(): TemplateResult {
    const dialog = this.#dialog;
    return html`<dialog id=${dialog.id} part="dialog" aria-labelledby=${dialog.titleId}>
      ${dialog.open ? html`<h2 id=${dialog.titleId} part="dialog-title">${msg('Create a workspace', { id: 'tk.workspaces.create_title' })}</h2>
        ${this.#setup.render({
          initial: () => renderLoading(),
          pending: () => (this.#setup.value ? this.#renderBody(this.#setup.value) : renderLoading()),
          error: (error) => html`${renderError(error, () => void this.#setup.run())}${this.#renderClose()}`,
          complete: (setup) => this.#renderBody(setup),
        })}` : nothing}
    </dialog>`;
  }

  #renderBody({ quota }: Setup): TemplateResult {
    if (!quota.canCreate) {
      return html`${renderNotice({ tone: 'warning', ...this.#refusal(quota) })}${this.#renderClose()}`;
    }
    const form = this.#form;
    const busy = this.#actions.busy(KEY);
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${textField(form, {
        name: 'name',
        label: msg('Workspace name', { id: 'tk.workspaces.name' }),
        hint: this.#allowance(quota),
        autocomplete: 'organization',
        required: true,
        maxlength: TEXT_LIMITS.workspaceName,
      })}
      ${renderFormError(form.formError)}
      <div class="actions dialog-actions" part="actions">
        <button type="button" part="cancel" aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => { if (!busy) void this.#dialog.hide(); }}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="submit" class="primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy
          ? msg('Creating…', { id: 'tk.workspaces.creating' }) : msg('Create workspace', { id: 'tk.workspaces.create' })}</button>
      </div>
    </form>`;
  }

  #renderClose(): TemplateResult {
    return html`<div class="actions dialog-actions" part="actions">
      <button type="button" part="close" @click=${() => void this.#dialog.hide()}>${msg('Close', { id: 'tk.workspaces.close' })}</button>
    </div>`;
  }

  /** How many workspaces the reader owns of how many they may: said before they type a name. */
  #allowance({ owned, limit }: WorkspaceQuota): string {
    const count = (n: number) => this.host.format.number(n);
    return this.host.format.plural(limit) === 'one'
      ? msg(str`Your plan includes ${count(limit)} workspace. You own ${count(owned)}.`, { id: 'tk.workspaces.allowance_one' })
      : msg(str`You can own up to ${count(limit)} workspaces. You own ${count(owned)}.`, { id: 'tk.workspaces.allowance' });
  }

  /** Why the reader cannot create a workspace: the account's limit, or a plan that includes no more. */
  #refusal({ limit, reason }: WorkspaceQuota): { title: string; detail: string } {
    const count = this.host.format.number(limit);
    if (reason === 'plan_required') {
      return {
        title: this.host.format.plural(limit) === 'one'
          ? msg(str`Your plan includes ${count} workspace, and you own it`, { id: 'tk.workspaces.plan_title_one' })
          : msg(str`Your plan includes ${count} workspaces, and you own them all`, { id: 'tk.workspaces.plan_title' }),
        detail: msg('Upgrade to a paid plan to create more. You can still join the workspaces you are invited to.', { id: 'tk.workspaces.plan_detail' }),
      };
    }
    return {
      title: msg(str`You own ${count} workspaces, the most an account can own`, { id: 'tk.workspaces.limit_title' }),
      detail: msg('Delete one you no longer need, or ask someone else to create the workspace and invite you.', { id: 'tk.workspaces.limit_detail' }),
    };
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#create();
  };

  async #create(): Promise<void> {
    const client = this.options.client();
    if (!client || this.#actions.busy(KEY)) return;
    let created: Workspace | undefined;
    await this.#form.submit(async (input) => {
      created = await this.#actions.run({
        key: KEY,
        before: () => new BeforeWorkspaceCreateEvent(input.name),
        call: (signal) => client.workspaces.create({ name: input.name }, { signal }),
        after: (workspace) => new WorkspaceCreatedEvent(workspace),
        action: 'workspace-create',
        success: (workspace) => ({ announce: msg(str`Created ${workspace.name}`, { id: 'tk.workspaces.created' }), notice: false }),
      });
    });
    const refused = this.#form.formError;
    // Refused for the quota (it changed since the dialog opened): say so as it is now.
    if (isApiError(refused) && (refused.code === 'plan_required' || refused.code === 'workspace_limit_reached')) void this.#setup.run();
    if (!created) return;
    this.#form.reset({ name: '' });
    await this.#dialog.hide();
    this.options.created(created);
  }
}
