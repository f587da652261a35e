import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isValidationError } from '../../sdk/errors/kinds.js';
import type { InviteResult } from '../../sdk/index.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import type { InvitationCreate } from '../../sdk/schemas/invitations.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import { deepActiveElement } from '../shared/controllers/focus.js';
import { fieldErrorMessage } from '../shared/describe-error.js';
import { renderFormError, renderGate, renderTask } from '../shared/feedback/index.js';
import { selectField, textareaField } from '../shared/fields/index.js';
import { FormController } from '../shared/form-controller.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import type { EmailChipsController } from './invite-dialog.chips.js';
import { emailKey } from './invite-dialog.emails.js';
import { BeforeInviteEvent, InvitationsSentEvent } from './invite-dialog.events.js';
import { closeIcon } from './invite-dialog.icons.js';
import { loadInviteSetup, type InviteSetup } from './invite-dialog.setup.js';
import { styles } from './invite-dialog.styles.js';
import { DeniedTriggerController } from './invite-dialog.trigger.js';

interface InviteValues extends Record<string, unknown> {
  emails: string[];
  role: string;
  /** Other workspaces the inviter ticked; those the chosen role cannot go to are left out when sending. */
  workspaceIds: string[];
  message: string;
}

const EMPTY: InviteValues = { emails: [], role: '', workspaceIds: [], message: '' };

/**
 * A modal dialog to invite many people at once: emails typed or pasted as chips (validated one by one,
 * duplicates merged), a role the inviter may give, access to several of the inviter's workspaces, an optional
 * message, the seats left before sending, and each address's result afterwards with the failed ones kept for
 * a retry.
 *
 * Open it from a button in the `trigger` slot, or with `show()` from your own; focus returns to that button when
 * the dialog closes. Closing keeps the draft; "Done" after sending clears it. For someone without
 * `members:invite` the slotted trigger is `aria-disabled` and described by the reason, shown beside it (a
 * `<span slot="trigger-reason">` the element adds); `show()` opens on that reason instead of the form.
 *
 * @summary Invite people to one or several workspaces.
 *
 * @slot trigger - Optional: a button that opens the dialog when clicked.
 *
 * @fires {BeforeInviteEvent} tk-before-invite - Cancelable. Before sending: `event.workspaceId`, `event.input` (emails, role, workspaceIds, message).
 * @fires {InvitationsSentEvent} tk-invitations-sent - After the server answered: `event.results`, one per email and workspace.
 * @fires {TeamkitErrorEvent} tk-error - Loading or sending failed: `event.error`, `event.action` (`load` or `invitations-send`).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - Title row with the close button.
 * @csspart title - The dialog's heading.
 * @csspart close - The × button (was `close-button`).
 * @csspart form - The invitation form.
 * @csspart seats - "7 of 10 seats left".
 * @csspart notice - The warning when more people are invited than seats are left (`notice warning seat-warning`), and the addresses' live status ("1 duplicate merged").
 * @csspart seat-warning - The seat warning (with `notice warning`).
 * @csspart field - Each field's wrapper (also `field-emails`, `field-role`, `field-message`).
 * @csspart label - Field labels.
 * @csspart hint - Field hints.
 * @csspart counter - A field's count: people and invalid addresses, the message's characters (was `email-count`, `message-count`).
 * @csspart field-error - Field error messages.
 * @csspart chips-box - The box holding the chips and the email input.
 * @csspart chips - The list of chips.
 * @csspart chip - One address (also `chip-invalid` when it cannot be sent).
 * @csspart chip-remove - A chip's remove button.
 * @csspart input - Each control: the email input (`input email-input`), the role (`input select`), the message (`input textarea`) (was `select`, `textarea`).
 * @csspart email-input - The text input addresses are typed into (with `input`).
 * @csspart workspaces - The workspace checkboxes.
 * @csspart form-error - A failed send, with Try again when it may help (was `error`).
 * @csspart actions - Button rows.
 * @csspart submit - Sends the invitations (was `send-button`).
 * @csspart cancel - Closes the dialog, keeping the draft (was `cancel-button`).
 * @csspart results - The results view.
 * @csspart summary - Counts of sent, skipped and failed.
 * @csspart result-list - Each address's results.
 * @csspart result - One address.
 * @csspart result-email - Its address.
 * @csspart outcome - A result's icon and text (also `outcome-sent`, `outcome-seat_limit_reached`…).
 * @csspart retry - Puts the failed addresses back into the form (was `retry-button`), and a failure's "Try again".
 * @csspart done - Closes and clears the dialog (was `done-button`).
 * @csspart retry-hint - What to do about the failed addresses.
 * @csspart icon - The icons beside outcomes, warnings and invalid chips (always with text).
 * @csspart state - Loading, error and permission-denied panels (also `loading`, `error`, `denied`).
 *
 * @cssprop [--tk-invite-dialog-width=560px] - The dialog's width (capped at 92vw).
 * @cssprop [--tk-invite-dialog-chip-background=var(--tk-color-accent-soft)] - A chip's background.
 * @cssprop [--tk-invite-dialog-chip-radius=999px] - A chip's corner radius.
 * @cssprop [--tk-invite-dialog-chips-max-height=12rem] - How tall the chip box grows before it scrolls.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <invite-dialog default-role="member">
 *     <button slot="trigger" type="button">Invite people</button>
 *   </invite-dialog>
 * </teamkit-provider>
 * <script type="module">
 *   const dialog = document.querySelector('invite-dialog');
 *   dialog.addEventListener('tk-invitations-sent', (event) => console.log(event.results));
 * </script>
 * ```
 */
