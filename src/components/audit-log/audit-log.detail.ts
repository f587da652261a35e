import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AuditEntry } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';
import { actionLabel } from './audit-log.labels.js';

/** One field's change between `before` and `after`; values as text, absent when the field was not there. */
export interface FieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as the reader sees it: strings as they are, anything else as compact JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

/**
 * What changed, field by field: fields only in `after` were added, only in `before` removed, in both with different
 * values changed; unchanged fields are left out. A side that is not an object (a list, a single value) counts as
 * one field, `value`; null or absent counts as no fields.
 */
export function diffOf(before: unknown, after: unknown): FieldChange[] {
  const fields = (side: unknown): Record<string, unknown> => (isRecord(side) ? side : side === null || side === undefined ? {} : { value: side });
  const old = fields(before);
  const now = fields(after);
  const changes: FieldChange[] = [];
  for (const field of new Set([...Object.keys(old), ...Object.keys(now)])) {
    const had = Object.hasOwn(old, field);
    const has = Object.hasOwn(now, field);
    if (had && has && JSON.stringify(old[field]) === JSON.stringify(now[field])) continue;
    changes.push({
      field,
      kind: had && has ? 'changed' : has ? 'added' : 'removed',
      ...(had ? { before: asText(old[field]) } : {}),
      ...(has ? { after: asText(now[field]) } : {}),
    });
  }
  return changes;
}

function kindLabel(kind: FieldChange['kind']): string {
  switch (kind) {
    case 'added': return msg('Added', { id: 'tk.audit-log.diff.added' });
    case 'removed': return msg('Removed', { id: 'tk.audit-log.diff.removed' });
    default: return msg('Changed', { id: 'tk.audit-log.diff.changed' });
  }
}

function renderDiff(changes: readonly FieldChange[]): TemplateResult {
  if (!changes.length) return html`<p class="muted" part="diff-empty">${msg('No field changes were recorded for this entry.', { id: 'tk.audit-log.diff.none' })}</p>`;
  const none = html`<span class="muted">—</span>`;
  return html`<div class="table-wrap"><table part="table diff" aria-labelledby="detail-changes">
    <thead><tr>
      <th scope="col" part="column-header">${msg('Field', { id: 'tk.audit-log.diff.field' })}</th>
      <th scope="col" part="column-header">${msg('Before', { id: 'tk.audit-log.diff.before' })}</th>
      <th scope="col" part="column-header">${msg('After', { id: 'tk.audit-log.diff.after' })}</th>
    </tr></thead>
    <tbody>${changes.map((change) => html`<tr part="row diff-${change.kind}">
      <th scope="row" part="cell cell-field"><code>${change.field}</code>
        <span class="badge ${change.kind === 'added' ? 'success' : change.kind === 'removed' ? 'danger' : 'accent'}" part="badge badge-${change.kind}">${kindLabel(change.kind)}</span></th>
      <td part="cell cell-before">${change.before === undefined ? none : html`<del class="value">${change.before}</del>`}</td>
      <td part="cell cell-after">${change.after === undefined ? none : html`<ins class="value">${change.after}</ins>`}</td>
    </tr>`)}</tbody>
  </table></div>`;
}

/** An entry's details in the dialog: when, who (and through which key), the target, the address, and the diff. */
export function renderDetail(entry: AuditEntry, format: BoundFormat, titleId: string, close: () => void): TemplateResult {
  const label = actionLabel(entry.action);
  const { actor, apiKey, target } = entry;
  return html`<header part="header">
      <h2 id=${titleId} part="dialog-title">${label}</h2>
      <button type="button" part="close" @click=${close}>${msg('Close', { id: 'tk.audit-log.close' })}</button>
    </header>
    <dl part="entry-details">
      <dt>${msg('When', { id: 'tk.audit-log.col.time' })}</dt><dd><time datetime=${entry.createdAt}>${format.date(entry.createdAt, 'datetime')}</time></dd>
      <dt>${msg('Who', { id: 'tk.audit-log.col.actor' })}</dt>
      <dd>${actor ? html`<bdi>${actor.name}</bdi> <span class="muted"><bdi>${actor.email}</bdi></span>` : msg('System', { id: 'tk.audit-log.system' })}${apiKey
        ? html`<br /><span class="muted">${msg('API key', { id: 'tk.audit-log.api_key' })} <bdi>${apiKey.name}</bdi> (<code>${apiKey.prefix}</code>)</span>` : nothing}</dd>
      <dt>${msg('Target', { id: 'tk.audit-log.filter.target' })}</dt><dd><bdi>${target.label}</bdi> <code class="muted">${target.id}</code></dd>
      <dt>${msg('Action', { id: 'tk.audit-log.filter.action' })}</dt><dd><code>${entry.action}</code></dd>
      <dt>${msg('IP address', { id: 'tk.audit-log.ip' })}</dt><dd>${entry.ip ?? html`<span class="muted">${msg('Not recorded', { id: 'tk.audit-log.ip_none' })}</span>`}</dd>
      <dt>${msg('Entry', { id: 'tk.audit-log.entry' })}</dt><dd><code>${entry.id}</code></dd>
    </dl>
    <h3 id="detail-changes">${msg('Changes', { id: 'tk.audit-log.diff' })}</h3>
    ${renderDiff(diffOf(entry.before, entry.after))}`;
}
