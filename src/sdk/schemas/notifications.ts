import * as z from 'zod/mini';
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

const Threshold = z.number().check(z.minimum(0));
const Currency = z.string().check(z.maxLength(3), z.regex(/^[A-Z]{3}$/));

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
