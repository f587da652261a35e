import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AuditExportQuery, Client } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { AuditExportedEvent, BeforeAuditExportEvent } from './audit-log.events.js';

/** A finished export, kept as an object URL until the notice that offers it again goes. */
interface SavedFile {
  url: string;
  name: string;
  bytes: number;
}

export interface ExportOptions {
  client: () => Client | undefined;
  workspaceId: () => string | undefined;
  /** The name when the server suggests none. */
  fallbackName: () => string;
}

/**
 * The CSV export as a download with progress: the server streams every entry matching the filters, the bytes
 * read so far show as they arrive, Cancel stops it at once, and the finished file is handed to the browser's
 * downloads through an object URL (with a file name), which stays valid for "Download again" until the notice is
 * dismissed, another export starts or the element leaves the page, and is then revoked. The run itself goes
 * through the shared ActionController: `tk-before-audit-export`, busy state, `tk-audit-exported`, the
 * announcement, the notice and `tk-error` (`audit-export`); a cancelled export reports no error.
 */
export class CsvExport implements ReactiveController {
  /** Bytes received so far while an export runs. */
  bytes = 0;
  readonly #actions: ActionController;
  #cancel: AbortController | undefined;
  #saved: SavedFile | undefined;

  constructor(private readonly host: TeamkitHost, private readonly options: ExportOptions) {
    host.addController(this);
    this.#actions = new ActionController(host);
  }

  hostDisconnected(): void {
    this.#cancel?.abort();
    this.#forget();
  }

  get running(): boolean {
    return this.#actions.busy('export');
  }

  /** Stops the export under way; what arrived is thrown away. */
  cancel(): void {
    this.#cancel?.abort();
  }

  async start(query: AuditExportQuery): Promise<void> {
    const client = this.options.client();
    const workspaceId = this.options.workspaceId();
    if (!client || !workspaceId) return;
    await this.#actions.run({
      key: 'export',
      before: () => new BeforeAuditExportEvent(query),
      call: (signal) => this.#download(client, workspaceId, query, signal),
      after: (file) => {
        if (!file) return undefined;
        this.#saved = file;
        return new AuditExportedEvent(file.name, file.bytes);
      },
      action: 'audit-export',
      success: (file) => (file
        ? { announce: msg('Audit log exported', { id: 'tk.audit-log.exported' }), notice: { detail: `${file.name}, ${this.host.format.bytes(file.bytes)}` } }
        : { announce: msg('Export cancelled', { id: 'tk.audit-log.export_cancelled' }), notice: { tone: 'info', title: msg('Export cancelled', { id: 'tk.audit-log.export_cancelled' }) } }),
      failure: msg("Couldn't export the audit log", { id: 'tk.audit-log.export_failed' }),
      // Export and Cancel take each other's place: focus goes back to Export once it ends.
      focus: () => this.host.renderRoot.querySelector<HTMLElement>('[part~="export"]'),
    });
    // Handed to the browser's downloads by a click on the link the notice offers, as a reader's click would.
    if (this.#saved) {
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLAnchorElement>('[part~="download"]')?.click();
    }
  }

  async #download(client: Client, workspaceId: string, query: AuditExportQuery, signal: AbortSignal): Promise<SavedFile | undefined> {
    this.#forget();
    const cancel = new AbortController();
    this.#cancel = cancel;
    this.bytes = 0;
    announce(msg('Exporting the audit log…', { id: 'tk.audit-log.exporting_announce' }));
    try {
      const csv = await client.audit.exportCsv(workspaceId, query, {
        signal: AbortSignal.any([signal, cancel.signal]),
        onProgress: ({ bytes }) => {
          this.bytes = bytes;
          this.host.requestUpdate();
        },
      });
      const blob = await csv.blob();
      return { url: URL.createObjectURL(blob), name: csv.filename ?? this.options.fallbackName(), bytes: blob.size };
    } catch (error) {
      // The reader's Cancel is an outcome, not a failure: it resolves with nothing.
      if (cancel.signal.aborted && !signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.#cancel === cancel) this.#cancel = undefined;
    }
  }

  #forget(): void {
    if (this.#saved) URL.revokeObjectURL(this.#saved.url);
    this.#saved = undefined;
  }

  #dismiss = (): void => {
    this.#forget();
    this.#actions.dismiss();
  };

  /** While it runs: the bytes so far and Cancel (the element shows Export CSV otherwise). */
  renderProgress(): TemplateResult {
    return html`<span class="export-progress" part="export-progress"><span class="spinner" aria-hidden="true"></span>${msg(str`Exporting… ${this.host.format.bytes(this.bytes)}`, { id: 'tk.audit-log.exporting' })}</span>
      <button type="button" part="cancel" @click=${() => this.cancel()}>${msg('Cancel export', { id: 'tk.audit-log.cancel_export' })}</button>`;
  }

  /** How the last export ended; a finished one offers its file again. */
  renderOutcome(): TemplateResult | typeof nothing {
    const saved = this.#saved;
    return renderNotice(this.#actions.notice, {
      onDismiss: this.#dismiss,
      actions: saved && this.#actions.notice?.tone === 'success'
        ? html`<a class="button" part="download" href=${saved.url} download=${saved.name}>${msg('Download again', { id: 'tk.audit-log.download_again' })}</a>`
        : undefined,
    });
  }
}