export class InviteDialog extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** Whether the dialog is open. Prefer `show()` and `hide()`, which also await the change. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** The role preselected when the inviter may give it (built-in id or a custom role's id). */
  @property({ attribute: 'default-role' }) accessor defaultRole = 'member';

  /** @internal The last send's results, while they are shown. */
  @state() accessor results: InviteResult[] | undefined = undefined;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  readonly #form = new FormController<typeof InvitationCreate, InviteValues>(
    this, () => this.#setup.value?.schema, EMPTY, { toInput: (values) => this.#toInput(values) },
  );

  /**
   * The addresses typed so far, as chips. The field loads with the dialog's data on its first opening (out of the
   * element's entry) and is kept from then on, so a draft survives closing and reopening.
   */
  #emails: EmailChipsController | undefined;

  readonly #actions = new ActionController(this);

  readonly #dialog = new DialogController(this, {
    id: 'invite',
    canClose: () => !this.#actions.busy(),
    initialFocus: () => this.#emails?.input(),
    onClose: () => {
      this.#leaveResults();
      this.open = false;
    },
  });

  readonly #trigger = new DeniedTriggerController(this, 'trigger');

  /** Loaded on every opening, so seats are current; the draft lives outside it and survives. */
  readonly #setup = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.open, this.#permissions.membership] as const,
    task: async ([client, workspaceId, open, membership], { signal }) => {
      if (!client || !workspaceId || !open || !membership?.permissions.includes('members:invite')) return initialState;
      return loadInviteSetup(client, workspaceId, membership, this.formatSettings.locale, signal);
    },
    onComplete: (setup) => this.#adopt(setup),
    onError: (error) => this.reportError(error, 'load'),
  });

  /** Focus goes to the addresses once the form is on screen (it loads after the dialog opened). */
  #focusWhenReady = false;
  readonly #names = new Map<string, string>();

  /** Opens the dialog; resolves once it is shown. Focus returns to the element focused now when it closes. */
  async show(): Promise<void> {
    this.#open();
    await this.updateComplete;
  }

  /** Closes the dialog, keeping the draft; resolves once it is closed and focus is back on the trigger. */
  async hide(): Promise<void> {
    await this.#dialog.hide();
  }

  #open(): void {
    this.open = true;
    if (this.#dialog.open) return;
    this.#focusWhenReady = true;
    void this.#dialog.showModal();
  }

  /** Closing after sending leaves the results behind; the failed addresses stay as chips for next time. */
  #leaveResults(): void {
    if (!this.results) return;
    this.results = undefined;
    this.#form.reset({ ...this.#form.values });
  }

  /** `open` set from outside (an attribute, a framework) opens or closes the dialog as `show()`/`hide()` do. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('open') || this.open === this.#dialog.open) return;
    if (this.open) this.#open();
    else void this.#dialog.hide();
  }

  protected override updated(): void {
    this.#trigger.sync(this.#denied());
    if (this.#focusWhenReady && this.#emails?.input()) {
      this.#focusWhenReady = false;
      this.#dialog.focusInitial();
    }
  }

  /** Why the reader may not invite, once that is known; undefined while they may, or while it is unknown. */
  #denied(): string | undefined {
    return this.#permissions.membership && !this.#permissions.can('members:invite') ? this.#permissions.deniedReason() : undefined;
  }

  #onTriggerClick(): void {
    // An unavailable trigger explains itself beside it; opening a dialog that refuses would only repeat that.
    if (!this.#denied()) this.#open();
  }

  /** Makes the role valid for what was loaded, and remembers workspace names for the results. */
  #adopt(setup: InviteSetup): void {
    this.#emails ??= new setup.view.EmailChipsController(this, {
      form: this.#form,
      isEmail: (email) => this.#setup.value?.isEmail(email) ?? true,
      mayCommitOnBlur: () => !this.results,
    });
    for (const target of [setup.current, ...setup.others]) this.#names.set(target.workspace.id, target.workspace.name);
    const roles = setup.roles.map((role) => role.id);
    if (!roles.includes(this.#form.values.role)) {
      const role = [this.defaultRole, 'member', 'viewer'].find((id) => roles.includes(id)) ?? roles[0] ?? '';
      this.#form.values = { ...this.#form.values, role };
    }
  }

  #toInput(values: InviteValues): InvitationCreate {
    const setup = this.#setup.value;
    const workspaceIds = setup ? setup.view.extraTargets(setup, values).map((target) => target.workspace.id) : [];
    const message = values.message.trim() ? values.message : undefined;
    return { emails: values.emails, role: values.role, ...(workspaceIds.length ? { workspaceIds } : {}), ...(message === undefined ? {} : { message }) };
  }

  // ── Sending ────────────────────────────────────────────────────────────────────────────────────────────

  async #send(event?: Event): Promise<void> {
    event?.preventDefault();
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    const emails = this.#emails;
    if (this.#actions.busy() || !client || !workspaceId || !emails) return;
    emails.commitDraft();
    if (emails.invalidCount) {
      this.#form.submitted = true;
      this.requestUpdate();
      await this.#form.focusFirstInvalid();
      return;
    }
    await this.#form.submit(async (input) => {
      try {
        await this.#actions.run({
          key: 'send',
          before: () => new BeforeInviteEvent(workspaceId, input),
          call: (signal) => client.invitations.create(workspaceId, input, { signal }),
          after: ({ results }) => this.#showResults(workspaceId, input, results),
          action: 'invitations-send',
          // The results view, which takes focus, is the visible outcome; the announcement sums it up.
          success: ({ results }) => ({ announce: this.#summary(results), notice: false }),
          focus: () => this.renderRoot.querySelector<HTMLElement>('#results-title'),
        });
      } catch (error) {
        this.#markRefusedEmails(error, input.emails);
        throw error;
      }
    });
  }

  /** Server field errors such as `emails.2` mark that chip, so the inviter sees which address was refused. */
  #markRefusedEmails(error: unknown, emails: readonly string[]): void {
    if (!isValidationError(error)) return;
    const refused = new Map<string, string>();
    for (const fieldError of error.fieldErrors) {
      const index = /^emails\.(\d+)$/u.exec(fieldError.field)?.[1];
      const email = index === undefined ? undefined : emails[Number(index)];
      if (email !== undefined) refused.set(emailKey(email), fieldErrorMessage(fieldError.code, fieldError.message));
    }
    if (refused.size) this.#emails?.flag(refused);
  }

  /** Keeps the failed addresses as chips for a retry, shows each result, and refreshes the seats. */
  #showResults(workspaceId: string, input: InvitationCreate, results: InviteResult[]): InvitationsSentEvent {
    const failed = this.#setup.value?.view.failedAddresses(results) ?? new Map<string, boolean>();
    const refusedMessage = msg('The server refused this address.', { id: 'tk.invite-dialog.chip.refused' });
    this.#emails?.set(this.#emails.chips
      .filter((chip) => failed.has(emailKey(chip.email)))
      .map((chip) => ({ ...chip, serverMessage: failed.get(emailKey(chip.email)) ? refusedMessage : undefined })));
    // Chromium fires `blur` at a focused field as it is removed, in the middle of the render that swaps the form for
    // the results; its touch() would then schedule a second render (Lit's change-in-update warning). Leave it first
    // (with the results set, so that the addresses' blur commits nothing).
    this.results = results;
    const active = deepActiveElement();
    if (active && this.renderRoot.contains(active)) active.blur();
    this.#emails?.clearNotice();
    void this.#setup.run();
    return new InvitationsSentEvent(workspaceId, input, results);
  }

  /** "1 sent and 2 skipped: already in or invited", said once the results show. */
  #summary(results: readonly InviteResult[]): string {
    const summary = this.#setup.value?.view.summaryOf(results, this.format);
    return summary ? this.format.list([summary.sent, summary.skipped, summary.failed].filter(Boolean)) : '';
  }

  /** Back to the form with the failed addresses (and any that did not fit last time) as chips. */
  #retry(): void {
    this.results = undefined;
    this.#form.reset({ ...this.#form.values });
    this.#emails?.commitDraft();
    this.#focusWhenReady = true;
  }

  async #done(): Promise<void> {
    this.results = undefined;
    this.#emails?.reset();
    this.#form.reset(EMPTY);
    if (this.#setup.value) this.#adopt(this.#setup.value);
    await this.hide();
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const dialog = this.#dialog;
    return html`<slot name="trigger" @click=${() => this.#onTriggerClick()} @slotchange=${() => this.#trigger.sync(this.#denied())}></slot>
      <slot name="trigger-reason"></slot>
      <dialog id=${dialog.id} part="dialog" aria-labelledby=${dialog.titleId}>
        ${dialog.open ? html`<header part="header">
            <h2 id=${dialog.titleId} part="title">${msg('Invite people', { id: 'tk.invite-dialog.title' })}</h2>
            <button type="button" class="icon" part="close" aria-label=${msg('Close', { id: 'tk.invite-dialog.close' })}
              @click=${() => void this.hide()}>${closeIcon()}</button>
          </header>
          ${this.#renderGate() ?? this.#renderBody()}` : nothing}
      </dialog>`;
  }

  /** Loading, a failure to read the reader's rights, or why they may not invite, with a way out. */
  #renderGate(): TemplateResult | undefined {
    const gate = renderGate(this.#permissions, { need: 'members:invite', denied: msg("You can't invite people to this workspace", { id: 'tk.invite-dialog.denied.title' }) });
    return gate && html`${gate}<div class="actions" part="actions">
      <button type="button" part="close" @click=${() => void this.hide()}>${msg('Close', { id: 'tk.invite-dialog.close' })}</button>
    </div>`;
  }

  #renderBody(): unknown {
    const view = this.#setup.value?.view;
    const emails = this.#emails;
    if (this.results && view) {
      return view.renderResults({
        results: this.results, names: this.#names, format: this.format, remaining: emails?.overflow ?? 0,
        onRetry: () => this.#retry(), onDone: () => void this.#done(),
      });
    }
    return renderTask(this.#setup, { complete: (setup) => (emails ? this.#renderForm(setup, emails) : nothing) });
  }

  #renderForm(setup: InviteSetup, emails: EmailChipsController): TemplateResult {
    const { view } = setup;
    const form = this.#form;
    const sending = this.#actions.busy('send');
    return html`<form part="form" novalidate @submit=${(event: Event) => void this.#send(event)}>
      <p class="lede" part="seats">${msg(str`To ${setup.current.workspace.name}`, { id: 'tk.invite-dialog.to' })}
        · ${view.seatsText(setup.current, this.format)}</p>
      ${emails.render({ label: msg('Email addresses', { id: 'tk.invite-dialog.emails' }), error: this.#emailsError(emails) })}
      ${selectField(form, {
        name: 'role', label: msg('Role', { id: 'tk.invite-dialog.role' }), hint: view.roleHint(setup.roles, form.values.role),
        options: setup.roles.map((role) => ({ value: role.id, label: roleLabel(role.id, setup.roles) })),
      })}
      ${view.renderWorkspaces(setup, form.values, this.format, (workspaceIds) => form.set('workspaceIds', workspaceIds))}
      ${textareaField(form, {
        name: 'message', label: msg('Personal message (optional)', { id: 'tk.invite-dialog.message' }),
        maxlength: TEXT_LIMITS.invitationMessage, rows: 3,
      })}
      <div role="status" class="seat-status">${view.renderSeatWarning(setup, form.values, emails.validCount, this.format)}</div>
      ${renderFormError(form.formError, { retry: () => void this.#send() })}
      <div class="actions" part="actions">
        <button type="button" part="cancel" @click=${() => void this.hide()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="submit" class="primary" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>${msg('Sending…', { id: 'tk.invite-dialog.sending' })}` : msg('Send invitations', { id: 'tk.invite-dialog.send' })}
        </button>
      </div>
    </form>`;
  }

  #emailsError(emails: EmailChipsController): string | undefined {
    const invalid = emails.invalidCount;
    if (invalid && this.#form.submitted) {
      return this.format.plural(invalid) === 'one'
        ? msg('Fix or remove the invalid address before sending.', { id: 'tk.invite-dialog.error.invalid_one' })
        : msg(str`Fix or remove the ${this.format.number(invalid)} invalid addresses before sending.`, { id: 'tk.invite-dialog.error.invalid' });
    }
    if (!emails.chips.length && this.#form.submitted) return msg('Add at least one email address.', { id: 'tk.invite-dialog.error.required' });
    return undefined;
  }
}
