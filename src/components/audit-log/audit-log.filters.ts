import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AuditExportQuery, AuditFacets } from '../../sdk/index.js';
import { selectValue } from '../shared/fields/choice.js';
import type { MemberPicker } from '../shared/member-picker/member-picker.js';
import { endOfDay, startOfDay } from '../shared/zoned-day.js';
import type { AuditFilters } from './audit-log.events.js';
import { actionLabel, resourceLabel, resourceOf } from './audit-log.labels.js';

export const NO_FILTERS: AuditFilters = { actor: '', action: '', targetType: '', from: '', to: '' };

/** Whether the end day comes before the start day: the end is then left out of the query until it is fixed. */
export const rangeReversed = ({ from, to }: AuditFilters) => from !== '' && to !== '' && to < from;

/** The server's query for the filters: the days become the first and last instants of those days in `timeZone`. */
export function queryOf(filters: AuditFilters, timeZone: string | undefined): AuditExportQuery {
  const text = (value: string) => value.trim() || undefined;
  return {
    actor: text(filters.actor),
    action: text(filters.action),
    targetType: text(filters.targetType),
    from: filters.from ? startOfDay(filters.from, timeZone) : undefined,
    to: filters.to && !rangeReversed(filters) ? endOfDay(filters.to, timeZone) : undefined,
  };
}

export interface FilterView {
  filters: AuditFilters;
  /** The name of the member picked as the actor, when one was picked rather than typed. */
  actorName: string;
  picker: MemberPicker;
  /** The actions and target types the log holds; undefined while loading or after a failure. */
  facets: AuditFacets | undefined;
  facetsFailed: boolean;
  retryFacets: () => void;
  /** Today in the reader's time zone, the latest day a range may reach. */
  today: string;
  set: (change: Partial<AuditFilters>) => void;
  clearActor: () => void;
  /** Enter in the person box with no suggestion chosen: filter by what was typed. */
  onActorKeydown: (event: KeyboardEvent) => void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** The actions grouped by resource, each group led by "all of them" (the server takes a resource as a prefix). */
function actionOptions(actions: readonly string[], chosen: string): TemplateResult[] {
  const groups = new Map<string, string[]>();
  // A preset action the log does not hold yet still shows as chosen.
  for (const action of chosen && !actions.includes(chosen) && chosen.includes('.') ? [...actions, chosen] : actions) {
    const list = groups.get(resourceOf(action)) ?? [];
    list.push(action);
    groups.set(resourceOf(action), list);
  }
  return [...groups].map(([resource, list]) => {
    const label = resourceLabel(resource);
    return html`<optgroup label=${label}>
      <option value=${resource}>${msg(str`${label}: all`, { id: 'tk.audit-log.filter.all_of' })}</option>
      ${list.map((action) => html`<option value=${action}>${actionLabel(action)}</option>`)}
    </optgroup>`;
  });
}

function renderActor(view: FilterView): TemplateResult {
  const { actor } = view.filters;
  if (!actor) {
    return html`<div class="filter actor" part="filter filter-actor" @keydown=${view.onActorKeydown}>${view.picker.render({
      label: msg('Person', { id: 'tk.audit-log.filter.actor' }),
      placeholder: msg('Name, email or id', { id: 'tk.audit-log.filter.actor_placeholder' }),
    })}</div>`;
  }
  const who = view.actorName || actor;
  return html`<div class="filter actor" part="filter filter-actor">
    <span class="label" id="actor-chip-label">${msg('Person', { id: 'tk.audit-log.filter.actor' })}</span>
    <span class="chip" part="chip" aria-labelledby="actor-chip-label actor-chip-value">
      <span id="actor-chip-value"><bdi>${who}</bdi>${view.actorName ? html` <span class="muted"><bdi>${actor}</bdi></span>` : nothing}</span>
      <button type="button" class="icon" part="clear-actor" aria-label=${msg(str`Show everyone, not only ${who}`, { id: 'tk.audit-log.filter.clear_actor' })}
        @click=${view.clearActor}><span aria-hidden="true">✕</span></button>
    </span>
  </div>`;
}

/** Person, action, target type and the date range: each change asks the server again. */
export function renderFilters(view: FilterView): TemplateResult {
  const { filters, facets } = view;
  const reversed = rangeReversed(filters);
  return html`<div class="filters" part="filters">
    ${renderActor(view)}
    <div class="filter" part="filter filter-action">
      <label for="filter-action">${msg('Action', { id: 'tk.audit-log.filter.action' })}</label>
      <select id="filter-action" part="input select" @change=${(event: Event) => view.set({ action: valueOf(event) })}>
        <option value="">${msg('All actions', { id: 'tk.audit-log.filter.all_actions' })}</option>
        ${actionOptions(facets?.actions ?? [], filters.action)}${selectValue(filters.action)}
      </select>
    </div>
    <div class="filter" part="filter filter-target">
      <label for="filter-target">${msg('Target', { id: 'tk.audit-log.filter.target' })}</label>
      <select id="filter-target" part="input select" @change=${(event: Event) => view.set({ targetType: valueOf(event) })}>
        <option value="">${msg('All targets', { id: 'tk.audit-log.filter.all_targets' })}</option>
        ${[...new Set([...(facets?.targetTypes ?? []), ...(filters.targetType ? [filters.targetType] : [])])]
          .map((type) => html`<option value=${type}>${resourceLabel(type)}</option>`)}${selectValue(filters.targetType)}
      </select>
    </div>
    <div class="filter" part="filter filter-from">
      <label for="filter-from">${msg('From', { id: 'tk.audit-log.filter.from' })}</label>
      <input id="filter-from" part="input" type="date" max=${filters.to || view.today} .value=${live(filters.from)}
        @change=${(event: Event) => view.set({ from: valueOf(event) })} />
    </div>
    <div class="filter" part="filter filter-to">
      <label for="filter-to">${msg('To', { id: 'tk.audit-log.filter.to' })}</label>
      <input id="filter-to" part="input" type="date" min=${filters.from || nothing} max=${view.today} .value=${live(filters.to)}
        aria-invalid=${reversed ? 'true' : 'false'} aria-describedby=${reversed ? 'filter-to-error' : nothing}
        @change=${(event: Event) => view.set({ to: valueOf(event) })} />
      ${reversed ? html`<p id="filter-to-error" class="error" part="field-error">${msg('Pick a day on or after the start: until then the range has no end.', { id: 'tk.audit-log.filter.reversed' })}</p>` : nothing}
    </div>
    ${view.facetsFailed ? html`<p class="facets-failed" part="notice warning">${msg("The action and target choices couldn't load.", { id: 'tk.audit-log.filter.facets_failed' })}
      <button type="button" part="retry" @click=${view.retryFacets}>${msg('Try again', { id: 'tk.state.retry' })}</button></p>` : nothing}
  </div>`;
}
