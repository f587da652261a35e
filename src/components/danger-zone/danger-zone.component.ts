import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Client, Workspace } from '../../sdk/index.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty, renderTask } from '../shared/feedback/states.js';
import { memberPickerStyles } from '../shared/member-picker/member-picker.styles.js';
import { badges, base, buttons, dialogs, feedback, fields, inputs, tokens } from '../shared/styles.js';
import { TeamkitBase } from '../shared/teamkit-element.js';
import {
  BeforeWorkspaceDeleteEvent, BeforeWorkspaceLeaveEvent, WorkspaceDeletedEvent, WorkspaceLeftEvent,
} from '../shared/workspaces/workspace-events.js';
import { deletionQuestion, leavingQuestion } from '../shared/workspaces/workspace-exit.js';
import { switchWorkspace, WorkspaceRoles } from '../shared/workspaces/workspace-view.js';
import { styles } from './danger-zone.styles.js';
import { OwnershipTransfer } from './danger-zone.transfer.js';

type Exit = 'leave' | 'delete';

/**
 * The irreversible actions on the current workspace, each saying exactly what is lost: leave it, transfer its
 * ownership to another member, delete it. What the reader's role does not allow is shown unavailable with the
 * reason: the owner cannot leave (they are offered the transfer instead), and only the owner transfers or deletes.
 *
 * The new owner is picked through the shared member search; members who cannot become owner (those who have not
 * accepted their invitation yet) are listed with the reason. After the transfer the backend emails the new owner,
 * the reader is an admin, and Leave becomes available. Deleting asks for the workspace's name, typed.
 * After leaving or deleting, the reader's next workspace becomes current (the provider takes up
 * `tk-workspace-change`, so every teamkit element under it reloads, and `<workspace-switcher>` follows); when none
 * is left, it says so.
 *
 * @summary Leave the workspace, transfer its ownership, delete it.
 *
 * @fires {BeforeWorkspaceLeaveEvent} tk-before-workspace-leave - Cancelable. The reader confirmed leaving `event.workspace`.
 * @fires {WorkspaceLeftEvent} tk-workspace-left - The reader left `event.workspace`.
 * @fires {BeforeOwnershipTransferEvent} tk-before-ownership-transfer - Cancelable. The owner confirmed passing
 *   `event.workspace` to `event.member`.
 * @fires {OwnershipTransferredEvent} tk-ownership-transferred - `event.member` owns the workspace now and was emailed;
 *   `event.workspace` is as the reader, now an admin, sees it.
 * @fires {BeforeWorkspaceDeleteEvent} tk-before-workspace-delete - Cancelable. The owner typed the name; `event.workspace`.
 * @fires {WorkspaceDeletedEvent} tk-workspace-deleted - The workspace was deleted; `event.workspace`.
 * @fires {BeforeWorkspaceSwitchEvent} tk-before-workspace-switch - Cancelable. After leaving or deleting, the reader's
 *   next workspace, `event.workspace`, is about to become current.
 * @fires {WorkspaceChangeEvent} tk-workspace-change - The provider's signal to switch; `event.workspaceId`.
 * @fires {WorkspaceSwitchedEvent} tk-workspace-switched - The current workspace is now `event.workspace`.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, `event.action`: `load`, `workspace-leave`,
 *   `ownership-transfer`, `members-search` or `workspace-delete`.
 *
 * @slot heading - Replaces the "Danger zone" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading, and which workspace and role it is about (`summary`).
 * @csspart title - The default heading.
 * @csspart summary - The workspace's name and the reader's role in it.
 * @csspart notice - What happened after an action (`notice success` or `notice danger`); `dismiss` closes it. Also
 *   why an action is unavailable (`notice info`).
 * @csspart section - One action; also `section-leave`, `section-transfer`, `section-delete`.
 * @csspart section-title - An action's heading.
 * @csspart consequences - Exactly what the action takes away.
 * @csspart action - An action's button; also `leave`, `transfer`, `delete`, `change` (pick another new owner) and
 *   `show-transfer` (from Leave, for the owner).
 * @csspart picker - The new owner's search; `label`, `input`, `picker-input`, `hint`, `picker-list`, `picker-option`,
 *   `picker-status` inside it.
 * @csspart heir - The member picked as the new owner, with `avatar`.
 * @csspart hint - "Pick the new owner first."
 * @csspart state - Loading, error and empty panels (also `loading`, `error`, `empty`); `retry` tries again.
 * @csspart confirm-dialog - The leave, transfer and delete questions; also `confirm-cancel`, `confirm-accept`.
 *
 * @cssprop [--tk-danger-zone-border=1px solid var(--tk-color-border)] - The border round each action.
 * @cssprop [--tk-danger-zone-accent=var(--tk-color-danger)] - The bar on the start side of each action.
 * @cssprop [--tk-danger-zone-gap=var(--tk-space-4)] - Space between the actions.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <workspace-switcher></workspace-switcher>
 *   <danger-zone></danger-zone>
 * </teamkit-provider>
 * ```
 */
