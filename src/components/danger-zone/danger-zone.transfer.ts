import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Client, Member, Workspace } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import type { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { initials } from '../shared/format.js';
import { roleLabel } from '../shared/labels.js';
import { MemberPicker } from '../shared/member-picker/member-picker.js';
import { BeforeOwnershipTransferEvent, OwnershipTransferredEvent } from './danger-zone.events.js';

/** What the transfer needs of its element. */
export interface TransferContext {
  client(): Client | undefined;
  actions: ActionController;
  confirm: ConfirmController;
  /** The workspace after the transfer: the reader is its admin now. */
  transferred(workspace: Workspace): void;
  /** A member search failed: `tk-error` `members-search`. */
  reportSearchError(error: unknown): void;
}

/** Why a member cannot become the owner, as the backend's rule has it (active members other than the owner). */
function unavailable(member: Member): string | undefined {
  if (member.role === 'owner') return msg('You already own this workspace', { id: 'tk.danger-zone.heir_self' });
  if (member.status !== 'active') {
    return msg("Hasn't accepted the invitation yet: only an active member can become the owner", { id: 'tk.danger-zone.heir_pending' });
  }
  return undefined;
}

/**
 * The owner's side of "Transfer ownership": the new owner picked through the shared member search (members who
 * cannot become owner listed with the reason), shown with a way to pick someone else, then confirmed. The pick
 * stays on any failure; after the transfer the reader is an admin.
 */
export class OwnershipTransfer {
  readonly #picker: MemberPicker;
  #heir: Member | undefined;
  #workspace: Workspace | undefined;

  constructor(private readonly host: TeamkitHost, private readonly context: TransferContext) {
    this.#picker = new MemberPicker(host, {
      id: 'new-owner',
      search: (query, signal) => {
        const client = context.client();
        const workspace = this.#workspace;
        return client && workspace
          ? client.members.list(workspace.id, { query: query || undefined, limit: 8, sort: 'name' }, { signal })
          : undefined;
      },
      unavailable,
      onPick: (member) => void this.#pick(member),
      onError: (error) => context.reportSearchError(error),
    });
  }

  /** Puts focus where the new owner is chosen: the search, or the chosen member's Transfer button. */
  focus(): void {
    const picked = this.host.renderRoot.querySelector<HTMLElement>('[part~="action"][part~="transfer"]');
    if (this.#heir && picked) picked.focus();
    else this.#picker.focus();
    this.host.renderRoot.querySelector('#transfer-title')?.scrollIntoView({ block: 'nearest' });
  }

  async #pick(member: Member): Promise<void> {
    this.#heir = member;
    announce(msg(str`${member.name} picked as the new owner`, { id: 'tk.danger-zone.picked' }));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus();
  }

  async #change(): Promise<void> {
    this.#heir = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#picker.focus();
  }

  async #transfer(workspace: Workspace): Promise<void> {
    const heir = this.#heir;
    const client = this.context.client();
    if (!heir || !client || this.context.actions.busy('transfer')) {
      if (!heir) this.#picker.focus();
      return;
    }
    const confirmed = await this.context.confirm.ask({
      title: msg(str`Make ${heir.name} the owner of ${workspace.name}?`, { id: 'tk.danger-zone.transfer_title' }),
      message: this.#consequences(workspace, heir),
      confirmLabel: msg('Transfer ownership', { id: 'tk.danger-zone.transfer' }),
      danger: true,
    });
    if (!confirmed) return;
    await this.context.actions.run({
      key: 'transfer',
      before: () => new BeforeOwnershipTransferEvent(workspace, heir),
      call: (signal) => client.workspaces.transferOwnership(workspace.id, { memberId: heir.id }, { signal }),
      after: (updated) => {
        this.#heir = undefined;
        this.context.transferred(updated);
        return new OwnershipTransferredEvent(updated, heir);
      },
      action: 'ownership-transfer',
      success: {
        announce: msg(str`${heir.name} now owns ${workspace.name}`, { id: 'tk.danger-zone.transferred' }),
        notice: { detail: msg(str`We emailed ${heir.email} to tell them. You are an admin now, and may leave the workspace.`, { id: 'tk.danger-zone.transferred_detail' }) },
      },
      failure: msg(str`Couldn't transfer ownership to ${heir.name}`, { id: 'tk.danger-zone.transfer_failed' }),
    });
  }

  /** Exactly what the owner gives up, and what the new owner gets. */
  #consequences(workspace: Workspace, heir: Member): string {
    return msg(str`${heir.name} becomes the only owner of ${workspace.name}: they can delete it or transfer it again, and are told by email. You become an admin: you keep managing members and settings, but can no longer delete the workspace or transfer it. Only the new owner can make you the owner again.`,
      { id: 'tk.danger-zone.transfer_message' });
  }

  /** The search, or the chosen member, and the Transfer button. */
  render(workspace: Workspace): TemplateResult {
    this.#workspace = workspace;
    const heir = this.#heir;
    const busy = this.context.actions.busy('transfer');
    return html`${heir ? this.#renderHeir(heir) : this.#picker.render({
      label: msg('New owner', { id: 'tk.danger-zone.heir_label' }),
      hint: msg('Search members by name or email. Only an active member can become the owner.', { id: 'tk.danger-zone.heir_hint' }),
      detail: (member) => roleLabel(member.role),
    })}
    <div class="actions">
      <button type="button" class="danger" part="action transfer" aria-disabled=${heir && !busy ? 'false' : 'true'}
        aria-describedby=${heir ? 'transfer-lost' : 'transfer-pick-first'} @click=${() => void this.#transfer(workspace)}>${busy
          ? msg('Transferring…', { id: 'tk.danger-zone.transferring' })
          : heir ? msg(str`Transfer ownership to ${heir.name}`, { id: 'tk.danger-zone.transfer_to' }) : msg('Transfer ownership', { id: 'tk.danger-zone.transfer' })}</button>
    </div>
    ${heir ? nothing : html`<p id="transfer-pick-first" class="hint" part="hint">${msg('Pick the new owner first.', { id: 'tk.danger-zone.pick_first' })}</p>`}`;
  }

  #renderHeir(heir: Member): TemplateResult {
    return html`<div class="heir" part="heir">
      <span class="avatar" part="avatar" aria-hidden="true"><span>${initials(heir.name)}</span></span>
      <span class="who"><bdi class="name">${heir.name}</bdi><span class="email">${heir.email} · ${roleLabel(heir.role)}</span></span>
      <button type="button" part="action change" aria-label=${msg(str`Change: pick someone other than ${heir.name}`, { id: 'tk.danger-zone.change_named' })}
        @click=${() => void this.#change()}>${msg('Change', { id: 'tk.danger-zone.change' })}</button>
    </div>`;
  }
}
