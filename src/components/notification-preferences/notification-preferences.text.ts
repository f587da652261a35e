import { msg, str } from '@lit/localize';
import type { ChannelAvailability, NotificationChannel } from '../../sdk/index.js';

export const CHANNELS: readonly NotificationChannel[] = ['email', 'sms', 'in_app'];

/** A channel's name, as a column heading and a choice. */
export function channelLabel(channel: NotificationChannel): string {
  switch (channel) {
    case 'email': return msg('Email', { id: 'tk.notification-preferences.channel.email' });
    case 'sms': return msg('SMS', { id: 'tk.notification-preferences.channel.sms' });
    case 'in_app': return msg('In-app', { id: 'tk.notification-preferences.channel.in_app' });
  }
}

/** A switch's accessible name, "Usage alerts by SMS": a column heading alone would not say which row it is in. */
export function cellLabel(topic: string, channel: NotificationChannel): string {
  switch (channel) {
    case 'email': return msg(str`${topic} by email`, { id: 'tk.notification-preferences.cell.email' });
    case 'sms': return msg(str`${topic} by SMS`, { id: 'tk.notification-preferences.cell.sms' });
    case 'in_app': return msg(str`${topic} in the app`, { id: 'tk.notification-preferences.cell.in_app' });
  }
}

/** Why the reader cannot receive a channel, in their words (the API gives a stable code). */
export function unavailableReason(availability: ChannelAvailability): string {
  switch (availability.reason) {
    case 'phone_missing': return msg('Add a phone number and verify it to get SMS.', { id: 'tk.notification-preferences.reason.phone_missing' });
    case 'phone_unverified': return msg('Verify your phone number to get SMS.', { id: 'tk.notification-preferences.reason.phone_unverified' });
    case 'email_unverified': return msg('Verify your email address to get email.', { id: 'tk.notification-preferences.reason.email_unverified' });
    default: return msg(str`You can't receive ${channelLabel(availability.channel)} notifications yet.`, { id: 'tk.notification-preferences.reason.other' });
  }
}

/** How the alert is sent, as a choice. */
export function channelPhrase(channel: NotificationChannel): string {
  switch (channel) {
    case 'email': return msg('By email', { id: 'tk.notification-preferences.by.email' });
    case 'sms': return msg('By SMS', { id: 'tk.notification-preferences.by.sms' });
    case 'in_app': return msg('In the app', { id: 'tk.notification-preferences.by.in_app' });
  }
}

/** The way to make a channel receivable, as the default link's text. */
export function fixLabel(availability: ChannelAvailability): string {
  switch (availability.reason) {
    case 'phone_missing': return msg('Add a phone number', { id: 'tk.notification-preferences.fix.phone_missing' });
    case 'phone_unverified': return msg('Verify your phone number', { id: 'tk.notification-preferences.fix.phone_unverified' });
    case 'email_unverified': return msg('Verify your email address', { id: 'tk.notification-preferences.fix.email_unverified' });
    default: return msg('Check your contact details', { id: 'tk.notification-preferences.fix.other' });
  }
}
