import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// The errors' own module, not the SDK's index: the entry carries no schema and no zod.
import { isNotFoundError } from '../../sdk/errors/kinds.js';
import type { InvitationAccepted, InvitationLookup } from '../../sdk/index.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderTask } from '../shared/feedback/states.js';
import { initials } from '../shared/format.js';
import { roleLabel } from '../shared/labels.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import type { AcceptForm } from './accept-invite.form.js';
import { styles } from './accept-invite.styles.js';

/** A lookup that found no invitation: the link is wrong, incomplete, or was replaced by a resend. */
const UNKNOWN = Symbol('unknown invitation');

/**
 * The public page an invitation link opens: which workspace, who invited, which email and role, and until
 * when; then how to accept it. An invitation is a credential of the invited address alone:
 * - for an address with no account yet, a form creates it (first and last name, a password, a marketing
 *   opt-in);
 * - for an address that has an account, the person must be signed in as that account: signed out, the page
 *   says "Sign in as … to accept" and shows the `sign-in` slot (or a link built from `sign-in-url`); signed
 *   in as the invitee, one button accepts; signed in as someone else, it says so.
 * Expired, revoked, already accepted and unknown links each get a clear message and no form. Needs a client;
 * a signed-in one only for addresses that have an account.
 *
 * On success it fires `tk-invitation-accepted`; for a new account `event.token` is its first session's
 * token: sign the person in with it.
 *
 * @summary The landing page of an invitation link.
 *
 * @fires {BeforeInvitationAcceptEvent} tk-before-invitation-accept - Cancelable. The form is valid and about to be sent. `event.invitationToken`,
 *   `event.invitation` (what the link is for), `event.input` (names and opt-in; never the password).
 * @fires {InvitationAcceptedEvent} tk-invitation-accepted - Accepted: `event.token` (bearer token of a new account's first session, or
 *   null when the person was already signed in), `event.userId`, `event.workspaceId`, `event.memberId`.
 * @fires {TeamkitErrorEvent} tk-error - Looking the link up or accepting failed. `event.error`, `event.action` (`load`, `invitation-accept`).
 *
 * @slot success - Shown after accepting, e.g. a "Go to the workspace" link.
 * @slot sign-in - Shown when the person must sign in (the address has an account, or the invitation was already
 *   accepted), e.g. the host's "Sign in" link. Default: a link to `sign-in-url`, when set.
 *
 * @csspart base - The card around everything.
 * @csspart header - The workspace's logo and name.
 * @csspart avatar - The workspace's logo, or its initials (was `logo`).
 * @csspart avatar-image - The logo's image.
 * @csspart title - The main heading.
 * @csspart details - Who invited, which email and role, until when.
 * @csspart form - The accept form.
 * @csspart sign-in - The "Sign in as … to accept" panel for an address that has an account.
 * @csspart sign-in-link - The default sign-in link, built from `sign-in-url`.
 * @csspart notice - The explanation shown to someone signed in with another account (`notice info`).
 * @csspart field - Each field; also `field-firstName`, `field-lastName`, `field-password`, `field-marketingOptIn`.
 * @csspart label - Field labels.
 * @csspart input - The fields' controls; the opt-in is also `checkbox`.
 * @csspart hint - Field hints: the password policy and how strong the password looks.
 * @csspart counter - A name's character count, shown near its limit.
 * @csspart field-error - A field's error message.
 * @csspart toggle-password - The show/hide password button.
 * @csspart form-error - The message when accepting failed (`form-error danger`).
 * @csspart retry - "Try again" in the form error, and in the error panel of a failed look-up.
 * @csspart submit - The "Accept invitation" button.
 * @csspart outcome - The panel of a link that cannot be used (`outcome expired`, `revoked`, `used`, `unknown`)
 *   and of success (`outcome success`).
 * @csspart state - Loading and error panels (`state loading`, `state error`).
 *
 * @cssprop [--tk-accept-invite-max-width=480px] - The card's maximum width.
 * @cssprop [--tk-accept-invite-padding=var(--tk-space-6)] - The card's padding.
 * @cssprop [--tk-accept-invite-background=var(--tk-color-bg)] - The card's background.
 * @cssprop [--tk-accept-invite-logo-size=56px] - The workspace logo's size.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <accept-invite token="…from the link's query string…">
 *     <a slot="success" href="/app">Open the workspace</a>
 *     <a slot="sign-in" href="/sign-in">Sign in</a>
 *   </accept-invite>
 * </teamkit-provider>
 * <script type="module">
 *   document.querySelector('accept-invite').token = new URL(location.href).searchParams.get('token') ?? '';
 *   document.addEventListener('tk-invitation-accepted', (event) => signIn(event.token));
 * </script>
 * ```
 */
