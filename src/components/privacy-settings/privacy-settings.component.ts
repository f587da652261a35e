import { msg } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DeletionImpact, OwnedWorkspaceImpact, User } from '../../sdk/index.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { renderFormError } from '../shared/feedback/form-error.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderTask } from '../shared/feedback/states.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { renderDeletion } from './privacy-settings.deletion.js';
import type { DeleteStep } from './privacy-settings.delete.js';
import { DangerZoneRequestEvent } from './privacy-settings.events.js';
import { ExportSection } from './privacy-settings.export.js';
import { styles } from './privacy-settings.styles.js';

interface Loaded {
  user: User;
  impact: DeletionImpact;
}

/**
 * The account's data-protection rights: a copy of its data, and deleting it.
 *
 * **Download your data** requests an export, which the server prepares in the background: the element shows it
 * as being prepared and looks again with a growing wait (a page reload finds it still on its way), then offers
 * the download link with when it stops working, in the reader's time zone, saved as
 * `account-export-<day>.json`. A new request is refused for a while after the previous one; the element counts
 * that wait down. An expired or failed export offers a new request.
 *
 * **Delete your account** says what is lost (the account's own data, the workspaces it leaves, the devices signed
 * out, exports that stop working, workspaces it is alone in, which go with it). A workspace the reader owns
 * with other members stands in the way: each is named with "Transfer or delete", a link to `danger-zone-href`
 * (with `{workspaceId}` filled in) or a button, which fires `tk-danger-zone-request` either way, for the host
 * to open that workspace's danger zone. Once nothing stands in the way, "Delete account…" opens a dialog that
 * asks for the password and the account's email typed again; a wrong password is refused on its field, too many
 * make the reader wait (counted down). After `tk-account-deleted`, sign the person out.
 *
 * It needs no permission: everyone manages their own account. Account-level: no workspace needed.
 *
 * @summary Download your data, or delete your account.
 *
 * @fires {BeforeExportRequestEvent} tk-before-export-request - Cancelable. An export is about to be requested.
 * @fires {ExportRequestedEvent} tk-export-requested - An export was requested; `event.dataExport` is being prepared.
 * @fires {ExportReadyEvent} tk-export-ready - An export the element watched became ready; `event.dataExport.downloadUrl`.
 * @fires {DangerZoneRequestEvent} tk-danger-zone-request - Cancelable. "Transfer or delete" for `event.workspace`, which
 *   stands in the way of deleting the account: open its danger zone. Cancelling also stops the `danger-zone-href` link.
 * @fires {BeforeAccountDeleteEvent} tk-before-account-delete - Cancelable. The password and confirmation were typed; the deletion is about to be sent.
 * @fires {AccountDeletedEvent} tk-account-deleted - The account was deleted and all its sessions ended: sign the person out.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load`, `export-request`,
 *   `export-check` (watching an export failed for good) or `account-delete`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart export - The data export section.
 * @csspart deletion - The account deletion section.
 * @csspart title - Each section's heading.
 * @csspart description - Each section's introduction.
 * @csspart export-status - The latest export; also `export-pending`, `export-ready`, `export-expired`, `export-failed`.
 * @csspart download - The download link of a ready export.
 * @csspart request-export - "Request export" / "Request a new export".
 * @csspart hint - A note while an export is prepared, e.g. that checking on it failed for a moment.
 * @csspart losses - The list of what deleting the account takes with it.
 * @csspart blockers - The workspaces that must be transferred or deleted first.
 * @csspart list - Their list; each is an `item` (also `blocker`) with its `workspace-name`.
 * @csspart workspace-name - A workspace's name.
 * @csspart action - A workspace's "Transfer or delete" (also `transfer`).
 * @csspart delete-account - "Delete account…".
 * @csspart actions - A row of buttons.
 * @csspart notice - Feedback with its tone: `notice warning` (workspaces in the way), `notice danger` (a failure),
 *   `notice success` once the account is gone.
 * @csspart deleted - What shows once the account is gone (focus moves there).
 * @csspart dismiss - Dismiss on a failure notice.
 * @csspart retry - "Check again" after watching an export failed, "Try again" in an error.
 * @csspart dialog - The confirmation dialog; its heading is `dialog-title`.
 * @csspart dialog-title - The dialog's heading.
 * @csspart form - The dialog's form.
 * @csspart field - Each field; also `field-password`, `field-confirmation`.
 * @csspart label - Field labels.
 * @csspart input - The inputs.
 * @csspart field-error - A field's error: a wrong password, an address that does not match.
 * @csspart toggle-password - Show password.
 * @csspart form-error - A failure that belongs to no field, e.g. too many attempts with the wait.
 * @csspart cancel - The dialog's Cancel.
 * @csspart submit - The dialog's "Delete account".
 * @csspart state - Loading and error panels (`state loading`, `state error`).
 *
 * @cssprop [--tk-privacy-settings-max-width=40rem] - Widest the element grows.
 * @cssprop [--tk-privacy-settings-gap=var(--tk-space-6)] - Space between the two sections.
 * @cssprop [--tk-privacy-settings-danger-border=var(--tk-color-danger)] - The border that marks the deletion section.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <privacy-settings danger-zone-href="/workspaces/{workspaceId}/settings#danger-zone"></privacy-settings>
 * </teamkit-provider>
 * <script type="module">
 *   document.addEventListener('tk-account-deleted', () => location.assign('/signed-out'));
 * </script>
 * ```
 */
