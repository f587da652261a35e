import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Domain, DomainUpdate } from '../../sdk/index.js';
import { grantableRoles } from '../../sdk/roles.js';
import { CopyController } from '../shared/clipboard.js';
import { copyStyles } from '../shared/clipboard.styles.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { ListController } from '../shared/controllers/list-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty } from '../shared/feedback/states.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeDomainAddEvent, BeforeDomainRemoveEvent, BeforeDomainUpdateEvent, BeforeDomainVerifyEvent,
  DomainAddedEvent, DomainRemovedEvent, DomainUpdatedEvent, DomainVerifiedEvent,
} from './domain-list.events.js';
import type { AddDomainForm } from './domain-list.add.js';
import { draftFrom, failureText, renderDomain, sameDraft, type Draft, type RowContext } from './domain-list.rows.js';
import { styles } from './domain-list.styles.js';

const NEEDED = 'domains:manage';
const READ_ONLY_ID = 'read-only';

/**
 * The workspace's domains: each with its status (pending, verified, or not verified with the reason the last check
 * gave), the date it was added or verified, and what the workspace uses it for. Someone who may manage domains
 * (`domains:manage`) adds one (normalised: `Example.com` is stored as `example.com`), publishes the DNS TXT record
 * it shows (copy buttons for its name and value), selects Verify, turns its purposes on or off (single sign-on,
 * trusted sender, auto-join with the role people join as, among the roles they may give), and removes it after
 * confirming. Everyone else in the workspace sees the domains read-only, with why, and never the record.
 *
 * @summary A workspace's domains: add, verify by DNS, purposes, auto-join role, remove.
 *
 * @fires {BeforeDomainAddEvent} tk-before-domain-add - Cancelable. A domain is about to be added. `event.input`.
 * @fires {DomainAddedEvent} tk-domain-added - A domain was added, pending verification. `event.domain`.
 * @fires {BeforeDomainVerifyEvent} tk-before-domain-verify - Cancelable. A domain's record is about to be checked. `event.domain`.
 * @fires {DomainVerifiedEvent} tk-domain-verified - A check found the record: the domain is verified. `event.domain`.
 * @fires {BeforeDomainUpdateEvent} tk-before-domain-update - Cancelable. Purposes or the auto-join role are about to change. `event.domain`, `event.patch`.
 * @fires {DomainUpdatedEvent} tk-domain-updated - Purposes or the auto-join role changed. `event.domain`.
 * @fires {BeforeDomainRemoveEvent} tk-before-domain-remove - Cancelable. A confirmed removal is about to be sent. `event.domain`.
 * @fires {DomainRemovedEvent} tk-domain-removed - A domain was removed. `event.domain`.
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed. `event.error`, `event.action` (`load`,
 *   `domain-add`, `domain-verify`, `domain-update`, `domain-remove`).
 *
 * @slot heading - Replaces the "Domains" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row; also each domain's top row.
 * @csspart title - The default heading.
 * @csspart notice - What an action did (`success`, `warning`, `danger`), or why the reader may only look (`info`).
 * @csspart dismiss - The notice's Dismiss button.
 * @csspart form - The add form.
 * @csspart field - A field's wrapper; also `field-hostname`, `field-role`.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error.
 * @csspart input - A control; also `select`, `switch` (and `purpose-sso`, `purpose-trusted_sender`, `purpose-auto_join`).
 * @csspart submit - The "Add domain" button.
 * @csspart form-error - A failure of the add form that belongs to no field.
 * @csspart list - The domains.
 * @csspart item - One domain.
 * @csspart hostname - A domain's name.
 * @csspart badge - Its status: `badge-pending`, `badge-verified`, `badge-failed`.
 * @csspart dates - When it was added, or verified.
 * @csspart failure - Why the last check failed.
 * @csspart record - The TXT record to publish, with Verify.
 * @csspart record-name - The record's name.
 * @csspart record-value - The record's value.
 * @csspart copy - A Copy button.
 * @csspart copy-status - "Copied", or how to copy by hand.
 * @csspart purposes - The purposes' switches and the auto-join role.
 * @csspart auto-join-role - The role people join as, for a reader who may not change it.
 * @csspart actions - A row of buttons.
 * @csspart action - A domain's button; also `verify`, `save`, `remove`.
 * @csspart cancel - Puts a domain's purposes back as they were saved.
 * @csspart state - Loading, empty and error panels (also `loading`, `empty`, `error`).
 * @csspart retry - A "Try again" button: an error panel's, or the auto-join roles' when they could not be read.
 * @csspart confirm-dialog - The removal confirmation; its buttons are `confirm-cancel` and `confirm-accept`.
 *
 * @cssprop [--tk-domain-list-gap=var(--tk-space-3)] - Space between domains.
 * @cssprop [--tk-domain-list-item-padding=var(--tk-space-4)] - Padding inside a domain's card.
 * @cssprop [--tk-domain-list-item-border=1px solid var(--tk-color-border)] - A domain card's border.
 * @cssprop [--tk-domain-list-record-background=var(--tk-color-surface)] - Background of the TXT record box.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <domain-list></domain-list>
 * </teamkit-provider>
 * ```
 */
