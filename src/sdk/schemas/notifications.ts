import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';
import { bounded, TEXT_LIMITS } from './text.js';

export const NotificationChannel = z.enum(['email', 'sms', 'in_app']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/** A topic the API can notify about; `channels` lists where it may be delivered. */
export const NotificationTopic = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  channels: z.array(NotificationChannel),
});
export type NotificationTopic = z.infer<typeof NotificationTopic>;

export const NotificationSetting = z.object({
  /** A topic's id. */
  topic: bounded(TEXT_LIMITS.id),
  channel: NotificationChannel,
  enabled: z.boolean(),
});
export type NotificationSetting = z.infer<typeof NotificationSetting>;

/**
 * Why the user cannot receive a channel: `phone_missing` (SMS needs a phone number), `phone_unverified` (and a
 * verified one), `email_unverified`. Stable codes a UI maps to its own words.
 */
export const ChannelUnavailableReason = z.enum(['phone_missing', 'phone_unverified', 'email_unverified']);
export type ChannelUnavailableReason = z.infer<typeof ChannelUnavailableReason>;

/** Whether the user can receive a channel at all; turning on a cell of an unavailable one is refused. */
export const ChannelAvailability = z.object({
  channel: NotificationChannel,
  available: z.boolean(),
  /** Only when not available. */
  reason: z.optional(ChannelUnavailableReason),
});
export type ChannelAvailability = z.infer<typeof ChannelAvailability>;

const Threshold = z.number().check(z.minimum(0));

/** An ISO 4217 currency code such as `USD` or `EUR`. */
export const Currency = z.string().check(z.maxLength(3), z.regex(/^[A-Z]{3}$/));

export const LowBalanceAlert = z.object({
  enabled: z.boolean(),
  threshold: Threshold,
  currency: Currency,
  channel: NotificationChannel,
});
export type LowBalanceAlert = z.infer<typeof LowBalanceAlert>;

/** The topic × channel matrix plus the low-balance alert. */
export const NotificationPreferences = z.object({
  topics: z.array(NotificationTopic),
  /** Every channel, and whether the user can receive it. */
  channels: z.array(ChannelAvailability),
  settings: z.array(NotificationSetting),
  lowBalance: LowBalanceAlert,
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const NotificationPreferencesUpdate = z.object({
  settings: z.optional(z.array(NotificationSetting)),
  lowBalance: z.optional(z.object({
    enabled: z.optional(z.boolean()),
    threshold: z.optional(Threshold),
    currency: z.optional(Currency),
    channel: z.optional(NotificationChannel),
  })),
});
export type NotificationPreferencesUpdate = z.infer<typeof NotificationPreferencesUpdate>;

/**
 * Who in a workspace is told about a topic: its owner, its admins, everyone, and/or the members holding
 * one of `roleIds` or belonging to one of `groupIds`.
 */
export const NotificationAudience = z.object({
  owner: z.boolean(),
  admins: z.boolean(),
  everyone: z.boolean(),
  roleIds: z.array(Id).check(z.maxLength(50)),
  groupIds: z.array(Id).check(z.maxLength(100)),
});
export type NotificationAudience = z.infer<typeof NotificationAudience>;

/** A workspace's rule for one topic: who is told, on which channels (each member's own preferences still apply). */
export const NotificationRule = z.object({
  /** A topic's id. */
  topic: bounded(TEXT_LIMITS.id),
  audience: NotificationAudience,
  channels: z.array(NotificationChannel).check(z.maxLength(3)),
});
export type NotificationRule = z.infer<typeof NotificationRule>;

/** A workspace's notification rules: one per topic, defaults included. */
export const WorkspaceNotificationRules = z.object({
  topics: z.array(NotificationTopic),
  rules: z.array(NotificationRule),
  /** When an admin last changed them; null while every rule is the default. */
  updatedAt: z.nullable(Timestamp),
});
export type WorkspaceNotificationRules = z.infer<typeof WorkspaceNotificationRules>;

/** Replaces a workspace's rules: at most one per topic; a topic left out goes back to its default. */
export const NotificationRulesUpdate = z.object({
  rules: z.array(NotificationRule).check(z.maxLength(50)),
});
export type NotificationRulesUpdate = z.infer<typeof NotificationRulesUpdate>;
