import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
// The guard's own module, not the SDK's index: the element's entry carries no schema.
import { isRateLimitError } from '../../sdk/errors/kinds.js';
import type { Client, DataExport } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { formatCountdown } from '../shared/clock.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { PollController } from '../shared/controllers/poll-controller.js';
import { RateLimitController } from '../shared/controllers/rate-limit-controller.js';
import { describeError } from '../shared/describe-error.js';
import { downloadHref, extensionOf, safeFileName } from '../shared/download-link.js';
import { TeamkitErrorEvent } from '../shared/events.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { dayOf } from '../shared/zoned-day.js';
import { BeforeExportRequestEvent, ExportReadyEvent, ExportRequestedEvent } from './privacy-settings.events.js';

export interface ExportSectionOptions {
  client: () => Client | undefined;
  /** The host's "now", in ms: its clock, or the device's. */
  now: () => number;
  /** After an export was requested (what deleting the account would take changed with it). */
  requested?: () => void;
}

/** What the reader sees of the latest export: `ready` past its expiry reads as `expired` without asking the server. */
type Shown = 'none' | DataExport['status'];

/** The export's media types a page may link to as `data:` URLs (the reference backend's). */
const DATA_TYPES = ['application/json', 'application/zip'];

const STATUS_ID = 'export-status';
const WAIT_ID = 'export-wait';

/**
 * The data export: the latest one (a page reload finds one still being prepared), watched with a growing wait
 * until it is ready, its download link and when that stops working, and a new request — refused for a while
 * after the previous one, which the section counts down. One instance per `<privacy-settings>`.
 */
export class ExportSection {
  #latest: DataExport | null = null;
  /** A look at the export being prepared failed, and will be tried again. */
  #trouble: unknown;
  /** A look failed for good: watching stopped until the reader asks to check again. */
  #lost: unknown;
  /** Why the last request failed, until the next one. */
  #failure: unknown;
  readonly #actions: ActionController;
  readonly #poll: PollController;
  readonly #wait: RateLimitController;

  constructor(private readonly host: TeamkitHost, private readonly options: ExportSectionOptions) {
    this.#actions = new ActionController(host);
    this.#poll = new PollController(host);
    this.#wait = new RateLimitController(host);
  }

  /** Shows `latest` (null: none yet); one still being prepared is watched until it is ready. */
  show(latest: DataExport | null): void {
    this.#latest = latest;
    this.#trouble = undefined;
    this.#lost = undefined;
    if (latest?.status === 'pending') this.#watch(latest);
    else this.#poll.stop();
    this.host.requestUpdate();
  }

  /** Stops watching, e.g. once the account is gone. */
  stop(): void {
    this.#poll.stop();
  }

