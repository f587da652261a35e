import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiKey, ApiKeyStatus } from '../../sdk/index.js';
import { isolate, type BoundFormat } from '../shared/format.js';
import { permissionText } from '../shared/permission-labels.js';

/** How a key shows: its status now (a key can expire while the page is open), or `soon` when it is about to. */
export type KeyState = ApiKeyStatus | 'soon';

export interface RowContext {
  format: BoundFormat;
  now: number;
  /** Within how many days of its expiry a key is marked. */
  soonDays: number;
  /** Which action runs on a key, if any. */
  busyWith: (id: string) => string | undefined;
  revoke: (key: ApiKey) => void;
}

const DAY = 24 * 60 * 60 * 1000;

export function keyState(key: ApiKey, now: number, soonDays: number): KeyState {
  if (key.status !== 'active') return key.status;
  if (key.expiresAt === null) return 'active';
  const left = Date.parse(key.expiresAt) - now;
  return left <= 0 ? 'expired' : left <= soonDays * DAY ? 'soon' : 'active';
}

/** The statuses a reader can filter by, `all` first. */
export const FILTERS = ['all', 'active', 'expired', 'revoked'] as const;
export type KeyFilter = (typeof FILTERS)[number];

export function filterLabel(filter: KeyFilter): string {
  switch (filter) {
    case 'all': return msg('All', { id: 'tk.api-key-manager.filter_all' });
    case 'active': return msg('Active', { id: 'tk.api-key-manager.filter_active' });
    case 'expired': return msg('Expired', { id: 'tk.api-key-manager.filter_expired' });
    case 'revoked': return msg('Revoked', { id: 'tk.api-key-manager.filter_revoked' });
  }
}

const COLUMNS = ['name', 'scopes', 'created', 'used', 'expires', 'actions'] as const;

function columnName(column: (typeof COLUMNS)[number]): string {
  switch (column) {
    case 'name': return msg('Name', { id: 'tk.api-key-manager.name' });
    case 'scopes': return msg('Scopes', { id: 'tk.api-key-manager.scopes' });
    case 'created': return msg('Created', { id: 'tk.api-key-manager.created' });
    case 'used': return msg('Last used', { id: 'tk.api-key-manager.last_used' });
    case 'expires': return msg('Expires', { id: 'tk.api-key-manager.expires' });
    case 'actions': return msg('Actions', { id: 'tk.api-key-manager.actions' });
  }
}

/** The keys as a table; a narrow container lays each row out as a card (the styles), keeping table semantics. */
export function renderKeyTable(keys: readonly ApiKey[], context: RowContext, caption: string): TemplateResult {
  return html`<div class="table-wrap" part="table-wrap">
    <table part="table" role="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead role="rowgroup"><tr role="row">${COLUMNS.map((column) => html`<th scope="col" role="columnheader"
        part="column-header column-header-${column}">${column === 'actions'
          ? html`<span class="visually-hidden">${columnName(column)}</span>` : columnName(column)}</th>`)}</tr></thead>
      <tbody role="rowgroup">${keys.map((key) => renderRow(key, context))}</tbody>
    </table>
  </div>`;
}

function time(iso: string, text: string, format: BoundFormat): TemplateResult {
  return html`<time datetime=${iso} title=${format.date(iso, 'datetime')}>${text}</time>`;
}

