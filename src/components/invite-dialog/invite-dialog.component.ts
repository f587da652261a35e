import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  InvitationCreate, isValidationError, type InviteResult, type Role,
} from '../../sdk/index.js';
import { renderError, renderLoading, renderTask } from '../shared/async-state.js';
import { deepActiveElement } from '../shared/confirm-controller.js';
import { describeError, fieldErrorMessage } from '../shared/describe-error.js';
import { selectField } from '../shared/fields.js';
import { formatNumber } from '../shared/format.js';
import { FormController } from '../shared/form-controller.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { EmailChipsController } from './invite-dialog.chips.js';
import { emailKey } from './invite-dialog.emails.js';
import { BeforeInviteEvent, InvitationsSentEvent } from './invite-dialog.events.js';
import { closeIcon, warningIcon } from './invite-dialog.icons.js';
import { byEmail, isFailure, renderResults } from './invite-dialog.results.js';
import { loadInviteSetup, mayGrant, type InviteSetup, type InviteTarget } from './invite-dialog.setup.js';
import { styles } from './invite-dialog.styles.js';

interface InviteValues extends Record<string, unknown> {
  emails: string[];
  role: string;
  /** Other workspaces the inviter ticked; those the chosen role cannot go to are left out when sending. */
  workspaceIds: string[];
  message: string;
}

const MESSAGE_MAX = 1000;

