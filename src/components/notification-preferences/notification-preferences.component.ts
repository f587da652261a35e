import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { NotificationChannel, NotificationPreferences, NotificationSetting, NotificationTopic } from '../../sdk/index.js';
import type { LowBalanceAlert } from '../../sdk/schemas/notifications.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderTask } from '../shared/feedback/states.js';
import { selectField, switchField } from '../shared/fields/choice.js';
import { amountInput, formatAmount, moneyField } from '../shared/fields/money.js';
import { FormController } from '../shared/form-controller.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeLowBalanceAlertUpdateEvent, BeforeNotificationPreferenceChangeEvent, LowBalanceAlertUpdatedEvent, NotificationPreferenceChangedEvent,
} from './notification-preferences.events.js';
import { reasonId, renderMatrix } from './notification-preferences.matrix.js';
import { NotificationRulesSection } from './notification-preferences.rules.js';
import { styles } from './notification-preferences.styles.js';
import { CHANNELS, cellLabel, channelLabel, channelPhrase, fixLabel, unavailableReason } from './notification-preferences.text.js';

/** The low-balance alert as its form holds it: the threshold as typed, read in the reader's locale. */
type AlertValues = {
  enabled: boolean;
  threshold: string;
  /** A `NotificationChannel`; the select holds any string, and the schema checks it. */
  channel: string;
};

/**
 * What the signed-in person is told about, and how. The topic × channel matrix comes from the API (topics as rows,
 * email, SMS and in-app as columns); each switch saves at once, and if the server refuses, it returns to where it
 * was with the reason beside the matrix. A channel the reader cannot receive (SMS without a verified phone) shows
 * its switches off and unavailable, with the reason and a way to fix it: a link to `phone-url` / `email-url`, or
 * the host's `phone-action` / `email-action` slot. Their stored choices are kept and come back with the channel.
 *
 * The low-balance alert takes a threshold in the workspace's currency, typed the reader's way ("1.234,50" in
 * Spanish), and a channel. Below, the workspace's own rules — who in it is told about each topic, and how — which
 * people who manage the workspace change (a versioned form: someone else's change meanwhile keeps the reader's
 * edits and offers "Reload and merge") and everyone else reads, with the reason. In a narrow container the matrix
 * becomes one card of switches per topic.
 *
 * @summary Notification preferences: the topic × channel matrix, the low-balance alert and the workspace's rules.
 *
 * @fires {BeforeNotificationPreferenceChangeEvent} tk-before-notification-preference-change - Cancelable. A switch is about to be saved. `event.setting`.
 * @fires {NotificationPreferenceChangedEvent} tk-notification-preference-changed - A switch was saved. `event.setting`, `event.preferences`.
 * @fires {BeforeLowBalanceAlertUpdateEvent} tk-before-low-balance-alert-update - Cancelable. The alert is about to be saved. `event.change`.
 * @fires {LowBalanceAlertUpdatedEvent} tk-low-balance-alert-updated - The alert was saved. `event.alert`.
 * @fires {BeforeNotificationRulesUpdateEvent} tk-before-notification-rules-update - Cancelable. The workspace's rules are about to be replaced. `event.rules`.
 * @fires {NotificationRulesUpdatedEvent} tk-notification-rules-updated - The workspace's rules were saved. `event.rules`.
 * @fires {TeamkitErrorEvent} tk-error - Loading or saving failed. `event.error`, `event.action` (`load`, `reload`,
 *   `notification-preference-change`, `low-balance-alert-update`, `notification-rules-update`).
 *
 * @slot heading - Replaces the "Notifications" heading.
 * @slot phone-action - Shown while SMS is unavailable, e.g. a button that opens your phone form. Default: a link to `phone-url`.
 * @slot email-action - Shown while email is unavailable (an unverified address). Default: a link to `email-url`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row.
 * @csspart title - The default heading.
 * @csspart subtitle - Each section's heading.
 * @csspart table-wrap - The box around the matrix.
 * @csspart table - The matrix `<table>`.
 * @csspart column-header - A column's heading; also `column-header-topic`, `column-header-email`, `column-header-sms`, `column-header-in_app`.
 * @csspart row - One topic.
 * @csspart cell - Every body cell; also `cell-topic`, `cell-email`, `cell-sms`, `cell-in_app`.
 * @csspart input - A switch, checkbox, select or the amount; also `switch`, `checkbox`, `select`, `money`.
 * @csspart notice - A notice, with its tone: a failed switch (`danger`), an unavailable channel (`info`, also `channel-sms`
 *   or `channel-email`), an alert set in another currency (`warning`), why the rules are read-only (`info`).
 * @csspart dismiss - A notice's Dismiss button.
 * @csspart fix-channel - The default link to add or verify a phone number or an email address.
 * @csspart form - The low-balance form (also `low-balance`) and the rules form (also `rules`).
 * @csspart summary - What the low-balance alert does now.
 * @csspart field - A field's wrapper; also `field-enabled`, `field-threshold`, `field-channel`.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart field-error - A field's error.
 * @csspart currency - The currency's symbol beside the amount.
 * @csspart rule - One topic's workspace rule.
 * @csspart rule-title - Its topic.
 * @csspart footer - A form's footer: outcome, dirty summary, Cancel and Save.
 * @csspart actions - The footer's row of buttons.
 * @csspart dirty-status - "No changes to save" / "Unsaved changes: …".
 * @csspart submit - A form's Save button.
 * @csspart cancel - A form's Cancel button.
 * @csspart reload - "Reload and merge" after someone else changed the rules.
 * @csspart form-error - A failure that belongs to no field.
 * @csspart state - Loading and error panels (also `loading`, `error`).
 * @csspart retry - The "Try again" button of an error panel.
 *
 * @cssprop [--tk-notification-preferences-gap=var(--tk-space-6)] - Space between the sections.
 * @cssprop [--tk-notification-preferences-cell-padding=var(--tk-space-2) var(--tk-space-3)] - Padding of the matrix's cells.
 * @cssprop [--tk-notification-preferences-header-background=var(--tk-color-surface)] - Background of the matrix's column headings.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <notification-preferences phone-url="/settings/security#phone"></notification-preferences>
 * </teamkit-provider>
 * ```
 */
