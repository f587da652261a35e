import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { isApiError } from '../../sdk/errors/api-error.js';
import { isNotFoundError } from '../../sdk/errors/kinds.js';
import type { Client, InvitationAccepted, InvitationLookup } from '../../sdk/index.js';
import { InvitationAccept } from '../../sdk/schemas/invitations.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { renderFormError } from '../shared/feedback/form-error.js';
import { checkboxField } from '../shared/fields/choice.js';
import { passwordField } from '../shared/fields/password.js';
import { textField } from '../shared/fields/text.js';
import { FormController, type ValuesOf } from '../shared/form-controller.js';
import { BeforeInvitationAcceptEvent, InvitationAcceptedEvent } from './accept-invite.events.js';

const EMPTY = { firstName: '', lastName: '', password: '', marketingOptIn: false };

export interface AcceptFormOptions {
  client: () => Client | undefined;
  /** The token from the link. */
  token: () => string;
  /** The invitation as last looked up. */
  invitation: () => InvitationLookup | undefined;
  /** It was accepted: the element shows its welcome. */
  accepted: (result: InvitationAccepted) => void;
  /** Who may accept changed since the look-up (signed out, account made or deleted): look it up again. */
  lookUpAgain: () => void;
}

/**
 * How `<accept-invite>` accepts a pending invitation: for an address without an account, first and last name and
 * a password (the SDK's policy, with a strength hint); for the signed-in invitee, the opt-in alone. A chunk of its
 * own, with the schema (and zod, which the page's client has already), loaded beside the invitation's look-up:
 * the element's entry holds only what every link needs.
 */
export class AcceptForm {
  readonly #form: FormController<typeof InvitationAccept>;
  readonly #actions: ActionController;

  constructor(private readonly host: TeamkitHost, private readonly options: AcceptFormOptions) {
    this.#form = new FormController(host, InvitationAccept, EMPTY, { toInput: (values) => this.#toInput(values) });
    this.#actions = new ActionController(host);
  }

  /** A new account is made from the form; an existing one only takes the opt-in. */
  get #createsAccount(): boolean {
    return this.options.invitation()?.hasAccount === false;
  }

  #toInput(values: ValuesOf<typeof InvitationAccept>): InvitationAccept {
    const { firstName, lastName, password, marketingOptIn } = values;
    return this.#createsAccount ? { firstName, lastName, password, marketingOptIn } : { marketingOptIn };
  }

  render(lookup: InvitationLookup): TemplateResult {
    const form = this.#form;
    const accept = () => void this.#accept(lookup);
    return html`<form part="form" novalidate @submit=${(event: SubmitEvent) => { event.preventDefault(); accept(); }}>
      ${this.#createsAccount
        ? html`<input type="email" name="username" autocomplete="username" .value=${lookup.email} hidden readonly />
          <div class="names">
            ${textField(form, { name: 'firstName', label: msg('First name', { id: 'tk.accept-invite.first_name' }), autocomplete: 'given-name', required: true, maxlength: TEXT_LIMITS.namePart })}
            ${textField(form, { name: 'lastName', label: msg('Last name', { id: 'tk.accept-invite.last_name' }), autocomplete: 'family-name', required: true, maxlength: TEXT_LIMITS.namePart })}
          </div>
          ${passwordField(form, { name: 'password', label: msg('Password', { id: 'tk.accept-invite.password' }), required: true })}`
        : html`<p class="note">${msg(str`You're signed in as ${lookup.email}. Accepting adds ${lookup.workspace.name} to your account.`, { id: 'tk.accept-invite.signed_in' })}</p>`}
      ${checkboxField(form, { name: 'marketingOptIn', label: msg('Send me product news and tips by email (optional)', { id: 'tk.accept-invite.marketing' }) })}
      ${renderFormError(form.formError, { retry: accept, detail: this.#errorDetail(lookup) })}
      <button type="submit" class="primary" part="submit" aria-disabled=${form.submitting ? 'true' : 'false'}>
        ${form.submitting ? msg('Accepting…', { id: 'tk.accept-invite.accepting' }) : msg('Accept invitation', { id: 'tk.accept-invite.accept' })}
      </button>
    </form>`;
  }

  /** Words for the refusals that only this page can explain well; undefined for the standard ones. */
  #errorDetail(lookup: InvitationLookup): string | undefined {
    const error = this.#form.formError;
    if (isApiError(error) && error.code === 'seat_limit_reached') {
      return msg(str`${lookup.workspace.name} has no free seat left. Ask whoever invited you to make room, then try again.`, { id: 'tk.accept-invite.no_seat' });
    }
    if (isNotFoundError(error)) {
      return msg('This link no longer works: a newer invitation may have replaced it. Open the link in your most recent invitation email.', { id: 'tk.accept-invite.gone' });
    }
    return undefined;
  }

  /**
   * Validates, then accepts through the action controller (before-event, busy, the call, the after-event, the
   * announcement, `tk-error`, focus to the welcome heading). With no failure title the controller rejects with
   * the error, and the form puts it on its fields or shows it as its form error.
   */
  async #accept(lookup: InvitationLookup): Promise<void> {
    const client = this.options.client();
    const token = this.options.token();
    if (!client || !token || this.#form.submitting) return;
    const sent = await this.#form.submit(async (input) => {
      const { password: _password, ...shown } = input;
      await this.#actions.run({
        before: () => new BeforeInvitationAcceptEvent(token, lookup, shown),
        call: (signal) => client.invitations.accept(token, input, { signal }),
        after: (result) => {
          // Blur before the form goes: a field's blur during that render would ask for another one.
          (this.host.renderRoot.querySelector(':focus') as HTMLElement | null)?.blur();
          this.options.accepted(result);
          this.#form.reset(EMPTY);
          return new InvitationAcceptedEvent(result);
        },
        action: 'invitation-accept',
        success: { announce: msg(str`You joined ${lookup.workspace.name}`, { id: 'tk.accept-invite.joined_announce' }), notice: false },
        focus: () => this.host.renderRoot.querySelector<HTMLElement>('#title'),
      });
    });
    const error = this.#form.formError;
    const stale = isApiError(error) && (error.code === 'sign_in_required' || error.code === 'wrong_account');
    if (!sent && (stale || (!this.#createsAccount && this.#form.errorFor('password')))) this.options.lookUpAgain();
  }
}