  #watch(pending: DataExport): void {
    this.#poll.start({
      check: (signal) => {
        const client = this.options.client();
        if (!client) throw new Error('<privacy-settings> has no client');
        return client.account.getExport(pending.id, { signal });
      },
      onValue: (latest) => {
        this.#latest = latest;
        this.#trouble = undefined;
        if (latest.status !== 'ready') return latest.status === 'pending';
        announce(msg('Your data export is ready to download.', { id: 'tk.privacy-settings.export.ready_announce' }));
        this.host.dispatchEvent(new ExportReadyEvent(latest));
        return false;
      },
      onError: (error) => {
        if (describeError(error).retryable) {
          this.#trouble = error;
          return true;
        }
        this.#lost = error;
        this.host.dispatchEvent(new TeamkitErrorEvent(error, 'export-check'));
        return false;
      },
    });
  }

  async #request(): Promise<void> {
    const client = this.options.client();
    if (!client || this.#actions.busy() || this.#wait.seconds > 0) return;
    this.#failure = undefined;
    try {
      await this.#actions.run({
        before: () => new BeforeExportRequestEvent(),
        call: (signal) => client.account.requestExport({ signal }),
        after: (created) => {
          this.show(created);
          this.options.requested?.();
          return new ExportRequestedEvent(created);
        },
        action: 'export-request',
        success: { announce: msg('Export requested. It is being prepared.', { id: 'tk.privacy-settings.export.requested' }), notice: false },
        focus: () => this.host.renderRoot.querySelector<HTMLElement>(`#${STATUS_ID}`),
      });
      this.#wait.note(undefined);
    } catch (error) {
      this.#failure = error;
      this.#wait.note(error);
    }
  }

  #shown(): Shown {
    const latest = this.#latest;
    if (!latest) return 'none';
    if (latest.status === 'ready' && latest.expiresAt !== null && Date.parse(latest.expiresAt) <= this.options.now()) return 'expired';
    return latest.status;
  }

  render(): TemplateResult {
    const shown = this.#shown();
    return html`<section part="export" aria-labelledby="export-title">
      <h2 id="export-title" part="title">${msg('Download your data', { id: 'tk.privacy-settings.export.title' })}</h2>
      <p part="description">${msg('Get a copy of what your account holds: your profile, the workspaces you belong to, your signed-in devices, recent sign-ins and notification settings. It takes a moment to prepare; you can leave this page meanwhile.', { id: 'tk.privacy-settings.export.description' })}</p>
      ${this.#latest && shown !== 'none' ? this.#renderStatus(this.#latest, shown) : nothing}
      ${this.#renderLost()}
      ${this.#renderFailure()}
      ${shown === 'pending' ? nothing : this.#renderRequest(shown)}
    </section>`;
  }

  #renderStatus(latest: DataExport, shown: Exclude<Shown, 'none'>): TemplateResult {
    const format = this.host.format;
    const body = (() => {
      switch (shown) {
        case 'pending': return html`<span class="spinner" aria-hidden="true"></span><div>
          <strong>${msg('Preparing your export…', { id: 'tk.privacy-settings.export.pending' })}</strong>
          <p>${msg(str`Requested ${format.relative(latest.createdAt, this.options.now())}.`, { id: 'tk.privacy-settings.export.requested_at' })}
            ${msg('It carries on if you leave this page, and waits for you here.', { id: 'tk.privacy-settings.export.pending_detail' })}</p>
          ${this.#trouble === undefined ? nothing : html`<p part="hint">${msg("Couldn't check on it just now. Trying again…", { id: 'tk.privacy-settings.export.trouble' })}</p>`}
        </div>`;
        case 'ready': return this.#renderReady(latest);
        case 'expired': return html`<div><strong>${msg('Your last export has expired', { id: 'tk.privacy-settings.export.expired' })}</strong>
          <p>${latest.expiresAt ? msg(str`Its link stopped working on ${format.date(latest.expiresAt, 'datetime')}. Request a new export to download your data.`, { id: 'tk.privacy-settings.export.expired_detail' }) : nothing}</p></div>`;
        case 'failed': return html`<div><strong>${msg("Your last export couldn't be prepared", { id: 'tk.privacy-settings.export.failed' })}</strong>
          <p>${msg('Request a new one. If that fails too, contact support.', { id: 'tk.privacy-settings.export.failed_detail' })}</p></div>`;
        default: return nothing;
      }
    })();
    return html`<div id=${STATUS_ID} class="export-status ${shown}" part="export-status export-${shown}" tabindex="-1">${body}</div>`;
  }

  #renderReady(latest: DataExport): TemplateResult {
    const format = this.host.format;
    const { expiresAt, downloadUrl } = latest;
    const href = downloadUrl === null ? undefined : downloadHref(downloadUrl, DATA_TYPES);
    const until = expiresAt === null ? undefined : msg(str`The link works until ${format.date(expiresAt, 'datetime')} (${format.relative(expiresAt, this.options.now())}).`, { id: 'tk.privacy-settings.export.until' });
    return html`<div>
      <strong>${msg('Your export is ready', { id: 'tk.privacy-settings.export.ready' })}</strong>
      ${until ? html`<p>${until}</p>` : nothing}
      ${href && downloadUrl
        ? html`<p><a part="download" href=${href} download=${this.#fileName(latest, downloadUrl)}>${msg('Download export', { id: 'tk.privacy-settings.export.download' })}</a></p>`
        : html`<p>${msg("Its download link can't be opened here. Request a new export.", { id: 'tk.privacy-settings.export.bad_link' })}</p>`}
    </div>`;
  }

  /** "account-export-2026-01-15.json": the day it was made, in the reader's time zone, and what it is. */
  #fileName(latest: DataExport, url: string): string {
    const day = dayOf(latest.readyAt ?? latest.createdAt, this.host.format.settings.timeZone);
    const extension = extensionOf(url);
    return safeFileName(`account-export-${day}${extension ? `.${extension}` : ''}`, 'account-export');
  }

  #renderLost(): TemplateResult | typeof nothing {
    if (this.#lost === undefined) return nothing;
    const { title, detail } = describeError(this.#lost);
    const latest = this.#latest;
    return renderNotice({ tone: 'danger', title: msg("Couldn't check on your export", { id: 'tk.privacy-settings.export.lost' }), detail: `${title}. ${detail}` }, {
      actions: latest ? html`<button type="button" part="retry" @click=${() => this.show(latest)}>${msg('Check again', { id: 'tk.privacy-settings.export.check_again' })}</button>` : undefined,
    });
  }

  #renderFailure(): TemplateResult | typeof nothing {
    const failure = this.#failure;
    if (failure === undefined) return nothing;
    const seconds = this.#wait.seconds;
    const detail = isRateLimitError(failure)
      ? (seconds > 0
        ? msg(str`You asked for one a moment ago. You can ask again in ${formatCountdown(seconds)}.`, { id: 'tk.privacy-settings.export.wait' })
        : msg('You can ask again now.', { id: 'tk.privacy-settings.export.wait_over' }))
      : (({ title, detail: reason }) => `${title}. ${reason}`)(describeError(failure));
    return renderNotice({ tone: 'danger', title: msg("Couldn't request your export", { id: 'tk.privacy-settings.export.request_failed' }), detail }, {
      onDismiss: () => { this.#failure = undefined; this.host.requestUpdate(); },
    });
  }

  #renderRequest(shown: Shown): TemplateResult {
    const busy = this.#actions.busy();
    const seconds = this.#wait.seconds;
    const held = busy || seconds > 0;
    const label = busy
      ? msg('Requesting…', { id: 'tk.privacy-settings.export.requesting' })
      : shown === 'none' ? msg('Request export', { id: 'tk.privacy-settings.export.request' }) : msg('Request a new export', { id: 'tk.privacy-settings.export.request_new' });
    return html`<div class="actions" part="actions">
      <button type="button" class=${shown === 'none' ? 'primary' : ''} part="request-export" aria-disabled=${held ? 'true' : 'false'}
        aria-describedby=${seconds > 0 ? WAIT_ID : nothing} @click=${() => void this.#request()}>${label}</button>
      ${seconds > 0 ? html`<span id=${WAIT_ID} class="wait">${msg(str`You can request another export in ${formatCountdown(seconds)}.`, { id: 'tk.privacy-settings.export.next_in' })}</span>` : nothing}
    </div>`;
  }
}
