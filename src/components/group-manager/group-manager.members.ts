import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Client, Group, GroupMemberResult, GroupMembersChange, Member, Membership } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { ActionController, bulkNotice, type BulkOutcome } from '../shared/controllers/action-controller.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { ListController } from '../shared/controllers/list-controller.js';
import { renderEmpty, renderNotice } from '../shared/feedback/index.js';
import { initials } from '../shared/format.js';
import { MemberPicker } from '../shared/member-picker/member-picker.js';
import { BeforeGroupMembersChangeEvent, GroupMembersChangedEvent } from './group-manager.events.js';
import { memberReason, type GroupRights } from './group-manager.rights.js';

/** What the members dialog needs of its element. */
export interface MembersDialogContext {
  client(): Client | undefined;
  workspaceId(): string | undefined;
  reader(): Membership | undefined;
  /** Why the reader may not change who is in groups; undefined when they may. */
  deniedReason(): string | undefined;
  rights(): GroupRights | undefined;
  roleName(roleId: string): string;
  /** The group after a change, with its new count. */
  changed(group: Group): void;
  reportSearchError(error: unknown): void;
}

const idOf = (memberId: string) => memberId.replace(/[^\w-]/g, '_');

/**
 * Who is in one group, in a modal dialog: its members a page at a time, people to add picked through the shared
 * member search, members marked for removal, then one `groups.changeMembers` call whose per-member answers are
 * summed up as a bulk report ("3 of 4 changes made. 1 failed: Olivia Owner (…)"). Nothing is sent before Save; the
 * changes wait while the dialog is closed and reopened for the same group.
 */
export class GroupMembersDialog {
  readonly #actions: ActionController;
  readonly #dialog: DialogController;
  readonly #picker: MemberPicker;
  readonly #list: ListController<Member, readonly [Client | undefined, string | undefined, string | undefined]>;
  #group: Group | undefined;
  readonly #adds = new Map<string, Member>();
  readonly #removes = new Map<string, Member>();

