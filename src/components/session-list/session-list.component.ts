import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Session, SignIn } from '../../sdk/index.js';
import { nowFrom, TickController, type TimeSource } from '../shared/clock.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty } from '../shared/feedback/states.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeOtherSessionsRevokeEvent, BeforeSessionRevokeEvent, BeforeSignInReportEvent, OtherSessionsRevokedEvent,
  SessionRevokedEvent, SignInReportedEvent,
} from './session-list.events.js';
import { renderSignIns, type SignInsView } from './session-list.sign-ins.js';
import { styles } from './session-list.styles.js';
import { deviceKindOf, deviceName, placeOf } from './session-list.text.js';

/**
 * Where the signed-in person is signed in, and who tried to sign in as them. Each device shows its browser and
 * system, kind, approximate place and IP address, when it was last active and when it signs itself out; this
 * device is marked. Sign one device out, or every other one at once (each after a confirmation).
 *
 * Below, the recent sign-ins of the last 30 days, successful or failed, a page at a time. "This wasn't me" on one
 * signs out every other device and cancels a pending email or phone change; the element then puts the next step
 * in front of the reader — change the password — with a link to `password-url`, or whatever the host puts in the
 * `change-password` slot (a button that opens `<password-form>`, say), and fires `tk-sign-in-reported`.
 *
 * It needs no permission: everyone manages their own devices. Times are relative ("Last active 3 hours ago") with
 * the exact time, in the reader's time zone, as a tooltip.
 *
 * @summary The account's signed-in devices and recent sign-ins, with sign-out and "This wasn't me".
 *
 * @fires {BeforeSessionRevokeEvent} tk-before-session-revoke - Cancelable. A confirmed sign-out of one device is about to be sent. `event.session`.
 * @fires {SessionRevokedEvent} tk-session-revoked - A device was signed out. `event.session`.
 * @fires {BeforeOtherSessionsRevokeEvent} tk-before-other-sessions-revoke - Cancelable. A confirmed sign-out of every other device is about to be sent. `event.sessions`.
 * @fires {OtherSessionsRevokedEvent} tk-other-sessions-revoked - Every other device was signed out. `event.revoked`: how many.
 * @fires {BeforeSignInReportEvent} tk-before-sign-in-report - Cancelable. A confirmed "This wasn't me" is about to be sent. `event.signIn`.
 * @fires {SignInReportedEvent} tk-sign-in-reported - "This wasn't me" went through: `event.revoked` other devices were signed out
 *   and `event.signIn` is marked reported. Lead the reader to your password form.
 * @fires {TeamkitErrorEvent} tk-error - Loading or an action failed. `event.error`, `event.action` (`load`, `load-more`,
 *   `session-revoke`, `other-sessions-revoke`, `sign-in-report`).
 *
 * @slot heading - Replaces the "Where you're signed in" heading.
 * @slot change-password - The next step after "This wasn't me", e.g. a button that opens your password form; focus
 *   moves to it. Without it, a "Change password" link to `password-url` (when set).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row, with "Sign out all other devices".
 * @csspart title - The default heading.
 * @csspart list - The signed-in devices.
 * @csspart item - One device; also `session`, and `session-current` for this one.
 * @csspart device-name - A device's browser and system.
 * @csspart badge - "This device", a sign-in's result and "Reported"; also `badge-current`, `badge-success`, `badge-failure`, `badge-reported`.
 * @csspart action - A device's or sign-in's button; also `revoke` (Sign out), `revoke-others` (Sign out all other devices) and `report` (This wasn't me).
 * @csspart notice - The outcome of an action, with its tone (`success`, `danger`); also `next-step` (with `warning`)
 *   after "This wasn't me".
 * @csspart dismiss - A notice's Dismiss button.
 * @csspart change-password - The default "Change password" link of the next step.
 * @csspart sign-ins - The recent sign-ins section.
 * @csspart subtitle - Its heading.
 * @csspart table-wrap - The box around the sign-ins table.
 * @csspart table - The sign-ins `<table>`.
 * @csspart column-header - A column's heading; also `column-header-time`, `column-header-outcome`, `column-header-device`,
 *   `column-header-location`, `column-header-actions`.
 * @csspart row - One sign-in.
 * @csspart cell - Every body cell; also `cell-time`, `cell-outcome`, `cell-device`, `cell-location`, `cell-actions`.
 * @csspart footer - Under the sign-ins while more can load: `total` ("Showing 10 of 24") and `load-more`.
 * @csspart state - Loading, empty and error panels (also `loading`, `empty`, `error`).
 * @csspart retry - The "Try again" button of an error panel.
 * @csspart confirm-dialog - The confirmation before signing out; its buttons are `confirm-cancel` and `confirm-accept`.
 *
 * @cssprop [--tk-session-list-gap=var(--tk-space-2)] - Space between devices.
 * @cssprop [--tk-session-list-item-padding=var(--tk-space-3) var(--tk-space-4)] - Padding inside a device's box.
 * @cssprop [--tk-session-list-current-border=var(--tk-color-accent)] - The border that marks this device.
 * @cssprop [--tk-session-list-cell-padding=var(--tk-space-2) var(--tk-space-3)] - Padding of the sign-ins table's cells.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <session-list password-url="/settings/security#password"></session-list>
 * </teamkit-provider>
 * <script type="module">
 *   // Or open your own password form after "This wasn't me":
 *   document.querySelector('session-list').addEventListener('tk-sign-in-reported', () => openPasswordForm());
 * </script>
 * ```
 */