function renderRow(key: ApiKey, context: RowContext): TemplateResult {
  const { format, now } = context;
  const state = keyState(key, now, context.soonDays);
  return html`<tr part="row" role="row" data-id=${key.id} class=${state}>
    <th scope="row" role="rowheader" class="name" part="cell cell-name" tabindex="-1">
      <bdi>${key.name}</bdi>
      <code class="prefix" part="prefix" title=${msg('The start of the key: the only part anyone can see again', { id: 'tk.api-key-manager.prefix_title' })}>${key.prefix}…</code>
    </th>
    <td role="cell" class="scopes" part="cell cell-scopes" data-label=${columnName('scopes')}>${format.list(key.scopes.map((scope) =>
      permissionText({ key: scope, label: scope, description: '', group: '' }).label))}</td>
    <td role="cell" part="cell cell-created" data-label=${columnName('created')}>
      ${time(key.createdAt, format.date(key.createdAt), format)}
      ${key.createdBy ? html`<span class="muted">${msg(str`by ${isolate(key.createdBy.name)}`, { id: 'tk.api-key-manager.created_by' })}</span>` : nothing}
    </td>
    <td role="cell" part="cell cell-used" data-label=${columnName('used')}>${key.lastUsedAt
      ? html`${time(key.lastUsedAt, format.relative(key.lastUsedAt, now), format)}${key.lastUsedIp
        ? html`<span class="muted">${msg(str`from ${isolate(key.lastUsedIp)}`, { id: 'tk.api-key-manager.used_from' })}</span>` : nothing}`
      : html`<span class="muted">${msg('Never used', { id: 'tk.api-key-manager.never_used' })}</span>`}</td>
    <td role="cell" class="expires" part="cell cell-expires" data-label=${columnName('expires')}>${renderExpiry(key, state, context)}</td>
    <td role="cell" class="actions" part="cell cell-actions">${renderActions(key, state, context)}</td>
  </tr>`;
}

const BADGE_TONE: Record<Exclude<KeyState, 'active'>, string> = { soon: 'warning', expired: 'danger', revoked: 'danger' };

function badge(state: Exclude<KeyState, 'active'>): TemplateResult {
  const text = state === 'soon' ? msg('Expires soon', { id: 'tk.api-key-manager.badge_soon' })
    : state === 'expired' ? msg('Expired', { id: 'tk.api-key-manager.badge_expired' })
      : msg('Revoked', { id: 'tk.api-key-manager.badge_revoked' });
  return html`<span class="badge ${BADGE_TONE[state]}" part="badge badge-${state}">${text}</span>`;
}

/** The expiry column: a far-off expiry by its date; near, past or revoked, by how long (with a badge). */
function renderExpiry(key: ApiKey, state: KeyState, { format, now }: RowContext): TemplateResult {
  if (state === 'revoked' && key.revocation) {
    const { at, by, reason } = key.revocation;
    const who = reason === 'creator_left'
      ? msg('Its creator left the workspace', { id: 'tk.api-key-manager.creator_left' })
      : by ? msg(str`by ${isolate(by.name)}`, { id: 'tk.api-key-manager.created_by' }) : '';
    return html`${badge(state)} ${time(at, format.relative(at, now), format)} ${who ? html`<span class="muted">${who}</span>` : nothing}`;
  }
  if (key.expiresAt === null) return html`<span class="muted">${msg('Never', { id: 'tk.api-key-manager.expiry_never' })}</span>`;
  const text = state === 'active' ? format.date(key.expiresAt) : format.relative(key.expiresAt, now);
  return html`${state === 'active' ? nothing : html`${badge(state)} `}${time(key.expiresAt, text, format)}`;
}

function renderActions(key: ApiKey, state: KeyState, context: RowContext): TemplateResult {
  if (state !== 'active' && state !== 'soon') {
    return html`<span class="visually-hidden">${msg('No actions', { id: 'tk.api-key-manager.no_actions' })}</span>`;
  }
  const busy = context.busyWith(key.id) === 'api-key-revoke';
  return html`<button type="button" part="action revoke" aria-disabled=${busy ? 'true' : 'false'}
    aria-label=${busy ? nothing : msg(str`Revoke ${key.name}`, { id: 'tk.api-key-manager.revoke_label' })}
    @click=${() => context.revoke(key)}>${busy ? msg('Revoking…', { id: 'tk.api-key-manager.revoking' }) : msg('Revoke', { id: 'tk.api-key-manager.revoke' })}</button>`;
}
