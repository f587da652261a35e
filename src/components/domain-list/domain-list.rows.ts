import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Domain, DomainFailureReason, DomainPurpose, Role } from '../../sdk/index.js';
import type { CopyController } from '../shared/clipboard.js';
import type { ErrorAction } from '../shared/events.js';
import type { BoundFormat } from '../shared/format.js';
import { selectValue } from '../shared/fields/choice.js';
import { roleLabel } from '../shared/labels.js';

/** The purposes in the order they show; the SDK's `DOMAIN_PURPOSES` sits in a module with zod. */
export const PURPOSES = ['sso', 'trusted_sender', 'auto_join'] as const satisfies readonly DomainPurpose[];

/** What the reader set for a domain and has not saved yet. */
export interface Draft {
  purposes: readonly DomainPurpose[];
  role: string | null;
}

/** What a domain's card needs from its element. */
export interface RowContext {
  format: BoundFormat;
  copy: CopyController;
  /** Whether the reader may manage domains; without it the controls are disabled, described by `readOnlyId`. */
  manage: boolean;
  readOnlyId: string;
  /** A node of the element's shadow root, for a value to select when the clipboard refuses. */
  byId: (id: string) => HTMLElement | null;
  /** The roles the reader may give (auto-join), undefined while they load; every role, to name the current one. */
  grantable: readonly Role[] | undefined;
  roles: readonly Role[];
  /** The roles could not be read: the role select says so, with Try again. */
  rolesFailed: boolean;
  retryRoles: () => void;
  draftOf: (domain: Domain) => Draft;
  busyWith: (id: string) => ErrorAction | undefined;
  setDraft: (domain: Domain, draft: Draft) => void;
  save: (domain: Domain) => void;
  revert: (domain: Domain) => void;
  verify: (domain: Domain) => void;
  remove: (domain: Domain) => void;
}

const statusLabel = (status: Domain['status']) => status === 'verified'
  ? msg('Verified', { id: 'tk.domain-list.status_verified' })
  : status === 'failed'
    ? msg('Not verified', { id: 'tk.domain-list.status_failed' })
    : msg('Pending verification', { id: 'tk.domain-list.status_pending' });

const STATUS_TONE = { verified: 'success', failed: 'danger', pending: 'warning' } as const;

/** Why the last check failed, and what to do, in the reader's words. */
export function failureText(reason: DomainFailureReason | null): string {
  switch (reason) {
    case 'record_mismatch': return msg('A TXT record is there, but not with the value given. Check that you copied all of it.', { id: 'tk.domain-list.reason_mismatch' });
    case 'lookup_failed': return msg("DNS didn't answer. Try again in a few minutes.", { id: 'tk.domain-list.reason_lookup' });
    default: return msg('No TXT record was found at the name given. DNS changes can take a few hours to show: try again later.', { id: 'tk.domain-list.reason_not_found' });
  }
}

function purposeLabel(purpose: DomainPurpose): string {
  switch (purpose) {
    case 'sso': return msg('Single sign-on', { id: 'tk.domain-list.purpose_sso' });
    case 'trusted_sender': return msg('Trusted sender', { id: 'tk.domain-list.purpose_trusted_sender' });
    case 'auto_join': return msg('Auto-join', { id: 'tk.domain-list.purpose_auto_join' });
  }
}

function purposeHint(purpose: DomainPurpose): string {
  switch (purpose) {
    case 'sso': return msg('People with an address at this domain sign in through your identity provider.', { id: 'tk.domain-list.purpose_sso_hint' });
    case 'trusted_sender': return msg('Mail from this domain is not marked as external.', { id: 'tk.domain-list.purpose_trusted_sender_hint' });
    case 'auto_join': return msg('People with a verified address at this domain may join this workspace.', { id: 'tk.domain-list.purpose_auto_join_hint' });
  }
}

export const sameDraft = (a: Draft, b: Draft) =>
  a.role === b.role && a.purposes.length === b.purposes.length && a.purposes.every((purpose) => b.purposes.includes(purpose));

export const draftFrom = (domain: Domain): Draft => ({ purposes: domain.purposes, role: domain.autoJoinRole });