export class SessionListElement extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** Where the "Change password" link of the next step after "This wasn't me" leads (unless the `change-password` slot is filled). */
  @property({ attribute: 'password-url' }) accessor passwordUrl: string | undefined = undefined;

  /** How many sign-ins to load per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 10;

  /** Where "now" comes from for relative times. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  readonly #confirm = new ConfirmController(this);
  readonly #actions = new ActionController(this);

  /** The devices: one answer, not paged, held by a list so that sign-outs edit it in place. */
  readonly #sessions = new ListController(this, {
    args: () => [this.api] as const,
    load: async ([client], _cursor, signal) => {
      if (!client) return undefined;
      const items = await client.sessions.list({ signal });
      // This device first: it is the one the reader knows, and the one they cannot sign out here.
      const ordered = [...items.filter((session) => session.current), ...items.filter((session) => !session.current)];
      return { items: ordered, nextCursor: null, total: ordered.length };
    },
  });

  readonly #signIns = new ListController(this, {
    args: () => [this.api, this.#limit] as const,
    load: ([client, limit], cursor, signal) => (client ? client.sessions.signIns({ cursor, limit }, { signal }) : undefined),
    focusItem: (id) => this.#signInRow(id),
    announceMore: (added) => {
      const count = this.format.number(added);
      return this.format.plural(added) === 'one'
        ? msg(str`${count} more sign-in loaded`, { id: 'tk.session-list.loaded_more_one' })
        : msg(str`${count} more sign-ins loaded`, { id: 'tk.session-list.loaded_more' });
    },
  });

  /** After "This wasn't me": what was reported and how many devices were signed out, until dismissed. */
  #reported: { signIn: SignIn; revoked: number } | undefined;

  constructor() {
    super();
    new TickController(this);
  }

  /** Reads devices and sign-ins again, e.g. after the password changed elsewhere on the page. */
  async refresh(): Promise<void> {
    this.#actions.dismiss();
    await Promise.all([this.#sessions.refresh(), this.#signIns.refresh()]);
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 10);
  }

  get #now(): number {
    return nowFrom(this.clock);
  }

  get #others(): Session[] {
    return this.#sessions.items.filter((session) => !session.current);
  }

  #signInRow(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] th`);
  }

  /** `one` or `other` by the reader's plural rules, given the number formatted for them. */
  #count(n: number, one: (count: string) => string, other: (count: string) => string): string {
    const count = this.format.number(n);
    return this.format.plural(n) === 'one' ? one(count) : other(count);
  }

  /** "3 hours ago", or "just now" within the last minute, where "now" would read oddly. */
  #ago(iso: string): string {
    return Math.abs(Date.parse(iso) - this.#now) < 60_000 ? msg('just now', { id: 'tk.session-list.just_now' }) : this.format.relative(iso, this.#now);
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg("Where you're signed in", { id: 'tk.session-list.title' })}</h2></slot></div>
        ${this.#renderRevokeOthers()}
      </header>
      ${this.#renderNextStep()}
      ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
      ${this.#sessions.render({
        items: (items) => this.#renderSessions(items),
        loadingLabel: msg('Loading your devices…', { id: 'tk.session-list.loading' }),
      })}
      <section class="sign-ins" part="sign-ins" aria-labelledby="sign-ins-heading">
        <div>
          <h3 id="sign-ins-heading" part="subtitle">${msg('Recent sign-ins', { id: 'tk.session-list.sign_ins' })}</h3>
          <p class="hint">${msg("Sign-ins and failed attempts of the last 30 days. If one wasn't you, say so: we sign out every other device.", { id: 'tk.session-list.sign_ins_hint' })}</p>
        </div>
        ${this.#signIns.render({
          items: (items) => renderSignIns(items, this.#signInsView()),
          empty: () => renderEmpty(msg('No sign-ins in the last 30 days', { id: 'tk.session-list.no_sign_ins' })),
          loadingLabel: msg('Loading sign-ins…', { id: 'tk.session-list.loading_sign_ins' }),
        })}
        ${this.#signIns.renderFooter()}
      </section>
      ${this.#confirm.render()}
    </section>`;
  }

  #renderRevokeOthers(): TemplateResult | typeof nothing {
    const others = this.#others.length;
    if (!others) return nothing;
    const busy = this.#actions.busy('others');
    return html`<button type="button" part="action revoke-others" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#revokeOthers()}>${busy
      ? msg('Signing out…', { id: 'tk.session-list.signing_out' })
      : msg('Sign out all other devices', { id: 'tk.session-list.revoke_others' })}</button>`;
  }

  #renderSessions(items: readonly Session[]): TemplateResult {
    const [current] = items.filter((session) => session.current);
    const others = items.filter((session) => !session.current);
    return html`<ul part="list" aria-label=${msg('Signed-in devices', { id: 'tk.session-list.devices' })}>
      ${current ? this.#renderSession(current) : nothing}${others.map((session) => this.#renderSession(session))}
    </ul>${others.length ? nothing : renderEmpty(
      msg('No other devices', { id: 'tk.session-list.no_others' }),
      msg("You're signed in on this device only.", { id: 'tk.session-list.no_others_hint' }),
    )}`;
  }

  #renderSession(session: Session): TemplateResult {
    const { current, lastActiveAt, expiresAt } = session;
    const name = deviceName(session);
    const place = placeOf(session);
    const busy = this.#actions.busyWith(session.id) === 'session-revoke';
    const active = current
      ? msg('Active now', { id: 'tk.session-list.active_now' })
      : msg(str`Last active ${this.#ago(lastActiveAt)}`, { id: 'tk.session-list.last_active' });
    return html`<li part="item session${current ? ' session-current' : ''}" class=${current ? 'current' : ''} data-id=${session.id} tabindex="-1">
      <div class="summary">
        <p class="name"><strong part="device-name"><bdi>${name}</bdi></strong>${current
          ? html` <span class="badge accent" part="badge badge-current">${msg('This device', { id: 'tk.session-list.this_device' })}</span>` : nothing}</p>
        <p class="meta">${deviceKindOf(session)} · <bdi>${place}</bdi> · <bdi>${session.ip}</bdi></p>
        <p class="meta"><time datetime=${lastActiveAt} title=${this.format.date(lastActiveAt, 'datetime')}>${active}</time> ·
          <time datetime=${expiresAt} title=${this.format.date(expiresAt, 'datetime')}>${msg(str`Signs out ${this.format.relative(expiresAt, this.#now)}`, { id: 'tk.session-list.expires' })}</time></p>
      </div>
      ${current ? nothing : html`<button type="button" part="action revoke" aria-disabled=${busy ? 'true' : 'false'}
        aria-label=${busy ? nothing : msg(str`Sign out ${name}, ${place}`, { id: 'tk.session-list.revoke_label' })}
        @click=${() => void this.#revoke(session)}>${busy ? msg('Signing out…', { id: 'tk.session-list.signing_out' }) : msg('Sign out', { id: 'tk.session-list.revoke' })}</button>`}
    </li>`;
  }

  #signInsView(): SignInsView {
    return {
      format: this.format,
      ago: (iso) => this.#ago(iso),
      busy: (id) => this.#actions.busyWith(id) === 'sign-in-report',
      report: (signIn) => void this.#report(signIn),
    };
  }

  /** The next step after "This wasn't me": change the password, through the host's slot or link. */
  #renderNextStep(): TemplateResult | typeof nothing {
    const reported = this.#reported;
    if (!reported) return nothing;
    const why = msg('Whoever it was may know your password: change it now, then check your email address and phone number.', { id: 'tk.session-list.next_why' });
    const link = this.passwordUrl
      ? html`<a class="button primary" part="change-password" href=${this.passwordUrl}>${msg('Change password', { id: 'tk.session-list.change_password' })}</a>`
      : nothing;
    return renderNotice({ tone: 'warning', title: msg('Now change your password', { id: 'tk.session-list.next_title' }), detail: `${this.#signedOutText(reported.revoked)}. ${why}` }, {
      part: 'notice next-step',
      actions: html`<slot name="change-password">${link}</slot>`,
      onDismiss: () => {
        this.#reported = undefined;
        this.requestUpdate();
      },
    });
  }

  /** After "This wasn't me", focus goes to the way to change the password: the host's control, else the link. */
  #focusNextStep(): void {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="change-password"]');
    const target = slot?.assignedElements({ flatten: true })[0] ?? this.renderRoot.querySelector('[part~="change-password"]');
    if (target instanceof HTMLElement) target.focus();
  }

  /** Where focus goes when a signed-out device's row is gone: the next device's Sign out, else this device. */
  #focusAfterRevoke(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="revoke"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="session-current"]');
  }

  async #revoke(session: Session): Promise<void> {
    const client = this.api;
    if (!client || this.#actions.busy(session.id)) return;
    const name = deviceName(session);
    const confirmed = await this.#confirm.ask({
      title: msg(str`Sign out ${name}?`, { id: 'tk.session-list.revoke_title' }),
      message: msg(str`${name} (${placeOf(session)}) will be signed out. Whoever uses it must sign in again.`, { id: 'tk.session-list.revoke_message' }),
      confirmLabel: msg('Sign out', { id: 'tk.session-list.revoke' }),
      danger: true,
    });
    if (!confirmed) return;
    await this.#actions.run({
      key: session.id,
      before: () => new BeforeSessionRevokeEvent(session),
      call: (signal) => client.sessions.revoke(session.id, { signal }),
      after: () => {
        this.#sessions.remove(session.id);
        return new SessionRevokedEvent(session);
      },
      action: 'session-revoke',
      success: { announce: msg(str`Signed out ${name}`, { id: 'tk.session-list.revoked' }) },
      failure: msg(str`Couldn't sign out ${name}`, { id: 'tk.session-list.revoke_failed' }),
      focus: () => this.#focusAfterRevoke(),
    });
  }

  async #revokeOthers(): Promise<void> {
    const client = this.api;
    const others = this.#others;
    if (!client || !others.length || this.#actions.busy('others')) return;
    const confirmed = await this.#confirm.ask({
      title: this.#count(others.length,
        (count) => msg(str`Sign out ${count} other device?`, { id: 'tk.session-list.revoke_others_title_one' }),
        (count) => msg(str`Sign out ${count} other devices?`, { id: 'tk.session-list.revoke_others_title' })),
      message: msg('Whoever uses them must sign in again. This device stays signed in.', { id: 'tk.session-list.revoke_others_message' }),
      confirmLabel: msg('Sign out all other devices', { id: 'tk.session-list.revoke_others' }),
      danger: true,
    });
    if (!confirmed) return;
    await this.#actions.run({
      key: 'others',
      before: () => new BeforeOtherSessionsRevokeEvent(others),
      call: (signal) => client.sessions.revokeOthers({ signal }),
      after: ({ revoked }) => {
        this.#removeOthers();
        return new OtherSessionsRevokedEvent(revoked);
      },
      action: 'other-sessions-revoke',
      success: ({ revoked }) => ({ announce: this.#signedOutText(revoked) }),
      failure: msg("Couldn't sign out the other devices", { id: 'tk.session-list.revoke_others_failed' }),
      focus: () => this.#focusAfterRevoke(),
    });
  }

  async #report(signIn: SignIn): Promise<void> {
    const client = this.api;
    if (!client || this.#actions.busy(signIn.id)) return;
    const when = this.format.date(signIn.createdAt, 'datetime');
    const what = signIn.outcome === 'success'
      ? msg(str`You're reporting the sign-in on ${when} from ${placeOf(signIn)} (${deviceName(signIn)}).`, { id: 'tk.session-list.report_success' })
      : msg(str`You're reporting the failed attempt to sign in on ${when} from ${placeOf(signIn)} (${deviceName(signIn)}).`, { id: 'tk.session-list.report_failure' });
    const confirmed = await this.#confirm.ask({
      title: msg('Secure your account?', { id: 'tk.session-list.report_title' }),
      message: html`<p>${what}</p><p>${msg('Every device but this one will be signed out, and a pending change of your email address or phone number is cancelled. Then change your password.', { id: 'tk.session-list.report_message' })}</p>`,
      confirmLabel: msg('Sign out other devices', { id: 'tk.session-list.report_confirm' }),
      danger: true,
    });
    if (!confirmed) return;
    const result = await this.#actions.run({
      key: signIn.id,
      before: () => new BeforeSignInReportEvent(signIn),
      call: (signal) => client.sessions.reportSignIn(signIn.id, { signal }),
      after: ({ revoked }) => {
        this.#removeOthers();
        this.#signIns.replace(signIn.id, { ...signIn, reportedAt: signIn.reportedAt ?? new Date(this.#now).toISOString() });
        this.#reported = { signIn, revoked };
        return new SignInReportedEvent(signIn, revoked);
      },
      action: 'sign-in-report',
      // The next step on screen says what happened; a notice beside it would say it twice.
      success: ({ revoked }) => ({
        announce: `${this.#signedOutText(revoked)}. ${msg('Now change your password.', { id: 'tk.session-list.report_announce' })}`,
        notice: false,
      }),
      failure: msg("Couldn't report the sign-in", { id: 'tk.session-list.report_failed' }),
    });
    if (result) this.#focusNextStep();
  }

  #removeOthers(): void {
    for (const session of this.#others) this.#sessions.remove(session.id);
  }

  /** "Signed out 2 other devices": the outcome of signing the others out, without a full stop. */
  #signedOutText(revoked: number): string {
    return revoked === 0
      ? msg('No other device was signed in', { id: 'tk.session-list.none_revoked' })
      : this.#count(revoked,
        (count) => msg(str`Signed out ${count} other device`, { id: 'tk.session-list.revoked_others_one' }),
        (count) => msg(str`Signed out ${count} other devices`, { id: 'tk.session-list.revoked_others' }));
  }
}