export class NotificationPreferencesElement extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** Where "Add a phone number" leads while SMS is unavailable (unless the `phone-action` slot is filled). */
  @property({ attribute: 'phone-url' }) accessor phoneUrl: string | undefined = undefined;

  /** Where "Verify your email address" leads while email is unavailable (unless the `email-action` slot is filled). */
  @property({ attribute: 'email-url' }) accessor emailUrl: string | undefined = undefined;

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  readonly #actions = new ActionController(this);
  /** The matrix and the alert as the server last confirmed them, cell by cell. */
  #preferences: NotificationPreferences | undefined;
  /** Switches whose change is on its way, shown as the reader set them until the server answers. */
  readonly #pending = new Map<string, boolean>();
  /** The workspace's currency, which the alert's threshold is in. */
  #currency: string | undefined;
  /** The alert's schema: it loads with the data, so that zod is not in this element's entry. */
  #schema: typeof LowBalanceAlert | undefined;

  readonly #alert = new FormController<typeof LowBalanceAlert, AlertValues, LowBalanceAlert>(this, () => this.#schema,
    { enabled: false, threshold: '', channel: 'email' }, {
      toInput: (values) => ({
        enabled: values.enabled,
        threshold: amountInput(values.threshold, this.#locale, this.#moneyCurrency),
        currency: this.#moneyCurrency,
        channel: values.channel,
      }),
      toValues: (alert) => ({ enabled: alert.enabled, threshold: formatAmount(alert.threshold, this.#locale, this.#moneyCurrency), channel: alert.channel }),
      serverField: (path) => path.replace(/^lowBalance\./, ''),
      onError: (error) => this.reportError(error, 'low-balance-alert-update'),
      messages: () => ({
        saved: msg('Low-balance alert saved', { id: 'tk.notification-preferences.alert_saved' }),
        save: msg('Save alert', { id: 'tk.notification-preferences.alert_save' }),
      }),
    });

  readonly #data = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId] as const,
    task: async ([client, workspaceId], { signal }) => {
      if (!client) return initialState;
      try {
        const [preferences, currency, schemas] = await Promise.all([
          client.account.getNotificationPreferences({ signal }),
          // Without the workspace the alert keeps its own currency.
          workspaceId ? client.workspaces.get(workspaceId, { signal }).then((workspace) => workspace.currency, () => undefined) : undefined,
          import('../../sdk/schemas/notifications.js'),
        ]);
        this.#schema = schemas.LowBalanceAlert;
        this.#preferences = preferences;
        this.#currency = currency;
        this.#alert.load({ ...preferences.lowBalance, etag: null });
        return preferences;
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
  });

  readonly #rules = new NotificationRulesSection(this, {
    args: () => [this.api, this.currentWorkspaceId] as const,
    editable: () => this.#permissions.can('workspace:manage'),
    deniedReason: () => this.#permissions.deniedReason(),
  });

  get #locale(): string {
    return this.format.settings.locale;
  }

  get #moneyCurrency(): string {
    return this.#currency ?? this.#preferences?.lowBalance.currency ?? 'USD';
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Notifications', { id: 'tk.notification-preferences.title' })}</h2></slot></div>
      </header>
      ${renderTask(this.#data, { complete: () => this.#renderBody() })}
    </section>`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const preferences = this.#preferences;
    if (!preferences) return nothing;
    return html`<section class="section" aria-labelledby="matrix-heading">
        <div>
          <h3 id="matrix-heading" part="subtitle">${msg('What you are told about', { id: 'tk.notification-preferences.matrix_title' })}</h3>
          <p class="hint">${msg('Each switch is saved as soon as you change it.', { id: 'tk.notification-preferences.matrix_hint' })}</p>
        </div>
        ${preferences.channels.filter((channel) => !channel.available).map((availability) => this.#renderUnavailable(availability))}
        ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
        ${renderMatrix({
          preferences,
          enabled: (topic, channel) => this.#pending.get(`${topic}:${channel}`) ?? preferences.settings.some((setting) =>
            setting.topic === topic && setting.channel === channel && setting.enabled),
          busy: (topic, channel) => this.#actions.busy(`${topic}:${channel}`),
          toggle: (topic, channel, enabled) => void this.#toggle(topic, channel, enabled),
        })}
      </section>
      ${this.#renderAlert(preferences)}
      ${this.currentWorkspaceId ? html`<section class="section" aria-labelledby="rules-heading">
        <div>
          <h3 id="rules-heading" part="subtitle">${msg('Who in the workspace is told', { id: 'tk.notification-preferences.rules_title' })}</h3>
          <p class="hint">${msg('For each topic, who in this workspace gets it and how. Each person\'s own choices above still apply.', { id: 'tk.notification-preferences.rules_hint' })}</p>
        </div>
        ${renderGate(this.#permissions) ?? this.#rules.render()}
      </section>` : nothing}`;
  }

  /** Why a channel cannot be received, and the way to fix it: the host's slot, else a link. */
  #renderUnavailable(availability: NotificationPreferences['channels'][number]): TemplateResult {
    const { channel } = availability;
    const reason = unavailableReason(availability);
    const phone = channel === 'sms';
    const url = phone ? this.phoneUrl : this.emailUrl;
    const link = url ? html`<a class="button" part="fix-channel" href=${url}>${fixLabel(availability)}</a>` : nothing;
    return html`${renderNotice({ tone: 'info', title: reason }, {
      part: `notice channel-${channel}`,
      actions: html`<slot name=${phone ? 'phone-action' : 'email-action'}>${link}</slot>`,
    })}<span id=${reasonId(channel)} hidden>${reason}</span>`;
  }

  #renderAlert(preferences: NotificationPreferences): TemplateResult {
    const form = this.#alert;
    const stored = preferences.lowBalance;
    const currency = this.#moneyCurrency;
    const summary = stored.enabled
      ? msg(str`On: you are told when the balance falls below ${this.format.money(stored.threshold, stored.currency)} (${channelLabel(stored.channel)}).`, { id: 'tk.notification-preferences.alert_on' })
      : msg('Off.', { id: 'tk.notification-preferences.alert_off' });
    const available = (channel: NotificationChannel) => preferences.channels.find((each) => each.channel === channel)?.available !== false;
    return html`<section class="section" aria-labelledby="alert-heading">
      <div>
        <h3 id="alert-heading" part="subtitle">${msg('Low-balance alert', { id: 'tk.notification-preferences.alert_title' })}</h3>
        <p class="hint" part="summary">${summary}</p>
      </div>
      ${stored.currency === currency ? nothing : renderNotice({
        tone: 'warning',
        title: msg(str`The alert is set at ${this.format.money(stored.threshold, stored.currency)}. Saving it sets it in ${currency}.`, { id: 'tk.notification-preferences.alert_currency' }),
      })}
      <form part="form low-balance" novalidate @submit=${(event: SubmitEvent) => this.#saveAlert(event)}>
        <div class="alert-fields">
          ${switchField(form, { name: 'enabled', label: msg('Alert me when the balance is low', { id: 'tk.notification-preferences.alert_enabled' }) })}
          ${moneyField(form, { name: 'threshold', label: msg('When the balance falls below', { id: 'tk.notification-preferences.alert_threshold' }), currency, locale: this.#locale })}
          ${selectField(form, {
            name: 'channel',
            label: msg('Send it', { id: 'tk.notification-preferences.alert_channel' }),
            options: CHANNELS.map((channel) => ({
              value: channel,
              label: available(channel) ? channelPhrase(channel) : msg(str`${channelPhrase(channel)} (unavailable)`, { id: 'tk.notification-preferences.unavailable_option' }),
              disabled: !available(channel),
            })),
          })}
        </div>
        ${form.renderFooter()}
      </form>
    </section>`;
  }

  async #toggle(topic: NotificationTopic, channel: NotificationChannel, enabled: boolean): Promise<void> {
    const client = this.api;
    if (!client) return;
    const key = `${topic.id}:${channel}`;
    const setting: NotificationSetting = { topic: topic.id, channel, enabled };
    const name = cellLabel(topic.label, channel);
    await this.#actions.run({
      key,
      before: () => new BeforeNotificationPreferenceChangeEvent(setting),
      // Optimistic: the switch shows the new state while it saves, and goes back if the server refuses.
      call: async (signal) => {
        this.#pending.set(key, enabled);
        try {
          return await client.account.updateNotificationPreferences({ settings: [setting] }, { signal });
        } finally {
          this.#pending.delete(key);
        }
      },
      after: (preferences) => {
        this.#takeCell(preferences, setting);
        return new NotificationPreferenceChangedEvent(setting, preferences);
      },
      action: 'notification-preference-change',
      success: {
        announce: enabled ? msg(str`${name}: on`, { id: 'tk.notification-preferences.turned_on' }) : msg(str`${name}: off`, { id: 'tk.notification-preferences.turned_off' }),
        notice: false,
      },
      failure: enabled
        ? msg(str`Couldn't turn on ${name}`, { id: 'tk.notification-preferences.turn_on_failed' })
        : msg(str`Couldn't turn off ${name}`, { id: 'tk.notification-preferences.turn_off_failed' }),
    });
  }

  /**
   * Takes the saved cell from the server's answer, and which channels can be received, but no other cell: an
   * answer to an earlier change may arrive after a later one's.
   */
  #takeCell(answer: NotificationPreferences, setting: NotificationSetting): void {
    const current = this.#preferences;
    const same = (other: NotificationSetting) => other.topic === setting.topic && other.channel === setting.channel;
    const saved = answer.settings.find(same);
    if (!current || !saved) return;
    this.#preferences = { ...current, channels: answer.channels, settings: current.settings.map((other) => (same(other) ? saved : other)) };
  }

  async #saveAlert(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.api;
    if (!client) return;
    const currency = this.#moneyCurrency;
    await this.#alert.save(async (patch) => {
      const change = { ...patch, currency };
      if (!this.emit(new BeforeLowBalanceAlertUpdateEvent(change))) return undefined;
      const preferences = await client.account.updateNotificationPreferences({ lowBalance: change });
      const current = this.#preferences;
      if (current) this.#preferences = { ...current, channels: preferences.channels, lowBalance: preferences.lowBalance };
      this.emit(new LowBalanceAlertUpdatedEvent(preferences.lowBalance));
      return { ...preferences.lowBalance, etag: null };
    });
  }
}
