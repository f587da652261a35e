import type { FormatSettings } from './context.js';

/** Formatters are costly to build and rendered lists call these per row: keep one per option set. */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat | Intl.PluralRules;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** Date (and optionally time) in the reader's locale and time zone. */
export function formatDate(iso: string, settings: FormatSettings, style: 'date' | 'datetime' = 'date'): string {
  const options: Intl.DateTimeFormatOptions = style === 'date'
    ? { dateStyle: 'medium', timeZone: settings.timeZone }
    : { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone };
  const key = `d|${settings.locale}|${settings.timeZone}|${style}`;
  return cached(key, () => new Intl.DateTimeFormat(settings.locale, options)).format(new Date(iso));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600e3], ['month', 30 * 24 * 3600e3], ['week', 7 * 24 * 3600e3],
  ['day', 24 * 3600e3], ['hour', 3600e3], ['minute', 60e3], ['second', 1e3],
];

/** "in 2 days", "3 hours ago", "hace 5 minutos": the largest whole unit between `iso` and `now`. */
export function formatRelative(iso: string, settings: FormatSettings, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const [unit, size] = units.find(([, ms]) => Math.abs(diff) >= ms) ?? ['second', 1e3];
  const formatter = cached(`r|${settings.locale}`, () => new Intl.RelativeTimeFormat(settings.locale, { numeric: 'auto' }));
  return formatter.format(Math.round(diff / size), unit);
}

export function formatNumber(value: number, settings: FormatSettings): string {
  return cached(`n|${settings.locale}`, () => new Intl.NumberFormat(settings.locale)).format(value);
}

export function formatMoney(amount: number, currency: string, settings: FormatSettings): string {
  return cached(`m|${settings.locale}|${currency}`, () => new Intl.NumberFormat(settings.locale, { style: 'currency', currency })).format(amount);
}

/** How many digits the currency's minor unit has (ISO 4217's exponent): 2 for USD and EUR, 0 for JPY, 3 for KWD. */
function minorDigits(currency: string): number {
  return cached(`m|en|${currency}`, () => new Intl.NumberFormat('en', { style: 'currency', currency })).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount as the SDK's `Money` carries it, an integer count of the currency's minor unit, in the reader's
 * locale: `{ amount: 12345, currency: 'USD' }` → "$123.45", `{ amount: 500, currency: 'JPY' }` → "¥500".
 */
export function formatMinorMoney(money: { amount: number; currency: string }, settings: FormatSettings): string {
  return formatMoney(money.amount / 10 ** minorDigits(money.currency), money.currency, settings);
}

/** "a, b and c" / "a, b y c". */
export function formatList(items: string[], settings: FormatSettings): string {
  return cached(`l|${settings.locale}`, () => new Intl.ListFormat(settings.locale, { type: 'conjunction' })).format(items);
}

/** A file size such as "1.5 MB" in the reader's locale. */
export function formatBytes(bytes: number, settings: FormatSettings): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['megabyte', 1024 * 1024] as const : ['kilobyte', 1024] as const;
  return cached(`b|${settings.locale}|${unit}`, () => new Intl.NumberFormat(settings.locale, { style: 'unit', unit, maximumFractionDigits: 1 })).format(bytes / size);
}

/** A language's or region's own display name, in the reader's language. */
export function displayName(code: string, type: 'language' | 'region', settings: FormatSettings): string {
  try {
    return new Intl.DisplayNames([settings.locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Initials for an avatar placeholder: first letters of the first two words, any script. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  return words.slice(0, 2).map((word) => Array.from(word)[0] ?? '').join('').toLocaleUpperCase();
}

/** The formatters above, bound to one element's locale and time zone (`TeamkitElement.format`). */
export interface BoundFormat {
  /** The locale and time zone in effect now. */
  readonly settings: FormatSettings;
  date(iso: string, style?: 'date' | 'datetime'): string;
  relative(iso: string, now?: number): string;
  number(value: number): string;
  /** The plural category of `count` in this locale (`one`, `other`…), to pick a message. */
  plural(count: number): Intl.LDMLPluralRule;
  money(amount: number, currency: string): string;
  /** An SDK `Money` (an integer of the currency's minor unit, e.g. cents): `{ amount: 12345, currency: 'USD' }` → "$123.45". */
  minorMoney(money: { amount: number; currency: string }): string;
  list(items: string[]): string;
  bytes(bytes: number): string;
  displayName(code: string, type: 'language' | 'region'): string;
}

/** Binds the formatters to `settings`, read on every call so that a locale switch applies at once. */
export function boundFormat(settings: () => FormatSettings): BoundFormat {
  return {
    get settings() { return settings(); },
    date: (iso, style) => formatDate(iso, settings(), style),
    relative: (iso, now) => formatRelative(iso, settings(), now),
    number: (value) => formatNumber(value, settings()),
    plural: (count) => {
      const { locale } = settings();
      return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);
    },
    money: (amount, currency) => formatMoney(amount, currency, settings()),
    minorMoney: (money) => formatMinorMoney(money, settings()),
    list: (items) => formatList(items, settings()),
    bytes: (bytes) => formatBytes(bytes, settings()),
    displayName: (code, type) => displayName(code, type, settings()),
  };
}

/**
 * Untrusted text (a name, an address) inside a translated sentence, isolated as `<bdi>` would isolate it (FSI …
 * PDI): a right-to-left name cannot reorder the words around it. For a translated sentence around a name: str`by ${isolate(name)}`.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