/** One domain: its name, status and dates; the record to publish and Verify; its purposes; Remove. */
export function renderDomain(domain: Domain, view: RowContext): TemplateResult {
  const { format } = view;
  const id = domain.id;
  const busy = view.busyWith(id);
  return html`<li part="item" data-id=${id} aria-labelledby="name-${id}">
    <div class="head" part="header">
      <h3 id="name-${id}" part="hostname" tabindex="-1"><bdi>${domain.hostname}</bdi></h3>
      <span class="badge ${STATUS_TONE[domain.status]}" part="badge badge-${domain.status}">${statusLabel(domain.status)}</span>
      <span class="dates" part="dates">${domain.verifiedAt
        ? msg(str`Verified on ${format.date(domain.verifiedAt)}`, { id: 'tk.domain-list.verified_on' })
        : msg(str`Added on ${format.date(domain.createdAt)}`, { id: 'tk.domain-list.added_on' })}</span>
    </div>
    ${domain.status === 'failed' ? html`<p class="failure" part="failure"><strong>${msg('Last check:', { id: 'tk.domain-list.last_check' })}</strong>
      ${failureText(domain.failureReason)}</p>` : nothing}
    ${domain.status !== 'verified' && domain.verificationRecord ? renderRecord(domain, domain.verificationRecord, view, busy) : nothing}
    ${renderPurposes(domain, view, busy)}
    ${view.manage ? html`<div class="actions" part="actions">
      <button type="button" id="remove-${id}" part="action remove" aria-labelledby="remove-${id} name-${id}" aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => view.remove(domain)}>${busy === 'domain-remove'
        ? msg('Removing…', { id: 'tk.domain-list.removing' }) : msg('Remove', { id: 'tk.domain-list.remove' })}</button>
    </div>` : nothing}
  </li>`;
}

function renderRecord(domain: Domain, record: NonNullable<Domain['verificationRecord']>, view: RowContext, busy: ErrorAction | undefined): TemplateResult {
  const id = domain.id;
  const host = domain.hostname;
  return html`<div class="record" part="record">
    <p class="hint">${msg('To verify the domain, publish this TXT record at your DNS provider, then select Verify.', { id: 'tk.domain-list.record_intro' })}</p>
    <dl>
      <div><dt>${msg('Type', { id: 'tk.domain-list.record_type' })}</dt><dd><code>${record.type}</code></dd></div>
      <div><dt>${msg('Name', { id: 'tk.domain-list.record_name' })}</dt><dd><code id="record-name-${id}" part="record-name">${record.name}</code>${view.copy.render({
        key: `name-${id}`, text: () => record.name, name: msg(str`Copy the record name for ${host}`, { id: 'tk.domain-list.copy_name' }),
        select: () => view.byId(`record-name-${id}`),
      })}</dd></div>
      <div><dt>${msg('Value', { id: 'tk.domain-list.record_value' })}</dt><dd><code id="record-value-${id}" part="record-value">${record.value}</code>${view.copy.render({
        key: `value-${id}`, text: () => record.value, name: msg(str`Copy the record value for ${host}`, { id: 'tk.domain-list.copy_value' }),
        select: () => view.byId(`record-value-${id}`),
      })}</dd></div>
    </dl>
    <button type="button" id="verify-${id}" class="primary" part="action verify" aria-labelledby="verify-${id} name-${id}"
      aria-disabled=${busy ? 'true' : 'false'} @click=${() => view.verify(domain)}>${busy === 'domain-verify'
      ? msg('Checking…', { id: 'tk.domain-list.verifying' }) : msg('Verify', { id: 'tk.domain-list.verify' })}</button>
  </div>`;
}

