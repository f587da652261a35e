import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AuditEntry } from '../../sdk/index.js';
import { describeError } from '../shared/describe-error.js';
import type { BoundFormat } from '../shared/format.js';
import { actionLabel } from './audit-log.labels.js';

/** Stands in the virtualized rows for the page being loaded (or that failed to load) after the last one. */
export const MORE = Symbol('more');
export type LogRow = AuditEntry | typeof MORE;

export const COLUMNS = ['time', 'actor', 'action', 'target'] as const;
export type Column = (typeof COLUMNS)[number];

/** What every row reads, worked out once per render of the log. */
export interface LogView {
  format: BoundFormat;
  /** `"0"` for the cell holding the grid's tab stop, else `"-1"`. */
  tab(row: number, column: string): string;
  tabRow: number;
  /** The failure of the page after the last one, shown in the loading row. */
  moreError: unknown;
  retryMore(): void;
  open(entry: AuditEntry): void;
}

function columnLabel(column: Column): string {
  switch (column) {
    case 'time': return msg('When', { id: 'tk.audit-log.col.time' });
    case 'actor': return msg('Who', { id: 'tk.audit-log.col.actor' });
    case 'action': return msg('Action', { id: 'tk.audit-log.filter.action' });
    default: return msg('Target', { id: 'tk.audit-log.filter.target' });
  }
}

export function renderHeader(view: LogView): TemplateResult {
  return html`<div role="row" part="header-row" class="tr head" aria-rowindex="1" data-row="-1">${COLUMNS.map((column) => html`<div
    role="columnheader" part="column-header column-header-${column}" data-col=${column} tabindex=${view.tab(-1, column)}>${columnLabel(column)}</div>`)}</div>`;
}

/** Who acted: a person (and the API key they used), or the system when nobody did. */
function renderActor(entry: AuditEntry): TemplateResult {
  const { actor, apiKey } = entry;
  return html`${actor ? html`<bdi class="strong">${actor.name}</bdi>` : html`<span class="muted">${msg('System', { id: 'tk.audit-log.system' })}</span>`}${apiKey
    ? html`<span class="muted">${msg('API key', { id: 'tk.audit-log.api_key' })} <bdi>${apiKey.name}</bdi></span>` : nothing}`;
}

export function renderRow(row: LogRow | undefined, index: number, view: LogView): TemplateResult {
  // The virtualizer may still ask for a row of a longer list it has not re-ranged from yet: render it empty.
  if (row === undefined) return html``;
  if (row === MORE) return renderMoreRow(index, view);
  const tab = (column: Column) => view.tab(index, column);
  return html`<div role="row" part="row" class="tr" data-row=${index} aria-rowindex=${index + 2}>
    <div role="gridcell" part="cell cell-time" data-col="time" tabindex=${tab('time')}><time datetime=${row.createdAt}>${view.format.date(row.createdAt, 'datetime')}</time></div>
    <div role="gridcell" part="cell cell-actor" data-col="actor" tabindex=${tab('actor')}><span class="stack">${renderActor(row)}</span></div>
    <div role="gridcell" part="cell cell-action" data-col="action"><button type="button" part="action details" aria-haspopup="dialog"
      tabindex=${tab('action')} @click=${() => view.open(row)}>${actionLabel(row.action)}</button></div>
    <div role="gridcell" part="cell cell-target" data-col="target" tabindex=${tab('target')}><bdi>${row.target.label}</bdi></div>
  </div>`;
}

function renderMoreRow(index: number, view: LogView): TemplateResult {
  const tab = index === view.tabRow ? '0' : '-1';
  const error = view.moreError;
  if (error === undefined) {
    return html`<div role="row" part="row loading-row" class="tr more" data-row=${index}>
      <div role="gridcell" data-col="*" aria-colspan=${COLUMNS.length} tabindex=${tab}><span class="spinner" aria-hidden="true"></span>${msg('Loading more entries…', { id: 'tk.audit-log.loading_more' })}</div>
    </div>`;
  }
  const { title } = describeError(error);
  return html`<div role="row" part="row loading-row" class="tr more" data-row=${index}>
    <div role="gridcell" data-col="*" aria-colspan=${COLUMNS.length}><span class="error">${msg('More entries could not be loaded.', { id: 'tk.audit-log.more_failed' })} ${title}.</span>
      <button type="button" part="retry" tabindex=${tab} @click=${view.retryMore}>${msg('Try again', { id: 'tk.state.retry' })}</button></div>
  </div>`;
}