/**
 * A modal dialog to invite many people at once: emails typed or pasted as chips (validated one by one,
 * duplicates merged), a role the inviter may give, access to several of the inviter's workspaces, an optional
 * message, the seats left before sending, and each address's result afterwards with the failed ones kept for
 * a retry. People without `members:invite` see why instead of the form.
 *
 * Open it with `show()` from your own button (or put one in the `trigger` slot); focus returns to that button
 * when the dialog closes. Closing keeps the draft; "Done" after sending clears it.
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
 * @csspart close-button - The × button.
 * @csspart form - The invitation form.
 * @csspart seats - "7 of 10 seats left".
 * @csspart seat-warning - Shown when more people are invited than seats are left.
 * @csspart field - Each field's wrapper (also `field-emails`, `field-role`, `field-message`).
 * @csspart label - Field labels.
 * @csspart chips-box - The box holding the chips and the email input.
 * @csspart chips - The list of chips.
 * @csspart chip - One address (also `chip-invalid` when it cannot be sent).
 * @csspart chip-remove - A chip's remove button.
 * @csspart email-input - The text input addresses are typed into.
 * @csspart email-count - "3 people · 1 invalid".
 * @csspart notice - Live status: "1 duplicate merged".
 * @csspart select - The role select.
 * @csspart hint - Field hints.
 * @csspart field-error - Field error messages.
 * @csspart workspaces - The workspace checkboxes.
 * @csspart textarea - The message box.
 * @csspart message-count - The message's character counter.
 * @csspart error - The banner for a failed send.
 * @csspart actions - Button rows.
 * @csspart send-button - Sends the invitations.
 * @csspart cancel-button - Closes the dialog, keeping the draft.
 * @csspart results - The results view.
 * @csspart summary - Counts of sent, skipped and failed.
 * @csspart result-list - Each address's results.
 * @csspart result - One address.
 * @csspart result-email - Its address.
 * @csspart outcome - A result's icon and text (also `outcome-sent`, `outcome-seat_limit_reached`…).
 * @csspart retry-button - Puts the failed addresses back into the form.
 * @csspart done-button - Closes and clears the dialog.
 * @csspart retry-hint - What to do about the failed addresses.
 * @csspart icon - The icons beside outcomes, warnings and invalid chips (always with text).
 * @csspart input - The email input (with `email-input`).
 * @csspart state - Loading, error and permission-denied panels (also `loading`, `error`, `denied`).
 * @csspart retry - The "Try again" button of an error panel.
 *
 * @cssprop [--tk-invite-dialog-width=560px] - The dialog's width (capped at 92vw).
 * @cssprop [--tk-invite-dialog-chip-background=var(--tk-color-accent-soft)] - A chip's background.
 * @cssprop [--tk-invite-dialog-chip-radius=999px] - A chip's corner radius.
 * @cssprop [--tk-invite-dialog-chips-max-height=12rem] - How tall the chip box grows before it scrolls.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <button id="invite">Invite people</button>
 *   <invite-dialog default-role="member"></invite-dialog>
 * </teamkit-provider>
 * <script type="module">
 *   const dialog = document.querySelector('invite-dialog');
 *   document.querySelector('#invite').addEventListener('click', () => dialog.show());
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

  readonly #emails = new EmailChipsController(this, {
    onChange: (emails) => this.#form.set('emails', emails),
    settings: () => this.formatSettings,
    mayCommitOnBlur: () => !this.results,
  });

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  readonly #form = new FormController<typeof InvitationCreate, InviteValues>(
    this, InvitationCreate, { emails: [], role: '', workspaceIds: [], message: '' }, { toInput: (values) => this.#toInput(values) },
  );

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

  #trigger: HTMLElement | undefined;
  #focusInputWhenReady = false;
  #names = new Map<string, string>();

  /** Opens the dialog; resolves once it is shown. Focus returns to the element focused now when it closes. */
  async show(): Promise<void> {
    if (!this.open) this.#trigger = deepActiveElement();
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog, keeping the draft; resolves once it is closed and focus is back on the trigger. */
  async hide(): Promise<void> {
    this.#leaveResults();
    this.open = false;
    await this.updateComplete;
  }

  /** Escape closes the dialog natively; `close` arrives a task later, so a dialog reopened since is left alone. */
  readonly #onDialogClose = (event: Event): void => {
    if ((event.target as HTMLDialogElement).open) return;
    this.#leaveResults();
    this.open = false;
  };

  /** Closing after sending leaves the results behind; the failed addresses stay as chips for next time. */
  #leaveResults(): void {
    if (!this.results) return;
    this.results = undefined;
    this.#form.reset({ ...this.#form.values });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (changed.has('open') && dialog) {
      if (this.open && !dialog.open) {
        this.#trigger ??= deepActiveElement();
        this.#focusInputWhenReady = true;
        dialog.showModal();
      } else if (!this.open && dialog.open) {
        dialog.close();
      }
      if (!this.open) {
        this.#focusInputWhenReady = false;
        this.#restoreFocus();
      }
    }
    const input = this.#emails.input();
    if (this.#focusInputWhenReady && input) {
      this.#focusInputWhenReady = false;
      input.focus();
    }
  }

  #restoreFocus(): void {
    const trigger = this.#trigger;
    this.#trigger = undefined;
    if (trigger?.isConnected) trigger.focus();
  }

  /** Makes the role valid for what was loaded, and remembers workspace names for the results. */
  #adopt(setup: InviteSetup): void {
    for (const target of [setup.current, ...setup.others]) this.#names.set(target.workspace.id, target.workspace.name);
    const roles = setup.roles.map((role) => role.id);
    if (!roles.includes(this.#form.values.role)) {
      const role = [this.defaultRole, 'member', 'viewer'].find((id) => roles.includes(id)) ?? roles[0] ?? '';
      this.#form.values = { ...this.#form.values, role };
    }
  }

  #role(): Role | undefined {
    return this.#setup.value?.roles.find((role) => role.id === this.#form.values.role);
  }

  /** Why `target` cannot get the chosen role, or undefined when it can. */
  #unavailableReason(target: InviteTarget): string | undefined {
    const role = this.#role();
    if (!role) return undefined;
    const name = roleLabel(role.id, this.#setup.value?.roles);
    if (!role.builtIn) {
      const here = this.#setup.value?.current.workspace.name ?? '';
      return msg(str`The role ${name} exists only in ${here}.`, { id: 'tk.invite-dialog.workspace.custom_role' });
    }
    return mayGrant(target, role) ? undefined : msg(str`You can't give the role ${name} there.`, { id: 'tk.invite-dialog.workspace.not_grantable' });
  }

  /** The other workspaces this invitation goes to: ticked, and able to take the chosen role. */
  #extraTargets(): InviteTarget[] {
    const ticked = new Set(this.#form.values.workspaceIds);
    return (this.#setup.value?.others ?? []).filter((target) => ticked.has(target.workspace.id) && !this.#unavailableReason(target));
  }

  #toInput(values: InviteValues): InvitationCreate {
    const workspaceIds = this.#extraTargets().map((target) => target.workspace.id);
    const message = values.message.trim() ? values.message : undefined;
    return { emails: values.emails, role: values.role, ...(workspaceIds.length ? { workspaceIds } : {}), ...(message === undefined ? {} : { message }) };
  }

  // ── Sending ────────────────────────────────────────────────────────────────────────────────────────────

  async #send(event?: Event): Promise<void> {
    event?.preventDefault();
    const client = this.api;
    const workspaceId = this.currentWorkspaceId;
    if (this.#form.submitting || !client || !workspaceId) return;
    this.#emails.commitDraft();
    if (this.#emails.invalidCount) {
      this.#form.submitted = true;
      this.requestUpdate();
      await this.#form.focusFirstInvalid();
      return;
    }
    let results: InviteResult[] | undefined;
    let sent: InvitationCreate | undefined;
    await this.#form.submit(async (input) => {
      if (!this.emit(new BeforeInviteEvent(workspaceId, input))) return;
      try {
        results = (await client.invitations.create(workspaceId, input)).results;
        sent = input;
      } catch (error) {
        this.#markRefusedEmails(error, input.emails);
        this.reportError(error, 'invitations-send');
        throw error;
      }
    });
    if (results && sent) this.#showResults(workspaceId, sent, results);
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
    if (refused.size) this.#emails.flag(refused);
  }

  async #showResults(workspaceId: string, input: InvitationCreate, results: InviteResult[]): Promise<void> {
    const failed = new Map<string, boolean>();
    for (const [key, rows] of byEmail(results)) {
      if (rows.some((row) => isFailure(row.status))) failed.set(key, rows.some((row) => row.status === 'invalid_email'));
    }
    const refusedMessage = msg('The server refused this address.', { id: 'tk.invite-dialog.chip.refused' });
    this.#emails.set(this.#emails.chips
      .filter((chip) => failed.has(emailKey(chip.email)))
      .map((chip) => ({ ...chip, serverMessage: failed.get(emailKey(chip.email)) ? refusedMessage : undefined })));
    this.results = results;
    this.#emails.clearNotice();
    this.emit(new InvitationsSentEvent(workspaceId, input, results));
    void this.#setup.run(); // seats changed
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus();
  }

  /** Back to the form with the failed addresses (and any that did not fit last time) as chips. */
  async #retry(): Promise<void> {
    this.results = undefined;
    this.#form.reset({ ...this.#form.values });
    this.#emails.commitDraft();
    this.#focusInputWhenReady = true;
    await this.updateComplete;
  }

  async #done(): Promise<void> {
    this.results = undefined;
    this.#emails.reset();
    this.#form.reset({ emails: [], role: '', workspaceIds: [], message: '' });
    if (this.#setup.value) this.#adopt(this.#setup.value);
    await this.hide();
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    return html`<slot name="trigger" @click=${() => void this.show()}></slot>
      <dialog part="dialog" aria-labelledby="invite-title" @close=${this.#onDialogClose}>
        ${this.open ? html`<header part="header">
            <h2 id="invite-title" part="title">${msg('Invite people', { id: 'tk.invite-dialog.title' })}</h2>
            <button type="button" class="icon" part="close-button" aria-label=${msg('Close', { id: 'tk.invite-dialog.close' })}
              @click=${() => void this.hide()}>${closeIcon()}</button>
          </header>
          ${this.#renderBody()}` : nothing}
      </dialog>`;
  }

  #renderBody(): unknown {
    const permissions = this.#permissions.task;
    if (permissions.status === TaskStatus.ERROR) return renderError(permissions.error, () => this.#permissions.refresh());
    if (!this.#permissions.membership) return renderLoading();
    if (!this.#permissions.can('members:invite')) {
      return html`<div class="state" part="state denied" role="status">
          <strong>${msg("You can't invite people to this workspace", { id: 'tk.invite-dialog.denied.title' })}</strong>
          <span>${this.#permissions.deniedReason()}</span>
        </div>
        <div class="actions" part="actions"><button type="button" @click=${() => void this.hide()}>${msg('Close', { id: 'tk.invite-dialog.close' })}</button></div>`;
    }
    if (this.results) {
      return renderResults({
        results: this.results, names: this.#names, settings: this.formatSettings, remaining: this.#emails.overflow,
        onRetry: () => void this.#retry(), onDone: () => void this.#done(),
      });
    }
    return renderTask(this.#setup, { complete: (setup) => this.#renderForm(setup) });
  }

  #renderForm(setup: InviteSetup): TemplateResult {
    const form = this.#form;
    const error = form.formError === undefined ? undefined : describeError(form.formError);
    const sending = form.submitting;
    return html`<form part="form" novalidate @submit=${(event: Event) => void this.#send(event)}>
      <p class="lede" part="seats">${msg(str`To ${setup.current.workspace.name}`, { id: 'tk.invite-dialog.to' })}
        · ${this.#seatsText(setup.current)}</p>
      ${this.#emails.render({ label: msg('Email addresses', { id: 'tk.invite-dialog.emails' }), error: this.#emailsError() })}
      ${selectField(form, {
        name: 'role', label: msg('Role', { id: 'tk.invite-dialog.role' }), hint: this.#roleHint(setup.roles),
        options: setup.roles.map((role) => ({ value: role.id, label: roleLabel(role.id, setup.roles) })),
      })}
      ${setup.others.length ? this.#renderWorkspaces(setup) : nothing}
      ${this.#renderMessage()}
      <div role="status" class="seat-status">${this.#renderSeatWarning(setup)}</div>
      ${error ? html`<div class="banner danger" role="alert" part="error">
          <div><strong>${error.title}</strong><br /><span>${error.detail}</span></div>
          ${error.retryable ? html`<button type="button" @click=${() => void this.#send()}>${msg('Try again', { id: 'tk.state.retry' })}</button>` : nothing}
        </div>` : nothing}
      <div class="actions" part="actions">
        <button type="button" part="cancel-button" @click=${() => void this.hide()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="submit" class="primary" part="send-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>${msg('Sending…', { id: 'tk.invite-dialog.sending' })}` : msg('Send invitations', { id: 'tk.invite-dialog.send' })}
        </button>
      </div>
    </form>`;
  }

  #n(value: number): string {
    return formatNumber(value, this.formatSettings);
  }

  #seatsText(target: InviteTarget): string {
    return msg(str`${this.#n(target.seatsLeft)} of ${this.#n(target.workspace.seatLimit)} seats left`, { id: 'tk.invite-dialog.seats_left' });
  }

  #emailsError(): string | undefined {
    const invalid = this.#emails.invalidCount;
    if (invalid && this.#form.submitted) {
      return invalid === 1
        ? msg('Fix or remove the invalid address before sending.', { id: 'tk.invite-dialog.error.invalid_one' })
        : msg(str`Fix or remove the ${this.#n(invalid)} invalid addresses before sending.`, { id: 'tk.invite-dialog.error.invalid' });
    }
    if (!this.#emails.chips.length && this.#form.submitted) return msg('Add at least one email address.', { id: 'tk.invite-dialog.error.required' });
    return this.#form.errorFor('emails');
  }

  #roleHint(roles: readonly Role[]): string | undefined {
    switch (this.#form.values.role) {
      case 'admin': return msg('Manages members, roles and settings.', { id: 'tk.invite-dialog.role_hint.admin' });
      case 'member': return msg('Works in the workspace and sees billing.', { id: 'tk.invite-dialog.role_hint.member' });
      case 'viewer': return msg('Can look but not change anything.', { id: 'tk.invite-dialog.role_hint.viewer' });
      default: return roles.find((role) => role.id === this.#form.values.role)?.description || undefined;
    }
  }

  #renderWorkspaces(setup: InviteSetup): TemplateResult {
    const ticked = new Set(this.#form.values.workspaceIds);
    const toggle = (id: string, on: boolean) => {
      this.#form.set('workspaceIds', on ? [...ticked, id] : [...ticked].filter((other) => other !== id));
    };
    return html`<fieldset part="workspaces">
      <legend part="label">${msg('Workspaces', { id: 'tk.invite-dialog.workspaces' })}</legend>
      <div class="check">
        <input type="checkbox" id="workspace-current" checked disabled aria-describedby="workspace-current-note" />
        <label for="workspace-current" class="truncate">${setup.current.workspace.name}</label>
        <p id="workspace-current-note" class="hint" part="hint">${msg('Always included: you are inviting from this workspace.', { id: 'tk.invite-dialog.workspace.current' })}</p>
      </div>
      ${setup.others.map((target, index) => {
        const reason = this.#unavailableReason(target);
        return html`<div class="check">
          <input type="checkbox" id="workspace-${index}" .checked=${live(!reason && ticked.has(target.workspace.id))} ?disabled=${Boolean(reason)}
            aria-describedby="workspace-${index}-note" @change=${(event: Event) => toggle(target.workspace.id, (event.target as HTMLInputElement).checked)} />
          <label for="workspace-${index}" class="truncate">${target.workspace.name}</label>
          <p id="workspace-${index}-note" class="hint" part="hint">${reason ?? this.#seatsText(target)}</p>
        </div>`;
      })}
    </fieldset>`;
  }

  #renderMessage(): TemplateResult {
    const message = this.#form.values.message;
    const length = message.length;
    // Over the limit shows at once (the text is never cut); other errors follow the form's rules.
    const error = length > MESSAGE_MAX
      ? msg(str`Use at most ${this.#n(MESSAGE_MAX)} characters.`, { id: 'tk.validation.max_length' })
      : this.#form.errorFor('message');
    return html`<div class="field" part="field field-message">
      <label for="field-message" part="label">${msg('Personal message (optional)', { id: 'tk.invite-dialog.message' })}</label>
      <textarea id="field-message" part="textarea" rows="3" .value=${live(message)}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'field-message-count field-message-error' : 'field-message-count'}
        @input=${(event: InputEvent) => this.#form.set('message', (event.target as HTMLTextAreaElement).value)}
        @blur=${() => this.#form.touch('message')}></textarea>
      <p id="field-message-count" class="hint count" part="message-count" ?data-over=${length > MESSAGE_MAX}>
        ${msg(str`${this.#n(length)} of ${this.#n(MESSAGE_MAX)} characters`, { id: 'tk.invite-dialog.message_count' })}
      </p>
      ${error ? html`<p id="field-message-error" class="error" part="field-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderSeatWarning(setup: InviteSetup): unknown {
    const people = this.#emails.validCount;
    const short = [setup.current, ...this.#extraTargets()].filter((target) => people > target.seatsLeft);
    if (!short.length) return nothing;
    const warning = ({ workspace, seatsLeft }: InviteTarget) => {
      const name = workspace.name;
      if (seatsLeft === 0) return msg(str`${name} has no seats left: nobody will be invited there. Free a seat or upgrade the plan.`, { id: 'tk.invite-dialog.seat_warning_none' });
      return seatsLeft === 1
        ? msg(str`You are inviting ${this.#n(people)} people but ${name} has 1 seat left. The rest will not be invited.`, { id: 'tk.invite-dialog.seat_warning_one' })
        : msg(str`You are inviting ${this.#n(people)} people but ${name} has ${this.#n(seatsLeft)} seats left. The rest will not be invited.`, { id: 'tk.invite-dialog.seat_warning' });
    };
    return html`<div class="banner warning" part="seat-warning">${warningIcon()}<div>${short.map((target) => html`<p>${warning(target)}</p>`)}</div></div>`;
  }
}
