import { API_KEY_RULES } from '../../sdk/schemas/limits.js';

/** How long a new key lasts: a preset number of days, never, or until the end of a chosen day. */
export type ExpiryChoice = '30' | '90' | '365' | 'never' | 'date';

const DAY = 24 * 60 * 60 * 1000;

/** The choices in the order the form offers them (the SDK's presets, then a date). */
export const EXPIRY_CHOICES: readonly ExpiryChoice[] = [
  ...API_KEY_RULES.expiryPresets.map((days): ExpiryChoice => (days === null ? 'never' : `${days}` as ExpiryChoice)),
  'date',
];

/** A day as a date input holds it, `YYYY-MM-DD`, at `ms` in `timeZone` (the device's when undefined). */
export function dayIn(ms: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `ms`. */
function offsetAt(ms: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - (ms - (ms % 1000));
}

/** The last millisecond of `day` (`YYYY-MM-DD`) in `timeZone`: a key chosen "until 1 March" works all that day. */
export function endOfDay(day: string, timeZone: string | undefined): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, date, 23, 59, 59, 999);
  const first = wall - offsetAt(wall, timeZone);
  // Across a daylight-saving change the offset at the answer can differ from the first guess's.
  const second = offsetAt(first, timeZone);
  return wall - second;
}

/** The days a date input may offer: today to the last day that ends within the longest lifetime. */
export function dayBounds(now: number, timeZone: string | undefined): { min: string; max: string } {
  return { min: dayIn(now, timeZone), max: dayIn(now + (API_KEY_RULES.maxLifetimeDays - 1) * DAY, timeZone) };
}

/** Whether `day` is a real day between the bounds. */
export function dayAllowed(day: string, now: number, timeZone: string | undefined): boolean {
  const { min, max } = dayBounds(now, timeZone);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= min && day <= max && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
}

/**
 * The expiry to send for a choice: null for never, an ISO time for a preset or an allowed day, and '' for a
 * day that is missing or out of range (which the schema refuses, so the form says so).
 */
export function expiresAtFor(choice: ExpiryChoice, day: string, now: number, timeZone: string | undefined): string | null {
  if (choice === 'never') return null;
  if (choice === 'date') return dayAllowed(day, now, timeZone) ? new Date(endOfDay(day, timeZone)).toISOString() : '';
  return new Date(now + Number(choice) * DAY).toISOString();
}

/** A `YYYY-MM-DD` day in the reader's words ("1 Mar 2027"), whatever their time zone: it is a calendar day. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
}
