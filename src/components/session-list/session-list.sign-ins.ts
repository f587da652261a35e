import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SignIn } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';
import { deviceKindOf, deviceName, placeOf, SIGN_IN_COLUMNS, signInColumnNames, type SignInColumnNames } from './session-list.text.js';

/** What the sign-ins table needs of its element. */
export interface SignInsView {
  format: BoundFormat;
  /** "3 hours ago", in the element's notion of now. */
  ago: (iso: string) => string;
  /** Whether "This wasn't me" is on its way for this sign-in. */
  busy: (id: string) => boolean;
  report: (signIn: SignIn) => void;
}

/**
 * The recent sign-ins as a table. The explicit roles keep its semantics when a narrow container lays rows out as
 * cards (CSS `display` would otherwise drop them); `data-label` names each value in that layout.
 */
export function renderSignIns(items: readonly SignIn[], view: SignInsView): TemplateResult {
  const columns = signInColumnNames();
  return html`<div class="table-wrap" part="table-wrap">
    <table part="table" role="table" aria-labelledby="sign-ins-heading">
      <thead role="rowgroup">
        <tr role="row">${SIGN_IN_COLUMNS.map((column) => html`<th scope="col" role="columnheader" part="column-header column-header-${column}">${column === 'actions'
          ? html`<span class="visually-hidden">${columns.actions}</span>` : columns[column]}</th>`)}</tr>
      </thead>
      <tbody role="rowgroup">${items.map((signIn) => renderRow(signIn, view, columns))}</tbody>
    </table>
  </div>`;
}

function renderRow(signIn: SignIn, view: SignInsView, columns: SignInColumnNames): TemplateResult {
  const { createdAt, outcome, reportedAt } = signIn;
  const when = view.format.date(createdAt, 'datetime');
  return html`<tr part="row" role="row" data-id=${signIn.id} class=${outcome}>
    <th scope="row" role="rowheader" part="cell cell-time" tabindex="-1">
      <time datetime=${createdAt}>${when}</time> <span class="muted">${view.ago(createdAt)}</span>
    </th>
    <td role="cell" part="cell cell-outcome" data-label=${columns.outcome}><span class="badges">${outcome === 'success'
      ? html`<span class="badge success" part="badge badge-success">${msg('Signed in', { id: 'tk.session-list.outcome.success' })}</span>`
      : html`<span class="badge danger" part="badge badge-failure">${msg('Failed attempt', { id: 'tk.session-list.outcome.failure' })}</span>`}${signIn.current
      ? html`<span class="badge accent" part="badge badge-current">${msg('This device', { id: 'tk.session-list.this_device' })}</span>` : nothing}${reportedAt
      ? html`<span class="badge warning" part="badge badge-reported" title=${view.format.date(reportedAt, 'datetime')}>${msg('Reported', { id: 'tk.session-list.reported' })}</span>`
      : nothing}</span></td>
    <td role="cell" part="cell cell-device" data-label=${columns.device}><bdi>${deviceName(signIn)}</bdi> <span class="muted">${deviceKindOf(signIn)}</span></td>
    <td role="cell" part="cell cell-location" data-label=${columns.location}><bdi>${placeOf(signIn)}</bdi> <span class="muted"><bdi>${signIn.ip}</bdi></span></td>
    <td role="cell" part="cell cell-actions">${renderReport(signIn, view, when)}</td>
  </tr>`;
}

/** "This wasn't me", except on this device's own sign-in, which the reader is using. */
function renderReport(signIn: SignIn, view: SignInsView, when: string): TemplateResult {
  if (signIn.current) return html`<span class="visually-hidden">${msg('No actions', { id: 'tk.session-list.no_actions' })}</span>`;
  const busy = view.busy(signIn.id);
  return html`<button type="button" part="action report" aria-disabled=${busy ? 'true' : 'false'}
    aria-label=${busy ? nothing : msg(str`This wasn't me: ${when}, ${placeOf(signIn)}`, { id: 'tk.session-list.report_label' })}
    @click=${() => view.report(signIn)}>${busy ? msg('Signing out…', { id: 'tk.session-list.signing_out' }) : msg("This wasn't me", { id: 'tk.session-list.report' })}</button>`;
}
