import type {
  LowBalanceAlert, NotificationPreferences, NotificationPreferencesUpdate, NotificationTopic,
} from '../sdk/schemas/index.js';
import { fieldProblem } from './problems.js';
import type { UserRecord } from './store.js';

/** The topics the API notifies about, and where each may be delivered. */
export const NOTIFICATION_TOPICS: readonly NotificationTopic[] = [
  { id: 'campaign_completed', label: 'Campaign completions', description: 'When a campaign finishes running.', channels: ['email', 'sms', 'in_app'] },
  { id: 'usage_alerts', label: 'Usage alerts', description: 'When usage nears a limit of your plan.', channels: ['email', 'sms', 'in_app'] },
  { id: 'billing_receipts', label: 'Billing receipts', description: 'A receipt for every payment.', channels: ['email'] },
  { id: 'product_announcements', label: 'Product announcements', description: 'New features and changes.', channels: ['email', 'in_app'] },
  { id: 'contact_imports', label: 'Contact imports', description: 'When an import of contacts completes or fails.', channels: ['email', 'in_app'] },
];

/** Everything is on by default except SMS and announcements, which need an opt-in. */
const enabledByDefault = (topic: string, channel: string) => channel !== 'sms' && topic !== 'product_announcements';

const DEFAULT_LOW_BALANCE: LowBalanceAlert = { enabled: false, threshold: 10, currency: 'USD', channel: 'email' };

export function notificationPreferencesOf(user: UserRecord): NotificationPreferences {
  const choices = user.notificationChoices ?? {};
  const settings = NOTIFICATION_TOPICS.flatMap((topic) =>
    topic.channels.map((channel) => ({
      topic: topic.id,
      channel,
      enabled: choices[`${topic.id}:${channel}`] ?? (topic.id === 'product_announcements' && user.marketingOptIn ? true : enabledByDefault(topic.id, channel)),
    })),
  );
  return { topics: [...NOTIFICATION_TOPICS], settings, lowBalance: user.lowBalance ?? DEFAULT_LOW_BALANCE };
}

/** The user's stored choices after `update`; a cell of an unknown topic or channel is a 422 naming it. */
export function applyNotificationUpdate(user: UserRecord, update: NotificationPreferencesUpdate): Pick<UserRecord, 'notificationChoices' | 'lowBalance'> {
  const choices = { ...user.notificationChoices };
  for (const [index, setting] of (update.settings ?? []).entries()) {
    const topic = NOTIFICATION_TOPICS.find((candidate) => candidate.id === setting.topic);
    if (!topic) throw fieldProblem(`settings.${index}.topic`, 'unknown_topic', `There is no topic ${setting.topic}.`);
    if (!topic.channels.includes(setting.channel)) {
      throw fieldProblem(`settings.${index}.channel`, 'unsupported_channel', `${topic.label} cannot be sent by ${setting.channel}.`);
    }
    choices[`${setting.topic}:${setting.channel}`] = setting.enabled;
  }
  const lowBalance = update.lowBalance ? { ...(user.lowBalance ?? DEFAULT_LOW_BALANCE), ...definedOnly(update.lowBalance) } : user.lowBalance;
  return { notificationChoices: choices, lowBalance };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