export class DangerZone extends TeamkitBase {
  static override styles = [tokens, base, buttons, inputs, fields, feedback, badges, dialogs, memberPickerStyles, styles];

  readonly #actions = new ActionController(this);
  readonly #confirm = new ConfirmController(this);

  /** The workspace as the last transfer left it, until the next load. */
  #transferred: Workspace | undefined;
  /** Set when the reader left or deleted their last workspace: there is nothing to show. */
  #noneLeft = false;

  readonly #workspace = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId] as const,
    task: async ([client, workspaceId], { signal }) => {
      this.#transferred = undefined;
      this.#noneLeft = false;
      return client && workspaceId ? client.workspaces.get(workspaceId, { signal }) : undefined;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #roles = new WorkspaceRoles(this, () => {
    const workspace = this.#current;
    return [this.api, workspace ? [workspace] : []];
  });

  readonly #transfer = new OwnershipTransfer(this, {
    client: () => this.api,
    actions: this.#actions,
    confirm: this.#confirm,
    transferred: (workspace) => {
      this.#transferred = workspace;
    },
    reportSearchError: (error) => this.reportError(error, 'members-search'),
  });

  /** Reads the workspace again. */
  async refresh(): Promise<void> {
    await this.#workspace.run();
  }

  get #current(): Workspace | undefined {
    return this.#transferred ?? this.#workspace.value;
  }

  protected override render(): TemplateResult {
    const workspace = this.#current;
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Danger zone', { id: 'tk.danger-zone.title' })}</h2></slot></div>
        ${workspace && !this.#noneLeft ? html`<p part="summary"><bdi>${workspace.name}</bdi> · ${msg(str`Your role: ${this.#roles.label(workspace)}`, { id: 'tk.danger-zone.your_role' })}</p>` : nothing}
      </header>
      ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
      ${this.#noneLeft
        ? renderEmpty(
          msg("You're in no workspace now", { id: 'tk.danger-zone.none_left' }),
          msg('Create a workspace, or ask someone to invite you to theirs.', { id: 'tk.danger-zone.none_left_hint' }),
        )
        : renderTask(this.#workspace, { complete: () => (this.#current ? this.#renderActions(this.#current) : nothing) })}
    </section>${this.#confirm.render()}`;
  }

  #renderActions(workspace: Workspace): TemplateResult {
    const owner = workspace.role === 'owner';
    const role = this.#roles.label(workspace);
    return html`<div class="sections">
      ${this.#renderSection('leave', msg('Leave this workspace', { id: 'tk.danger-zone.leave_title' }), leavingQuestion(workspace).message, html`
        ${owner ? this.#renderReason('leave', msg(str`You own ${workspace.name}, and an owner can't leave it. Transfer ownership to another member first; you can leave once you are an admin.`, { id: 'tk.danger-zone.leave_owner' }),
          html`<button type="button" part="action show-transfer" @click=${() => this.#transfer.focus()}>${msg('Choose a new owner', { id: 'tk.danger-zone.show_transfer' })}</button>`) : nothing}
        <div class="actions">${this.#renderExitButton('leave', workspace, owner)}</div>`)}
      ${this.#renderSection('transfer', msg('Transfer ownership', { id: 'tk.danger-zone.transfer' }),
        msg("The new owner can delete the workspace or transfer it again, and is told by email. You become an admin: you can no longer delete or transfer it, and only the new owner can give it back.", { id: 'tk.danger-zone.transfer_lost' }),
        owner ? this.#transfer.render(workspace) : html`
          ${this.#renderReason('transfer', msg(str`Only the owner can transfer ownership. Your role: ${role}.`, { id: 'tk.danger-zone.transfer_denied' }))}
          <div class="actions"><button type="button" class="danger" part="action transfer" aria-disabled="true" aria-describedby="transfer-reason">${msg('Transfer ownership', { id: 'tk.danger-zone.transfer' })}</button></div>`)}
      ${this.#renderSection('delete', msg('Delete this workspace', { id: 'tk.danger-zone.delete_title' }), this.#deletionLoss(workspace), html`
        ${owner ? nothing : this.#renderReason('delete', msg(str`Only the owner can delete the workspace. Your role: ${role}.`, { id: 'tk.danger-zone.delete_denied' }))}
        <div class="actions">${this.#renderExitButton('delete', workspace, !owner)}</div>`)}
    </div>`;
  }

  #renderSection(name: Exit | 'transfer', title: string, lost: string | TemplateResult, body: TemplateResult): TemplateResult {
    return html`<section part="section section-${name}" aria-labelledby="${name}-title">
      <h3 id="${name}-title" part="section-title">${title}</h3>
      <p id="${name}-lost" part="consequences">${lost}</p>
      ${body}
    </section>`;
  }

  /** Why an action is unavailable, where its button's `aria-describedby` points. */
  #renderReason(name: Exit | 'transfer', reason: string, action?: TemplateResult): TemplateResult {
    return html`<div id="${name}-reason" class="banner info" part="notice info">
      <div class="text"><p>${reason}</p></div>${action ? html`<div class="actions">${action}</div>` : nothing}
    </div>`;
  }

  #renderExitButton(exit: Exit, workspace: Workspace, denied: boolean): TemplateResult {
    const busy = this.#actions.busyWith(exit) !== undefined;
    const label = exit === 'leave'
      ? (busy ? msg('Leaving…', { id: 'tk.danger-zone.leaving' }) : msg(str`Leave ${workspace.name}`, { id: 'tk.danger-zone.leave' }))
      : (busy ? msg('Deleting…', { id: 'tk.danger-zone.deleting' }) : msg(str`Delete ${workspace.name}`, { id: 'tk.danger-zone.delete' }));
    return html`<button type="button" class="danger" part="action ${exit}" aria-disabled=${denied || busy ? 'true' : 'false'}
      aria-describedby=${denied ? `${exit}-reason` : `${exit}-lost`} @click=${() => void (denied ? undefined : this.#exit(exit, workspace))}>${label}</button>`;
  }

  /** Exactly what deleting takes: the same words as the question, without its instruction to type the name. */
  #deletionLoss(workspace: Workspace): string {
    const count = this.format.number(workspace.memberCount);
    return this.format.plural(workspace.memberCount) === 'one'
      ? msg(str`Everything in it is deleted for everyone: its ${count} member loses access at once, and its invitations, roles, groups, domains, API keys, webhooks, audit log and billing history go with it. This can't be undone.`, { id: 'tk.danger-zone.delete_lost_one' })
      : msg(str`Everything in it is deleted for everyone: its ${count} members lose access at once, and its invitations, roles, groups, domains, API keys, webhooks, audit log and billing history go with it. This can't be undone.`, { id: 'tk.danger-zone.delete_lost' });
  }

  /** Leaves or deletes the workspace once confirmed, then makes the reader's next workspace current. */
  async #exit(exit: Exit, workspace: Workspace): Promise<void> {
    const client = this.api;
    if (!client || this.#actions.busy(exit)) return;
    const leaving = exit === 'leave';
    if (!(await this.#confirm.ask(leaving ? leavingQuestion(workspace) : deletionQuestion(workspace, this.format)))) return;
    await this.#actions.run({
      key: exit,
      before: () => (leaving ? new BeforeWorkspaceLeaveEvent(workspace) : new BeforeWorkspaceDeleteEvent(workspace)),
      call: async (signal) => {
        if (leaving) await client.workspaces.leave(workspace.id, { signal });
        else await client.workspaces.delete(workspace.id, { confirmation: workspace.name }, { signal });
        return nextWorkspace(client, workspace, signal);
      },
      after: (next) => {
        // After the left or deleted event, which the action controller fires once this returns.
        queueMicrotask(() => this.#moveOn(next));
        return leaving ? new WorkspaceLeftEvent(workspace) : new WorkspaceDeletedEvent(workspace);
      },
      action: leaving ? 'workspace-leave' : 'workspace-delete',
      success: (next) => ({
        announce: leaving
          ? msg(str`You left ${workspace.name}`, { id: 'tk.danger-zone.left' })
          : msg(str`Deleted ${workspace.name}`, { id: 'tk.danger-zone.deleted' }),
        notice: {
          detail: next
            ? msg(str`${next.name} is your current workspace now.`, { id: 'tk.danger-zone.moved_on' })
            : msg("You're in no other workspace.", { id: 'tk.danger-zone.no_other' }),
        },
      }),
      failure: leaving
        ? msg(str`Couldn't leave ${workspace.name}`, { id: 'tk.danger-zone.leave_failed' })
        : msg(str`Couldn't delete ${workspace.name}`, { id: 'tk.danger-zone.delete_failed' }),
      focus: () => this.renderRoot.querySelector<HTMLElement>('[part~="dismiss"]'),
    });
  }

  #moveOn(next: Workspace | undefined): void {
    if (next) {
      switchWorkspace(this, next);
      return;
    }
    this.#noneLeft = true;
    this.requestUpdate();
  }
}

/**
 * The workspace to go on to after `gone` was left or deleted: the reader's first remaining one. Undefined when none
 * is left, or when the list cannot be read: the action itself succeeded, and the switcher still offers the others.
 */
async function nextWorkspace(client: Client, gone: Workspace, signal: AbortSignal): Promise<Workspace | undefined> {
  try {
    const page = await client.workspaces.list({ limit: 2 }, { signal });
    return page.items.find((each) => each.id !== gone.id);
  } catch {
    return undefined;
  }
}
