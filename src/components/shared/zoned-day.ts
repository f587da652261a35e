/**
 * Calendar days in a time zone, for `<input type="date">` filters whose days are the reader's, not UTC's: a
 * day's first and last instants as the ISO strings the API takes, and the day an instant falls on. `timeZone`
 * undefined means the browser's own.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const parts = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading in `timeZone` at `instant`, as if it were UTC: year, month, day, hour, minute, second. */
function wallClock(instant: number, timeZone: string | undefined): number {
  const key = timeZone ?? '';
  let formatter = parts.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    parts.set(key, formatter);
  }
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(instant)) field[part.type] = Number(part.value);
  return Date.UTC(field.year ?? 1970, (field.month ?? 1) - 1, field.day ?? 1, field.hour ?? 0, field.minute ?? 0, field.second ?? 0);
}

/** `timeZone`'s offset from UTC at `instant`, in ms (east positive), to the second. */
function offsetAt(instant: number, timeZone: string | undefined): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** "2026-03-29" as the UTC midnight of that date, or NaN when it is not a date. */
function parseDay(day: string): number {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return NaN;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, date);
  return new Date(utc).getUTCDate() === date ? utc : NaN;
}

/** The day (`YYYY-MM-DD`) the instant falls on in `timeZone`. */
export function dayOf(instant: number | string, timeZone: string | undefined): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant;
  return new Date(wallClock(time, timeZone)).toISOString().slice(0, 10);
}

/**
 * The first instant of a day in `timeZone`, as an ISO string: "2026-03-29" in Europe/Madrid is
 * "2026-03-28T23:00:00.000Z". Where the day does not begin at midnight (a change to summer time at 00:00, as in
 * Santiago or Beirut), the first instant that exists. Undefined for a string that is not a date.
 */
export function startOfDay(day: string, timeZone: string | undefined): string | undefined {
  const midnight = parseDay(day);
  if (Number.isNaN(midnight)) return undefined;
  // Midnight less the offset, read once at a guess and once at the first answer: across a change of offset the
  // two differ, and the earlier one that still falls on the day is its start.
  const first = midnight - offsetAt(midnight, timeZone);
  const second = midnight - offsetAt(first, timeZone);
  const onTheDay = [first, second].filter((instant) => dayOf(instant, timeZone) === day);
  return new Date(onTheDay.length ? Math.min(...onTheDay) : Math.max(first, second)).toISOString();
}

/** The last instant (to the millisecond) of a day in `timeZone`: just before the next day starts. */
export function endOfDay(day: string, timeZone: string | undefined): string | undefined {
  const midnight = parseDay(day);
  if (Number.isNaN(midnight)) return undefined;
  const next = startOfDay(new Date(midnight + DAY_MS).toISOString().slice(0, 10), timeZone);
  return next === undefined ? undefined : new Date(Date.parse(next) - 1).toISOString();
}