function renderPurposes(domain: Domain, view: RowContext, busy: ErrorAction | undefined): TemplateResult {
  const id = domain.id;
  const draft = view.draftOf(domain);
  const dirty = !sameDraft(draft, draftFrom(domain));
  const autoJoin = draft.purposes.includes('auto_join');
  // Read the draft again at each change: two switches flipped before the next render both count.
  const toggle = (purpose: DomainPurpose, on: boolean) => {
    const current = view.draftOf(domain);
    const purposes = PURPOSES.filter((each) => (each === purpose ? on : current.purposes.includes(each)));
    const role = purpose === 'auto_join' && on && current.role === null ? defaultRole(view.grantable) : current.role;
    view.setDraft(domain, { purposes, role: purposes.includes('auto_join') ? role : null });
  };
  return html`<fieldset class="purposes" part="purposes" aria-describedby=${view.manage ? nothing : view.readOnlyId}>
    <legend>${msg('Used for', { id: 'tk.domain-list.purposes' })}</legend>
    ${PURPOSES.map((purpose) => {
      const unverified = purpose === 'auto_join' && domain.status !== 'verified';
      const hintId = `purpose-${purpose}-${id}-hint`;
      return html`<div class="purpose">
        <input type="checkbox" role="switch" id="purpose-${purpose}-${id}" part="input switch purpose-${purpose}"
          .checked=${draft.purposes.includes(purpose)} ?disabled=${!view.manage || unverified}
          aria-describedby=${hintId} @change=${(event: Event) => toggle(purpose, (event.target as HTMLInputElement).checked)} />
        <label for="purpose-${purpose}-${id}">${purposeLabel(purpose)}</label>
        <p class="hint" id=${hintId}>${unverified
          ? msg('Verify the domain to let people join through it.', { id: 'tk.domain-list.auto_join_unverified' })
          : purposeHint(purpose)}</p>
      </div>`;
    })}
    ${autoJoin ? renderRole(domain, draft, view) : nothing}
    ${view.manage && dirty ? html`<div class="actions" part="actions">
      <button type="button" part="cancel" aria-disabled=${busy ? 'true' : 'false'} @click=${() => view.revert(domain)}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
      <button type="button" id="save-${id}" class="primary" part="action save" aria-labelledby="save-${id} name-${id}"
        aria-disabled=${busy ? 'true' : 'false'} @click=${() => view.save(domain)}>${busy === 'domain-update'
        ? msg('Saving…', { id: 'tk.domain-list.saving' }) : msg('Save', { id: 'tk.domain-list.save' })}</button>
    </div>` : nothing}
  </fieldset>`;
}

function renderRole(domain: Domain, draft: Draft, view: RowContext): TemplateResult {
  const selectId = `role-${domain.id}`;
  const current = draft.role === null ? '' : roleLabel(draft.role, view.roles);
  if (!view.manage) {
    return html`<p class="joins" part="auto-join-role">${msg(str`People join as ${current}`, { id: 'tk.domain-list.joins_as' })}</p>`;
  }
  const grantable = view.grantable;
  if (view.rolesFailed) {
    return html`<div class="row" role="alert"><p class="error">${msg("Couldn't load the roles to choose from.", { id: 'tk.domain-list.roles_failed' })}</p>
      <button type="button" part="retry" @click=${view.retryRoles}>${msg('Try again', { id: 'tk.state.retry' })}</button></div>`;
  }
  if (!grantable) return html`<p class="hint" role="status">${msg('Loading roles…', { id: 'tk.domain-list.loading_roles' })}</p>`;
  // A role chosen by someone with more rights stays shown, even when the reader may not give it.
  const options = draft.role !== null && !grantable.some((role) => role.id === draft.role)
    ? [{ id: draft.role, label: current, disabled: true }, ...grantable.map((role) => ({ id: role.id, label: roleLabel(role.id, view.roles), disabled: false }))]
    : grantable.map((role) => ({ id: role.id, label: roleLabel(role.id, view.roles), disabled: false }));
  return html`<div class="field role" part="field field-role">
    <label for=${selectId} part="label">${msg('Role for people who join', { id: 'tk.domain-list.role' })}</label>
    <select id=${selectId} part="input select" @change=${(event: Event) => view.setDraft(domain, { ...view.draftOf(domain), role: (event.target as HTMLSelectElement).value || null })}>
      ${options.map((option) => html`<option value=${option.id} ?disabled=${option.disabled}>${option.label}</option>`)}${selectValue(draft.role ?? '')}
    </select>
  </div>`;
}

/** Member when the reader may give it, else the first role they may give. */
function defaultRole(grantable: readonly Role[] | undefined): string | null {
  if (!grantable?.length) return null;
  return grantable.find((role) => role.id === 'member')?.id ?? grantable[0]?.id ?? null;
}