  constructor(private readonly host: TeamkitHost, private readonly context: MembersDialogContext) {
    this.#actions = new ActionController(host);
    this.#dialog = new DialogController(host, {
      id: 'group-members',
      canClose: () => !this.#actions.busy('members'),
      initialFocus: () => host.renderRoot.querySelector<HTMLElement>('#add-member-input'),
    });
    this.#list = new ListController(host, {
      args: () => [context.client(), context.workspaceId(), this.#dialog.open ? this.#group?.id : undefined] as const,
      load: ([client, workspaceId, groupId], cursor, signal) => (client && workspaceId && groupId
        ? client.groups.members(workspaceId, groupId, { cursor, limit: 50, sort: 'name' }, { signal }) : undefined),
      focusItem: (id) => host.renderRoot.querySelector<HTMLElement>(`#member-${idOf(id)} [part~="action"]`),
    });
    this.#picker = new MemberPicker(host, {
      id: 'add-member',
      search: (query, signal) => {
        const client = context.client();
        const workspaceId = context.workspaceId();
        return client && workspaceId ? client.members.list(workspaceId, { query: query || undefined, limit: 8, sort: 'name' }, { signal }) : undefined;
      },
      unavailable: (member) => this.#unavailable(member),
      onPick: (member) => this.#add(member),
      onError: (error) => context.reportSearchError(error),
    });
  }

  /** Opens the dialog for `group`; changes picked for another group are dropped. */
  async open(group: Group): Promise<void> {
    if (this.#group?.id !== group.id) {
      this.#adds.clear();
      this.#removes.clear();
      this.#actions.dismiss();
      this.#picker.clear();
    }
    this.#group = group;
    await this.#dialog.showModal();
  }

  /** The group was renamed or changed elsewhere on the element: show it as it is now. */
  update(group: Group): void {
    if (this.#group?.id === group.id) this.#group = group;
  }

  #unavailable(member: Member): string | undefined {
    const group = this.#group;
    if (this.#adds.has(member.id)) return msg('Already picked', { id: 'tk.group-manager.picked' });
    if (group && member.groupIds.includes(group.id) && !this.#removes.has(member.id)) return msg('Already in this group', { id: 'tk.group-manager.in_group' });
    return memberReason(this.context.reader(), this.context.rights(), member);
  }

  #add(member: Member): void {
    if (this.#removes.delete(member.id)) {
      announce(msg(str`${member.name} stays in the group`, { id: 'tk.group-manager.kept' }));
    } else {
      this.#adds.set(member.id, member);
      announce(msg(str`${member.name} will be added when you save`, { id: 'tk.group-manager.will_add' }));
    }
    this.host.requestUpdate();
  }

  #toggleRemove(member: Member): void {
    if (!this.#removes.delete(member.id)) this.#removes.set(member.id, member);
    this.host.requestUpdate();
  }

  #undoAdd(member: Member): void {
    this.#adds.delete(member.id);
    this.host.requestUpdate();
    // The undone row is gone: carry on from the search box.
    this.#picker.focus();
  }

  async #save(): Promise<void> {
    const group = this.#group;
    const client = this.context.client();
    const workspaceId = this.context.workspaceId();
    if (!group || !client || !workspaceId || (!this.#adds.size && !this.#removes.size)) return;
    const names = new Map([...this.#adds.values(), ...this.#removes.values()].map((member) => [member.id, member.name]));
    const change: GroupMembersChange = {
      ...(this.#adds.size ? { add: [...this.#adds.keys()] } : {}),
      ...(this.#removes.size ? { remove: [...this.#removes.keys()] } : {}),
    };
    await this.#actions.run({
      key: 'members',
      before: () => new BeforeGroupMembersChangeEvent(group, change),
      call: (signal) => client.groups.changeMembers(workspaceId, group.id, change, { signal }),
      after: ({ group: changed, results }) => {
        this.#group = changed;
        this.#adds.clear();
        this.#removes.clear();
        this.context.changed(changed);
        void this.#list.refresh();
        this.#picker.refresh();
        return new GroupMembersChangedEvent(changed, results);
      },
      action: 'group-members-change',
      success: ({ results }) => {
        const notice = bulkNotice(results.map((result) => outcomeOf(result, names.get(result.memberId) ?? result.memberId)), {
          label: (name) => name,
          summary: (done, total) => msg(str`${done} of ${total} changes made`, { id: 'tk.group-manager.changes_made' }),
        }, this.host.format);
        return { announce: [notice.title, notice.detail].filter(Boolean).join('. '), notice };
      },
      failure: msg(str`Couldn't change who is in ${group.name}`, { id: 'tk.group-manager.change_failed' }),
      focus: () => this.host.renderRoot.querySelector<HTMLElement>('#add-member-input'),
    });
  }

  #pendingText(): string {
    const { format } = this.host;
    const adds = this.#adds.size;
    const removes = this.#removes.size;
    if (!adds && !removes) return msg('No changes to save', { id: 'tk.form.clean' });
    return format.list([
      adds ? msg(str`${format.number(adds)} to add`, { id: 'tk.group-manager.to_add' }) : '',
      removes ? msg(str`${format.number(removes)} to remove`, { id: 'tk.group-manager.to_remove' }) : '',
    ].filter(Boolean));
  }

  render(): TemplateResult {
    const dialog = this.#dialog;
    const group = this.#group;
    return html`<dialog id=${dialog.id} class="members-dialog" part="dialog" aria-labelledby=${dialog.titleId}>
      ${dialog.open && group ? this.#renderBody(group) : nothing}
    </dialog>`;
  }

  #renderBody(group: Group): TemplateResult {
    const dialog = this.#dialog;
    const denied = this.context.deniedReason();
    const busy = this.#actions.busy('members');
    const clean = !this.#adds.size && !this.#removes.size;
    return html`<header part="header">
        <h2 id=${dialog.titleId} part="dialog-title">${msg(str`Members of ${group.name}`, { id: 'tk.group-manager.members_title' })}</h2>
        <button type="button" class="icon" part="close" aria-label=${msg('Close', { id: 'tk.group-manager.close' })}
          @click=${() => void dialog.hide()}><span aria-hidden="true">×</span></button>
      </header>
      ${denied
        ? renderNotice({ tone: 'info', title: msg("You can't change who is in groups", { id: 'tk.group-manager.members_denied' }), detail: denied })
        : this.#picker.render({
          label: msg('Add people', { id: 'tk.group-manager.add_people' }),
          hint: msg('Search by name or email, then save.', { id: 'tk.group-manager.add_hint' }),
          detail: (member) => this.context.roleName(member.role),
        })}
      ${this.#renderAdds()}
      <h3 class="members-heading">${msg('In the group', { id: 'tk.group-manager.in_the_group' })}</h3>
      ${this.#list.render({
        items: (members) => html`<ul class="members" part="members">${repeat(members, (member) => member.id, (member) => this.#renderMember(member, denied))}</ul>`,
        empty: () => renderEmpty(msg('Nobody is in this group yet', { id: 'tk.group-manager.members_empty' })),
      })}
      ${this.#list.renderFooter()}
      ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
      ${denied ? nothing : html`<div class="actions members-actions" part="actions">
        <p id="members-status" class="dirty-status ${clean ? '' : 'dirty'}" part="dirty-status">${this.#pendingText()}</p>
        <button type="button" class="primary" part="submit" aria-disabled=${clean || busy ? 'true' : 'false'} aria-describedby="members-status"
          @click=${() => void this.#save()}>${busy ? msg('Saving…', { id: 'tk.form.saving' }) : msg('Save changes', { id: 'tk.form.save' })}</button>
      </div>`}`;
  }

  #renderAdds(): TemplateResult | typeof nothing {
    if (!this.#adds.size) return nothing;
    return html`<section class="pending" part="pending" aria-labelledby="pending-heading">
      <h3 id="pending-heading" class="members-heading">${msg('To add', { id: 'tk.group-manager.to_add_heading' })}</h3>
      <ul class="members">${repeat(this.#adds.values(), (member) => member.id, (member) => html`<li class="member adding" part="member member-adding">
        ${this.#renderWho(member)}
        <button type="button" part="action undo" aria-label=${msg(str`Undo adding ${member.name}`, { id: 'tk.group-manager.undo_add_label' })}
          @click=${() => this.#undoAdd(member)}>${msg('Undo', { id: 'tk.group-manager.undo' })}</button>
      </li>`)}</ul>
    </section>`;
  }

  #renderWho(member: Member, extra: unknown = nothing): TemplateResult {
    return html`<span class="avatar" part="avatar" aria-hidden="true"><span>${initials(member.name)}</span></span>
      <span class="who"><bdi class="name">${member.name}</bdi>
        <span class="email">${member.email} · ${this.context.roleName(member.role)}</span>${extra}</span>`;
  }

  #renderMember(member: Member, denied: string | undefined): TemplateResult {
    const removing = this.#removes.has(member.id);
    const id = `member-${idOf(member.id)}`;
    const reason = denied ? undefined : memberReason(this.context.reader(), this.context.rights(), member);
    const mark = removing ? html`<span class="badge warning" part="badge badge-removing">${msg('Will be removed', { id: 'tk.group-manager.removing' })}</span>` : nothing;
    return html`<li id=${id} class="member ${removing ? 'removing' : ''}" part="member${removing ? ' member-removing' : ''}">
      ${this.#renderWho(member, mark)}
      ${denied ? nothing : reason
        ? html`<span class="reason" id="${id}-reason">${reason}</span><button type="button" part="action remove" aria-disabled="true"
          aria-describedby="${id}-reason" aria-label=${msg(str`Remove ${member.name}`, { id: 'tk.group-manager.remove_label' })}>${msg('Remove', { id: 'tk.group-manager.remove' })}</button>`
        : html`<button type="button" part="action ${removing ? 'undo' : 'remove'}" @click=${() => this.#toggleRemove(member)}
          aria-label=${removing ? msg(str`Undo removing ${member.name}`, { id: 'tk.group-manager.keep_label' }) : msg(str`Remove ${member.name}`, { id: 'tk.group-manager.remove_label' })}>${removing
            ? msg('Undo', { id: 'tk.group-manager.undo' }) : msg('Remove', { id: 'tk.group-manager.remove' })}</button>`}
    </li>`;
  }
}

/** One member's answer as a bulk report counts it: done, skipped (nothing to do) or failed, with why. */
function outcomeOf(result: GroupMemberResult, name: string): BulkOutcome<string, GroupMemberResult> {
  switch (result.outcome) {
    case 'added':
    case 'removed':
      return { item: name, ok: true, result };
    case 'unchanged':
      return { item: name, ok: false, skipped: result.action === 'add'
        ? msg('already in the group', { id: 'tk.group-manager.outcome.already_in' })
        : msg('was not in the group', { id: 'tk.group-manager.outcome.not_in' }) };
    case 'not_found':
      return { item: name, ok: false, error: result.outcome, reason: msg('no longer in the workspace', { id: 'tk.group-manager.outcome.gone' }) };
    default:
      return { item: name, ok: false, error: result.outcome, reason: msg("has permissions you don't have", { id: 'tk.group-manager.outcome.forbidden' }) };
  }
}
