import type {
  ChannelAvailability, ChannelUnavailableReason, LowBalanceAlert, NotificationAudience, NotificationChannel,
  NotificationPreferences, NotificationPreferencesUpdate, NotificationRule, NotificationTopic,
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

const UNAVAILABLE_MESSAGE: Record<ChannelUnavailableReason, string> = {
  phone_missing: 'Add a phone number and verify it to get text messages.',
  phone_unverified: 'Verify your phone number to get text messages.',
  email_unverified: 'Verify your email address to get email.',
};

/** Whether the user can receive each channel: SMS needs a verified phone, email a verified address. */
export function channelAvailability(user: UserRecord): ChannelAvailability[] {
  const smsReason: ChannelUnavailableReason | undefined = !user.phone ? 'phone_missing' : !user.phoneVerified ? 'phone_unverified' : undefined;
  const emailReason: ChannelUnavailableReason | undefined = user.emailVerified ? undefined : 'email_unverified';
  const entry = (channel: NotificationChannel, reason?: ChannelUnavailableReason): ChannelAvailability =>
    (reason ? { channel, available: false, reason } : { channel, available: true });
  return [entry('email', emailReason), entry('sms', smsReason), entry('in_app')];
}

/**
 * The stored choices, as they are, even on a channel that became unavailable (a phone number changed):
 * `channels` says it cannot be delivered, and the choice comes back once the channel does.
 */
export function notificationPreferencesOf(user: UserRecord): NotificationPreferences {
  const choices = user.notificationChoices ?? {};
  const settings = NOTIFICATION_TOPICS.flatMap((topic) =>
    topic.channels.map((channel) => ({
      topic: topic.id,
      channel,
      enabled: choices[`${topic.id}:${channel}`] ?? (topic.id === 'product_announcements' && user.marketingOptIn ? true : enabledByDefault(topic.id, channel)),
    })),
  );
  return { topics: [...NOTIFICATION_TOPICS], channels: channelAvailability(user), settings, lowBalance: user.lowBalance ?? DEFAULT_LOW_BALANCE };
}

/**
 * The user's stored choices after `update`. A 422 names the field of a cell of an unknown topic or channel,
 * or one turned on for a channel the user cannot receive (`channel_unavailable`); turning off is always allowed.
 */
export function applyNotificationUpdate(user: UserRecord, update: NotificationPreferencesUpdate): Pick<UserRecord, 'notificationChoices' | 'lowBalance'> {
  const unavailable = new Map(channelAvailability(user).flatMap(({ channel, reason }) => (reason ? [[channel, reason] as const] : [])));
  const refuseUnavailable = (field: string, channel: NotificationChannel) => {
    const reason = unavailable.get(channel);
    if (reason) throw fieldProblem(field, 'channel_unavailable', UNAVAILABLE_MESSAGE[reason]);
  };
  const choices = { ...user.notificationChoices };
  for (const [index, setting] of (update.settings ?? []).entries()) {
    const topic = NOTIFICATION_TOPICS.find((candidate) => candidate.id === setting.topic);
    if (!topic) throw fieldProblem(`settings.${index}.topic`, 'unknown_topic', `There is no topic ${setting.topic}.`);
    if (!topic.channels.includes(setting.channel)) {
      throw fieldProblem(`settings.${index}.channel`, 'unsupported_channel', `${topic.label} cannot be sent by ${setting.channel}.`);
    }
    if (setting.enabled) refuseUnavailable(`settings.${index}.channel`, setting.channel);
    choices[`${setting.topic}:${setting.channel}`] = setting.enabled;
  }
  const change = update.lowBalance;
  if (!change) return { notificationChoices: choices, lowBalance: user.lowBalance };
  const lowBalance = { ...(user.lowBalance ?? DEFAULT_LOW_BALANCE), ...definedOnly(change) };
  // Only a change that turns the alert on or moves it refuses: a threshold edit must not fail on an old choice.
  if (lowBalance.enabled && (change.enabled === true || change.channel !== undefined)) refuseUnavailable('lowBalance.channel', lowBalance.channel);
  return { notificationChoices: choices, lowBalance };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

/** A workspace rule without its topic, as stored. */
export type RuleBody = Pick<NotificationRule, 'audience' | 'channels'>;

const audience = (who: Partial<NotificationAudience>): NotificationAudience => ({
  owner: false, admins: false, everyone: false, roleIds: [], groupIds: [], ...who,
});

const WORKSPACE_DEFAULTS: Readonly<Record<string, RuleBody>> = {
  campaign_completed: { audience: audience({ everyone: true }), channels: ['in_app'] },
  usage_alerts: { audience: audience({ owner: true, admins: true }), channels: ['email', 'in_app'] },
  billing_receipts: { audience: audience({ owner: true }), channels: ['email'] },
  product_announcements: { audience: audience({ everyone: true }), channels: ['in_app'] },
  contact_imports: { audience: audience({ owner: true, admins: true }), channels: ['email', 'in_app'] },
};

/** Who in a workspace is told about `topic` until an admin says otherwise; the owner by email for a topic without one. */
export function defaultRule(topic: string): RuleBody {
  return WORKSPACE_DEFAULTS[topic] ?? { audience: audience({ owner: true }), channels: ['email'] };
}