export class AcceptInvite extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** The invitation token from the link. */
  @property() accessor token = '';

  /**
   * The host's sign-in page, for addresses that already have an account. `{email}` and `{returnTo}` (this
   * page's address) are replaced, URL-encoded: `/sign-in?login_hint={email}&next={returnTo}`.
   */
  @property({ attribute: 'sign-in-url' }) accessor signInUrl = '';

  /** Where "now" comes from for relative times. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  @state() private accessor accepted: InvitationAccepted | undefined = undefined;
  @state() private accessor logoFailed = false;

  /** The form that accepts a pending invitation: a chunk of its own, loaded beside the look-up. */
  #form: AcceptForm | undefined;

  readonly #lookup = new Task(this, {
    args: () => [this.api, this.token.trim()] as const,
    task: async ([client, token], { signal }): Promise<InvitationLookup | typeof UNKNOWN | typeof initialState> => {
      if (!token) return UNKNOWN;
      if (!client) return initialState;
      this.accepted = undefined;
      this.logoFailed = false;
      try {
        // The form's code (its fields, the schema, and zod, which the page's client has already) loads while the
        // invitation is looked up, so a pending one shows its form as soon as the answer is in.
        const [lookup, { AcceptForm }] = await Promise.all([client.invitations.lookup(token, { signal }), import('./accept-invite.form.js')]);
        if (lookup.status === 'pending') {
          this.#form ??= new AcceptForm(this, {
            client: () => this.api,
            token: () => this.token.trim(),
            invitation: () => this.#invitation,
            accepted: (result) => { this.accepted = result; },
            lookUpAgain: () => void this.#lookup.run(),
          });
        }
        return lookup;
      } catch (error) {
        if (isNotFoundError(error)) return UNKNOWN;
        throw error;
      }
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new TickController(this);
  }

  get #now(): number {
    return nowFrom(this.clock);
  }

  /** The invitation as last looked up, if it was found. */
  get #invitation(): InvitationLookup | undefined {
    const lookup = this.#lookup.value;
    return lookup === UNKNOWN ? undefined : lookup;
  }

  protected override render() {
    return renderTask(this.#lookup, {
      complete: (lookup) => (lookup === UNKNOWN ? this.#renderUnknown() : this.#renderInvitation(lookup)),
      loadingLabel: msg('Checking your invitation…', { id: 'tk.accept-invite.loading' }),
    });
  }

  #renderInvitation(lookup: InvitationLookup): TemplateResult {
    return html`<article class="card" part="base" aria-labelledby="title">
      ${this.#renderHeader(lookup, !this.accepted && lookup.status === 'pending')}
      ${this.accepted ? this.#renderSuccess(lookup) : this.#renderBody(lookup)}
    </article>`;
  }

  /** The workspace's logo and name; the name is the page's heading while the invitation can be accepted. */
  #renderHeader(lookup: InvitationLookup, titled: boolean): TemplateResult {
    const { workspace } = lookup;
    const logo = workspace.logoUrl && !this.logoFailed
      ? html`<img part="avatar-image" src=${workspace.logoUrl} alt="" @error=${() => { this.logoFailed = true; }} />`
      : html`<span aria-hidden="true">${initials(workspace.name)}</span>`;
    return html`<div class="header" part="header">
      <div class="avatar logo" part="avatar">${logo}</div>
      ${titled
        ? html`<h2 id="title" part="title">${msg(str`Join ${workspace.name}`, { id: 'tk.accept-invite.title' })}</h2>`
        : html`<p class="workspace"><strong><bdi>${workspace.name}</bdi></strong></p>`}
    </div>`;
  }

  #renderBody(lookup: InvitationLookup): TemplateResult {
    switch (lookup.status) {
      case 'expired': return this.#renderExpired(lookup);
      case 'revoked': return this.#renderOutcome('revoked', msg('This invitation was withdrawn', { id: 'tk.accept-invite.revoked.title' }),
        lookup.inviter
          ? msg(str`The link no longer works. If you still need access, ask ${lookup.inviter.name} for a new invitation.`, { id: 'tk.accept-invite.revoked.detail' })
          : msg('The link no longer works. If you still need access, ask the workspace for a new invitation.', { id: 'tk.accept-invite.revoked.detail_anonymous' }));
      case 'accepted': return this.#renderOutcome('used', msg('This invitation has already been accepted', { id: 'tk.accept-invite.used.title' }),
        msg(str`Each invitation link works once. Sign in as ${lookup.email} to open ${lookup.workspace.name}.`, { id: 'tk.accept-invite.used.detail' }),
        html`<slot name="sign-in"></slot>`);
      case 'pending': return html`${this.#renderDetails(lookup)}${this.#renderAcceptance(lookup)}`;
    }
  }

  #renderExpired(lookup: InvitationLookup): TemplateResult {
    const relative = this.format.relative(lookup.expiresAt, this.#now);
    const when = Date.parse(lookup.expiresAt) <= this.#now
      ? msg(str`It expired ${relative}.`, { id: 'tk.accept-invite.expired.when' })
      : '';
    const ask = lookup.inviter
      ? msg(str`Ask ${lookup.inviter.name} to send you a new one.`, { id: 'tk.accept-invite.expired.ask' })
      : msg('Ask the person who invited you to send a new one.', { id: 'tk.accept-invite.expired.ask_anonymous' });
    return this.#renderOutcome('expired', msg('This invitation has expired', { id: 'tk.accept-invite.expired.title' }), [when, ask].filter(Boolean).join(' '));
  }

  #renderUnknown(): TemplateResult {
    return html`<article class="card" part="base" aria-labelledby="title">${this.#renderOutcome('unknown',
      msg("This invitation link isn't valid", { id: 'tk.accept-invite.unknown.title' }),
      msg('It may be incomplete, or a newer invitation replaced it. Open the link in your most recent invitation email.', { id: 'tk.accept-invite.unknown.detail' }))}</article>`;
  }

  #renderOutcome(kind: string, title: string, detail: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="outcome" part="outcome ${kind}">
      <h2 id="title" part="title">${title}</h2>
      <p>${detail}</p>
      ${extra}
    </div>`;
  }

  #renderDetails(lookup: InvitationLookup): TemplateResult {
    const relative = this.format.relative(lookup.expiresAt, this.#now);
    return html`
      <dl class="details" part="details">
        <dt>${msg('Invited by', { id: 'tk.accept-invite.inviter' })}</dt>
        <dd>${lookup.inviter
          ? html`<bdi>${lookup.inviter.name}</bdi> <span class="muted">(<bdi>${lookup.inviter.email}</bdi>)</span>`
          : html`<span class="muted">${msg('Unknown', { id: 'tk.accept-invite.inviter_unknown' })}</span>`}</dd>
        <dt>${msg('Email', { id: 'tk.accept-invite.email' })}</dt>
        <dd><bdi>${lookup.email}</bdi></dd>
        <dt>${msg('Role', { id: 'tk.accept-invite.role' })}</dt>
        <dd><bdi>${roleLabel(lookup.role)}</bdi></dd>
        <dt>${msg('Expires', { id: 'tk.accept-invite.expires' })}</dt>
        <dd><time datetime=${lookup.expiresAt} title=${this.format.date(lookup.expiresAt, 'datetime')}>${relative}</time></dd>
      </dl>`;
  }

  /** What accepting takes depends on who is asking and whether the address has an account. */
  #renderAcceptance(lookup: InvitationLookup): TemplateResult | typeof nothing {
    if (lookup.viewer === 'someone_else') {
      return renderNotice({
        tone: 'info',
        title: msg("You're signed in with another account", { id: 'tk.accept-invite.wrong_account_title' }),
        detail: lookup.hasAccount
          ? msg(str`This invitation is for ${lookup.email}: sign out, then sign in as ${lookup.email} to accept it.`, { id: 'tk.accept-invite.wrong_account_detail' })
          : msg(str`This invitation is for ${lookup.email}, which has no account yet: sign out to create it.`, { id: 'tk.accept-invite.wrong_account_new_detail' }),
      });
    }
    if (lookup.hasAccount && lookup.viewer === 'anonymous') {
      return html`<div class="sign-in" part="sign-in">
        <p>${msg(str`${lookup.email} already has an account. Sign in as ${lookup.email} to accept this invitation.`, { id: 'tk.accept-invite.sign_in_needed' })}</p>
        <slot name="sign-in">${this.#signInLink(lookup)}</slot>
      </div>`;
    }
    return this.#form?.render(lookup) ?? nothing;
  }

  #signInLink(lookup: InvitationLookup): TemplateResult | typeof nothing {
    if (!this.signInUrl) return nothing;
    const href = this.signInUrl
      .replaceAll('{email}', encodeURIComponent(lookup.email))
      .replaceAll('{returnTo}', encodeURIComponent(location.href));
    return html`<a class="button primary" part="sign-in-link" href=${href}>${msg(str`Sign in as ${lookup.email}`, { id: 'tk.accept-invite.sign_in_as' })}</a>`;
  }

  #renderSuccess(lookup: InvitationLookup): TemplateResult {
    return html`<div class="outcome success" part="outcome success">
      <h2 id="title" part="title" tabindex="-1">${msg(str`Welcome to ${lookup.workspace.name}`, { id: 'tk.accept-invite.success.title' })}</h2>
      <p>${msg(str`You joined as ${roleLabel(lookup.role)} and you're signed in as ${lookup.email}.`, { id: 'tk.accept-invite.success.detail' })}</p>
      <slot name="success"></slot>
    </div>`;
  }
}