export class PrivacySettings extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /**
   * Where "Transfer or delete" leads for a workspace in the way; `{workspaceId}` is replaced by its id. Without
   * it, a button that only fires `tk-danger-zone-request`.
   */
  @property({ attribute: 'danger-zone-href' }) accessor dangerZoneHref: string | undefined = undefined;

  /** Where "now" comes from for relative times and an export's expiry. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  /** What deleting the account takes, as last read; refreshed after an export request and a refused deletion. */
  #impact: DeletionImpact | undefined;
  /** The confirmation step, with its code, loaded on the first "Delete account…". */
  #deleteStep: DeleteStep | undefined;
  #opening = false;
  /** Why the confirmation step could not be opened, until the next try. */
  #openError: unknown;
  #deleted = false;

  readonly #export = new ExportSection(this, {
    client: () => this.api,
    now: () => nowFrom(this.clock),
    requested: () => void this.#refreshImpact(),
  });

  readonly #load = new Task(this, {
    args: () => [this.api] as const,
    task: async ([client], { signal }): Promise<Loaded | typeof initialState> => {
      if (!client) return initialState;
      const [user, impact, exports] = await Promise.all([
        client.account.get({ signal }),
        client.account.deletionImpact({ signal }),
        client.account.listExports({ limit: 1 }, { signal }),
      ]);
      this.#impact = impact;
      this.#export.show(exports.items[0] ?? null);
      return { user, impact };
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    // "Requested 2 minutes ago", and a link that expires while the page stays open.
    new TickController(this);
  }

  protected override render(): TemplateResult {
    if (this.#deleted) {
      return html`<div part="base">${this.#renderDeleted()}${this.#deleteStep?.render() ?? nothing}</div>`;
    }
    return html`<div part="base">
      ${renderTask(this.#load, { complete: (loaded) => this.#renderBody(loaded.user) })}
      ${this.#deleteStep?.render() ?? nothing}
    </div>`;
  }

  #renderBody(user: User): TemplateResult {
    const impact = this.#impact;
    return html`${this.#export.render()}
      ${impact ? renderDeletion({
        impact,
        format: this.format,
        opening: this.#opening,
        dangerZoneHref: (workspace) => this.#dangerZoneHref(workspace),
        onDangerZone: (event, workspace) => {
          if (!this.emit(new DangerZoneRequestEvent(workspace))) event.preventDefault();
        },
        onDelete: () => void this.#openDelete(user),
      }) : nothing}
      ${renderFormError(this.#openError, { retry: () => void this.#openDelete(user) })}`;
  }

  #renderDeleted(): TemplateResult {
    return html`<div part="deleted" tabindex="-1">${renderNotice({
      tone: 'success',
      title: msg('Your account was deleted', { id: 'tk.privacy-settings.deleted' }),
      detail: msg('You were signed out on every device. Thank you for having been with us.', { id: 'tk.privacy-settings.deleted_detail' }),
    })}</div>`;
  }

  #dangerZoneHref(workspace: OwnedWorkspaceImpact): string | undefined {
    return this.dangerZoneHref?.replaceAll('{workspaceId}', encodeURIComponent(workspace.id));
  }

  async #openDelete(user: User): Promise<void> {
    const impact = this.#impact;
    if (!impact || this.#opening) return;
    if (!this.#deleteStep) {
      this.#opening = true;
      this.requestUpdate();
      this.#openError = undefined;
      try {
        const { DeleteStep } = await import('./privacy-settings.delete.js');
        this.#deleteStep ??= new DeleteStep(this, {
          client: () => this.api,
          deleted: () => this.#onDeleted(),
          blocked: () => void this.#refreshImpact(),
        });
      } catch (error) {
        // Its code could not load (offline, a new deployment): say so where the reader clicked.
        this.#openError = error;
        this.reportError(error, 'account-delete');
        return;
      } finally {
        this.#opening = false;
        this.requestUpdate();
      }
    }
    await this.#deleteStep.open(user, impact);
  }

  #onDeleted(): void {
    this.#deleted = true;
    this.#export.stop();
    this.requestUpdate();
  }

  /** Reads what deleting the account takes again; a failure keeps what is shown (the server decides anyway). */
  async #refreshImpact(): Promise<void> {
    const client = this.api;
    if (!client) return;
    try {
      this.#impact = await client.account.deletionImpact();
      this.#deleteStep?.update(this.#impact);
      this.requestUpdate();
    } catch {
      // Only a refresh of what is on screen: the page keeps the last answer, and the server checks on delete.
    }
  }
}
