import type {
  LowBalanceAlert, NotificationPreferences, NotificationPreferencesUpdate, NotificationRule, NotificationSetting, WorkspaceNotificationRules,
} from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable: one cell of the topic × channel matrix is about to be saved. `preventDefault()` leaves it as it was. */
export class BeforeNotificationPreferenceChangeEvent extends TeamkitEvent {
  constructor(readonly setting: NotificationSetting) {
    super('tk-before-notification-preference-change', { cancelable: true });
  }
}

/** A cell of the matrix was saved: `setting`, and the `preferences` as the server now holds them. */
export class NotificationPreferenceChangedEvent extends TeamkitEvent {
  constructor(readonly setting: NotificationSetting, readonly preferences: NotificationPreferences) {
    super('tk-notification-preference-changed');
  }
}

/** Cancelable: the low-balance alert is about to be saved. `change`: the fields sent. */
export class BeforeLowBalanceAlertUpdateEvent extends TeamkitEvent {
  constructor(readonly change: NonNullable<NotificationPreferencesUpdate['lowBalance']>) {
    super('tk-before-low-balance-alert-update', { cancelable: true });
  }
}

/** The low-balance alert was saved: `alert` as the server now holds it. */
export class LowBalanceAlertUpdatedEvent extends TeamkitEvent {
  constructor(readonly alert: LowBalanceAlert) {
    super('tk-low-balance-alert-updated');
  }
}

/** Cancelable: the workspace's notification rules are about to be replaced by `rules`. */
export class BeforeNotificationRulesUpdateEvent extends TeamkitEvent {
  constructor(readonly rules: readonly NotificationRule[]) {
    super('tk-before-notification-rules-update', { cancelable: true });
  }
}

/** The workspace's notification rules were saved: `rules` as the server now holds them. */
export class NotificationRulesUpdatedEvent extends TeamkitEvent {
  constructor(readonly rules: WorkspaceNotificationRules) {
    super('tk-notification-rules-updated');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-notification-preference-change': BeforeNotificationPreferenceChangeEvent;
    'tk-notification-preference-changed': NotificationPreferenceChangedEvent;
    'tk-before-low-balance-alert-update': BeforeLowBalanceAlertUpdateEvent;
    'tk-low-balance-alert-updated': LowBalanceAlertUpdatedEvent;
    'tk-before-notification-rules-update': BeforeNotificationRulesUpdateEvent;
    'tk-notification-rules-updated': NotificationRulesUpdatedEvent;
  }
}
