/**
 * "No English left in Spanish": the same element, in the same state, read before and after its provider switches
 * to Spanish. Words the English render uses that are not data (names, emails, workspace names the backend sent)
 * are the element's own English; none of them may remain once it speaks Spanish.
 */
import type { SentRequest } from '../helpers.js';

/** Words English and Spanish write alike, which may stay after a switch. */
const SHARED_WORDS = [
  'total', 'error', 'local', 'general', 'final', 'normal', 'personal', 'roles', 'idea', 'plan', 'web', 'url', 'api', 'csv', 'pdf', 'sms',
];

/** Addresses, URLs, host names and identifiers (`grp_sales`): shown as they are in every language. */
const VERBATIM = /\S+@\S+|\w+:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b|\b\w+_\w+\b/gu;

/**
 * Words the platform supplies rather than the element: `Intl`'s Spanish month, weekday, country and language names,
 * each language's name for itself ("English — inglés" in a language list), IANA time zone cities and GMT offsets.
 * "20 mar 2025" and "Chile (+56)" are Spanish although English has "Mar" and "Chile" too.
 */
function platformWords(): string[] {
  const date = (options: Intl.DateTimeFormatOptions, value: Date) => new Intl.DateTimeFormat('es', { ...options, timeZone: 'UTC' }).format(value);
  const calendar = Array.from({ length: 12 }, (_, index) => {
    const month = new Date(Date.UTC(2024, index, 15));
    const day = new Date(Date.UTC(2024, 0, index + 1));
    return [date({ month: 'short' }, month), date({ month: 'long' }, month), date({ weekday: 'short' }, day), date({ weekday: 'long' }, day)];
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [...letters].flatMap((first) => [...letters].map((second) => first + second));
  const regions = new Intl.DisplayNames('es', { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames('es', { type: 'language', fallback: 'none' });
  const names = codes.flatMap((code) => [
    regions.of(code.toUpperCase()),
    languages.of(code),
    Intl.DisplayNames.supportedLocalesOf(code).length ? new Intl.DisplayNames(code, { type: 'language', fallback: 'none' }).of(code) : undefined,
  ]);
  const zones = Intl.supportedValuesOf('timeZone').map((zone) => zone.replace(/[/_]/g, ' '));
  return [...calendar.flat(), ...names.filter((name): name is string => name !== undefined), ...zones, 'GMT UTC'].flatMap(wordsOf);
}

/**
 * Machine strings in answers (ids, enum values such as `member` or `pending`, timestamps): never shown as they
 * are, so a label that matches one is still the element's own text.
 */
const MACHINE = /^(?:[a-z0-9_:-]+|\d{4}-\d\d-\d\dT[\d:.]+Z)$/;

/** Every human string in the answers the element was given: the data it shows as it is. */
export function dataStrings(requests: readonly SentRequest[]): string[] {
  const strings = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length > 1 && !MACHINE.test(value)) strings.add(value.trim());
    } else if (Array.isArray(value)) {
      value.forEach(collect);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(collect);
    }
  };
  for (const request of requests) collect(request.body);
  // Longest first, so that "Olivia Owner" goes before "Olivia" would leave "Owner" behind.
  return [...strings].sort((a, b) => b.length - a.length);
}

/** A piece of text with the data in it, and what is verbatim in every language, blanked out. */
function withoutData(piece: string, data: readonly string[]): string {
  return data.reduce((text, value) => (text.includes(value) ? text.split(value).join(' ') : text), piece).replace(VERBATIM, ' ');
}

const wordsOf = (text: string) => (text.match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLocaleLowerCase('en'));

export interface EnglishLeft {
  /** The element's own English words, found in the English render. */
  englishWords: string[];
  /** Pieces of the Spanish render that still hold one of those words, with the word. */
  untranslated: string[];
}

/** Compares the two renders of one element; `same` lists further words Spanish legitimately shares. */
export function englishLeft(english: readonly string[], spanish: readonly string[], data: readonly string[], same: readonly string[] = []): EnglishLeft {
  const allowed = new Set([...SHARED_WORDS, ...platformWords(), ...same.map((word) => word.toLocaleLowerCase('en'))]);
  const own = new Set(english.flatMap((piece) => wordsOf(withoutData(piece, data))).filter((word) => !allowed.has(word)));
  const untranslated = spanish.flatMap((piece) => {
    const left = wordsOf(withoutData(piece, data)).filter((word) => own.has(word));
    return left.length ? [`"${piece}" (${[...new Set(left)].join(', ')})`] : [];
  });
  return { englishWords: [...own], untranslated: [...new Set(untranslated)] };
}