export class DomainListElement extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, copyStyles, styles];

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #actions = new ActionController(this);
  /** The removal's confirmation (with the shared dialog controller), loaded on the first Remove. */
  #confirm: ConfirmController | undefined;
  readonly #copy = new CopyController(this);
  readonly #drafts = new Map<string, Draft>();
  /** The add form, loaded with the list for a reader who may add domains (see domain-list.add.ts). */
  #adder: AddDomainForm | undefined;

  readonly #list = new ListController(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#permissions.membership !== undefined] as const,
    load: async ([client, workspaceId, known], _cursor, signal) => {
      if (!client || !workspaceId || !known) return undefined;
      const [items] = await Promise.all([client.domains.list(workspaceId, { signal }), this.#mayManage ? this.#loadAdder() : undefined]);
      return { items, nextCursor: null, total: items.length };
    },
  });

  /** The workspace's roles: to name the auto-join role, and to offer those the reader may give. */
  readonly #roles = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#list.items.length > 0] as const,
    task: async ([client, workspaceId, any], { signal }) => (client && workspaceId && any ? client.roles.list(workspaceId, { signal }) : initialState),
    onError: (error) => this.reportError(error, 'load'),
  });

  /** Reloads the domains. */
  async refresh(): Promise<void> {
    this.#actions.dismiss();
    await this.#list.refresh();
  }

  get #mayManage(): boolean {
    return this.#permissions.can(NEEDED);
  }

  async #loadAdder(): Promise<void> {
    const { AddDomainForm } = await import('./domain-list.add.js');
    this.#adder ??= new AddDomainForm(this, (hostname) => this.#list.items.some((domain) => domain.hostname === hostname));
  }

  #byId(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Domains', { id: 'tk.domain-list.title' })}</h2></slot></div>
        <p class="hint">${msg('Verify the domains your organisation owns to use them for single sign-on, trusted mail and auto-join.', { id: 'tk.domain-list.intro' })}</p>
      </header>
      ${renderGate(this.#permissions) ?? this.#renderBody()}
      ${this.#confirm?.render() ?? nothing}
    </section>`;
  }

  #renderBody(): TemplateResult {
    const manage = this.#mayManage;
    return html`${manage ? this.#renderAddForm() : html`<div id=${READ_ONLY_ID}>${renderNotice({
      tone: 'info',
      title: msg('Only people who manage domains can add, verify or change them.', { id: 'tk.domain-list.read_only' }),
      detail: this.#permissions.deniedReason(),
    }, { alert: false })}</div>`}
      ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
      ${this.#list.render({
        items: (domains) => {
          const view = this.#rowContext(manage);
          // Keyed: a removed domain takes its own controls (and the focus on them) away, not the next domain's.
          return html`<ul part="list">${repeat(domains, (domain) => domain.id, (domain) => renderDomain(domain, view))}</ul>`;
        },
        empty: () => renderEmpty(
          msg('No domains yet', { id: 'tk.domain-list.empty' }),
          manage
            ? msg('Add your organisation\'s domain, then verify it with a DNS record.', { id: 'tk.domain-list.empty_hint' })
            : msg('A workspace owner or admin can add them.', { id: 'tk.domain-list.empty_hint_read_only' }),
        ),
      })}`;
  }

  #renderAddForm(): TemplateResult | typeof nothing {
    const adder = this.#adder;
    if (!adder) return nothing;
    return html`<form part="form" class="add" novalidate @submit=${(event: Event) => void this.#add(event)}>
      ${adder.render(this.#actions.busy('add'), () => void this.#add())}
    </form>`;
  }

  #rowContext(manage: boolean): RowContext {
    const roles = this.#roles.status === TaskStatus.COMPLETE ? this.#roles.value ?? [] : [];
    const membership = this.#permissions.membership;
    return {
      rolesFailed: this.#roles.status === TaskStatus.ERROR,
      retryRoles: () => void this.#roles.run(),
      format: this.format,
      copy: this.#copy,
      manage,
      readOnlyId: READ_ONLY_ID,
      byId: (id: string) => this.#byId(id),
      roles,
      grantable: this.#roles.status === TaskStatus.COMPLETE && membership ? grantableRoles(membership, roles) : undefined,
      draftOf: (domain: Domain) => this.#drafts.get(domain.id) ?? draftFrom(domain),
      busyWith: (id: string) => this.#actions.busyWith(id),
      setDraft: (domain: Domain, draft: Draft) => {
        if (sameDraft(draft, draftFrom(domain))) this.#drafts.delete(domain.id);
        else this.#drafts.set(domain.id, draft);
        this.requestUpdate();
      },
      save: (domain: Domain) => void this.#save(domain),
      revert: (domain: Domain) => {
        this.#drafts.delete(domain.id);
        this.requestUpdate();
      },
      verify: (domain: Domain) => void this.#verify(domain),
      remove: (domain: Domain) => void this.#remove(domain),
    };
  }

  async #add(event?: Event): Promise<void> {
    event?.preventDefault();
    const { api: client, currentWorkspaceId: workspaceId } = this;
    if (!client || !workspaceId || !this.#adder || this.#actions.busy('add')) return;
    await this.#adder.submit((input) => this.#actions.run({
      key: 'add',
      before: () => new BeforeDomainAddEvent(input),
      call: (signal) => client.domains.add(workspaceId, input, { signal }),
      after: ({ etag: _etag, ...domain }) => {
        this.#list.insert(domain, this.#list.items.filter((other) => other.hostname < domain.hostname).length);
        return new DomainAddedEvent(domain);
      },
      action: 'domain-add',
      success: (domain) => ({
        announce: msg(str`${domain.hostname} added`, { id: 'tk.domain-list.added' }),
        notice: { detail: msg('Publish its TXT record at your DNS provider, then verify it.', { id: 'tk.domain-list.added_detail' }) },
      }),
    }));
  }

  async #verify(domain: Domain): Promise<void> {
    const { api: client, currentWorkspaceId: workspaceId } = this;
    if (!client || !workspaceId) return;
    const host = domain.hostname;
    await this.#actions.run({
      key: domain.id,
      before: () => new BeforeDomainVerifyEvent(domain),
      call: (signal) => client.domains.verify(workspaceId, domain.id, { signal }),
      after: ({ etag: _etag, ...checked }) => {
        this.#list.replace(checked.id, checked);
        return checked.status === 'verified' ? new DomainVerifiedEvent(checked) : undefined;
      },
      action: 'domain-verify',
      success: (checked) => (checked.status === 'verified'
        ? { announce: msg(str`${host} verified`, { id: 'tk.domain-list.verified' }) }
        : {
          announce: msg(str`${host} isn't verified yet`, { id: 'tk.domain-list.not_verified' }),
          notice: { tone: 'warning', title: msg(str`${host} isn't verified yet`, { id: 'tk.domain-list.not_verified' }), detail: failureText(checked.failureReason) },
        }),
      failure: msg(str`Couldn't verify ${host}`, { id: 'tk.domain-list.verify_failed' }),
      focus: () => this.#byId(`name-${domain.id}`),
    });
  }

  async #save(domain: Domain): Promise<void> {
    const { api: client, currentWorkspaceId: workspaceId } = this;
    const draft = this.#drafts.get(domain.id);
    if (!client || !workspaceId || !draft) return;
    const autoJoin = draft.purposes.includes('auto_join');
    const patch: DomainUpdate = { purposes: [...draft.purposes], autoJoinRole: autoJoin ? draft.role : null };
    const host = domain.hostname;
    await this.#actions.run({
      key: domain.id,
      before: () => new BeforeDomainUpdateEvent(domain, patch),
      call: (signal) => client.domains.update(workspaceId, domain.id, patch, { signal }),
      after: ({ etag: _etag, ...updated }) => {
        this.#drafts.delete(domain.id);
        this.#list.replace(updated.id, updated);
        return new DomainUpdatedEvent(updated);
      },
      action: 'domain-update',
      success: { announce: msg(str`Purposes of ${host} saved`, { id: 'tk.domain-list.updated' }) },
      failure: msg(str`Couldn't save the purposes of ${host}`, { id: 'tk.domain-list.update_failed' }),
      focus: () => this.#byId(`purpose-sso-${domain.id}`),
    });
  }

  async #remove(domain: Domain): Promise<void> {
    const { api: client, currentWorkspaceId: workspaceId } = this;
    if (!client || !workspaceId || this.#actions.busy(domain.id)) return;
    const host = domain.hostname;
    this.#confirm ??= new (await import('../shared/confirm-controller.js')).ConfirmController(this);
    const confirmed = await this.#confirm.ask({
      title: msg(str`Remove ${host}?`, { id: 'tk.domain-list.remove_title' }),
      message: msg(str`Single sign-on, trusted mail and auto-join through ${host} stop at once. To use it again, add it and verify it again.`, { id: 'tk.domain-list.remove_message' }),
      confirmLabel: msg('Remove domain', { id: 'tk.domain-list.remove_confirm' }),
      danger: true,
    });
    if (!confirmed) return;
    // Focus goes on to the next domain's name (else the one before) once this one is gone.
    const items = this.#list.items;
    const at = items.findIndex((item) => item.id === domain.id);
    const next = items[at + 1] ?? items[at - 1];
    await this.#actions.run({
      key: domain.id,
      before: () => new BeforeDomainRemoveEvent(domain),
      call: (signal) => client.domains.remove(workspaceId, domain.id, { signal }),
      after: () => {
        this.#list.remove(domain.id);
        this.#drafts.delete(domain.id);
        return new DomainRemovedEvent(domain);
      },
      action: 'domain-remove',
      success: { announce: msg(str`${host} removed`, { id: 'tk.domain-list.removed' }) },
      failure: msg(str`Couldn't remove ${host}`, { id: 'tk.domain-list.remove_failed' }),
      focus: () => (next ? this.#byId(`name-${next.id}`) : this.renderRoot.querySelector<HTMLElement>('input[name="hostname"]')),
    });
  }
}
