import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { InviteOutcome, InviteResult } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';
import { emailKey } from './invite-dialog.emails.js';
import { icon } from './invite-dialog.icons.js';

// The outcomes' icons, here rather than beside the form's: this view loads only once the dialog has opened.
const checkIcon = () => icon(svg`<path d="M20 6 9 17l-5-5" />`);
const infoIcon = () => icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 16v-4M12 8h.01" />`);
const errorIcon = () => icon(svg`<circle cx="12" cy="12" r="9" /><path d="m15 9-6 6M9 9l6 6" />`);

/** Outcomes worth trying again once the inviter fixed the address or freed a seat. */
const isFailure = (status: InviteOutcome): boolean => status === 'invalid_email' || status === 'seat_limit_reached';

type Tone = 'success' | 'accent' | 'danger';

function outcome(status: InviteOutcome): { label: string; tone: Tone; icon: TemplateResult } {
  switch (status) {
    case 'sent': return { label: msg('Sent', { id: 'tk.invite-dialog.outcome.sent' }), tone: 'success', icon: checkIcon() };
    case 'already_member': return { label: msg('Already a member', { id: 'tk.invite-dialog.outcome.already_member' }), tone: 'accent', icon: infoIcon() };
    case 'already_invited': return { label: msg('Already invited', { id: 'tk.invite-dialog.outcome.already_invited' }), tone: 'accent', icon: infoIcon() };
    case 'invalid_email': return { label: msg('Invalid email', { id: 'tk.invite-dialog.outcome.invalid_email' }), tone: 'danger', icon: errorIcon() };
    case 'seat_limit_reached': return { label: msg('No seat left', { id: 'tk.invite-dialog.outcome.seat_limit_reached' }), tone: 'danger', icon: errorIcon() };
  }
}

const badge = (status: InviteOutcome): TemplateResult => {
  const { label, tone, icon } = outcome(status);
  return html`<span class="badge ${tone}" part="outcome outcome-${status}">${icon}<span>${label}</span></span>`;
};

/** The results grouped by address, in the order they were sent. */
function byEmail(results: readonly InviteResult[]): Map<string, InviteResult[]> {
  const groups = new Map<string, InviteResult[]>();
  for (const result of results) {
    const key = emailKey(result.email);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return groups;
}

/** The addresses (by `emailKey`) that failed somewhere, each with whether the server found it invalid. */
export function failedAddresses(results: readonly InviteResult[]): Map<string, boolean> {
  const failed = new Map<string, boolean>();
  for (const [key, rows] of byEmail(results)) {
    if (rows.some((row) => isFailure(row.status))) failed.set(key, rows.some((row) => row.status === 'invalid_email'));
  }
  return failed;
}

/** "1 sent", "2 skipped: already in or invited", "1 not sent": what the summary shows and what is announced. */
export function summaryOf(results: readonly InviteResult[], format: BoundFormat): { sent: string; skipped: string; failed: string } {
  const count = (wanted: (status: InviteOutcome) => boolean) => results.filter((result) => wanted(result.status)).length;
  const sent = count((status) => status === 'sent');
  const skipped = count((status) => status === 'already_member' || status === 'already_invited');
  const failed = count(isFailure);
  return {
    sent: sent ? msg(str`${format.number(sent)} sent`, { id: 'tk.invite-dialog.summary.sent' }) : '',
    skipped: skipped ? msg(str`${format.number(skipped)} skipped: already in or invited`, { id: 'tk.invite-dialog.summary.skipped' }) : '',
    failed: failed ? msg(str`${format.number(failed)} not sent`, { id: 'tk.invite-dialog.summary.failed' }) : '',
  };
}

function summary(results: readonly InviteResult[], format: BoundFormat): TemplateResult {
  const { sent, skipped, failed } = summaryOf(results, format);
  return html`<ul class="summary" part="summary">
    ${sent ? html`<li>${checkIcon()}<span>${sent}</span></li>` : nothing}
    ${skipped ? html`<li>${infoIcon()}<span>${skipped}</span></li>` : nothing}
    ${failed ? html`<li class="failed">${errorIcon()}<span>${failed}</span></li>` : nothing}
  </ul>`;
}

export interface ResultsView {
  results: readonly InviteResult[];
  /** Workspace names by id, for results in several workspaces. */
  names: ReadonlyMap<string, string>;
  format: BoundFormat;
  /** Addresses that did not fit into this invitation and wait for the next one. */
  remaining: number;
  /** Back to the form with the failed (and remaining) addresses. */
  onRetry: () => void;
  onDone: () => void;
}

/** Each address's result in each workspace, with icon and text, then "Retry failed" and "Done". */
export function renderResults(view: ResultsView): TemplateResult {
  const { results, names } = view;
  const several = new Set(results.map((result) => result.workspaceId)).size > 1;
  const anyFailed = results.some((result) => isFailure(result.status));
  const anySent = results.some((result) => result.status === 'sent');
  const title = !anyFailed
    ? anySent
      ? msg('Invitations sent', { id: 'tk.invite-dialog.results.title' })
      : msg('Everyone is already in or invited', { id: 'tk.invite-dialog.results.title_skipped' })
    : anySent
      ? msg('Some invitations were not sent', { id: 'tk.invite-dialog.results.title_partial' })
      : msg('No invitations were sent', { id: 'tk.invite-dialog.results.title_none' });
  return html`<section part="results" aria-labelledby="results-title">
    <h3 id="results-title" tabindex="-1">${title}</h3>
    ${summary(results, view.format)}
    <ul class="results" part="result-list">
      ${[...byEmail(results)].map(([key, rows]) => html`<li part="result" data-email=${key}>
        <span class="result-email truncate" part="result-email">${rows[0]?.email ?? key}</span>
        ${several
          ? html`<ul class="result-workspaces">${rows.map((row) => html`<li>
              <span class="truncate">${names.get(row.workspaceId) ?? row.workspaceId}</span>${badge(row.status)}
            </li>`)}</ul>`
          : rows.map((row) => badge(row.status))}
      </li>`)}
    </ul>
    ${anyFailed ? html`<p class="hint" part="retry-hint">${msg('Free seats or fix the addresses, then retry: the failed addresses are kept.', { id: 'tk.invite-dialog.results.retry_hint' })}</p>` : nothing}
    <div class="actions" part="actions">
      ${view.remaining
        ? html`<button type="button" part="retry" @click=${view.onRetry}>${msg(str`Invite ${view.format.number(view.remaining)} more`, { id: 'tk.invite-dialog.invite_more' })}</button>`
        : anyFailed ? html`<button type="button" part="retry" @click=${view.onRetry}>${msg('Retry failed', { id: 'tk.invite-dialog.retry_failed' })}</button>` : nothing}
      <button type="button" class="primary" part="done" @click=${view.onDone}>${msg('Done', { id: 'tk.invite-dialog.done' })}</button>
    </div>
  </section>`;
}
