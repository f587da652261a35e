/**
 * "No English left in Spanish": the same element, in the same state, read before and after its provider switches
 * to Spanish. Words the English render uses that are not data (names, emails, workspace names the backend sent)
 * are the element's own English; none of them may remain once it speaks Spanish.
 */
import type { SentRequest } from '../helpers.js';

/** Words English and Spanish write alike, which may stay after a switch. */
const SHARED_WORDS = ['total', 'error', 'local', 'general', 'final', 'normal', 'idea', 'plan', 'web', 'url', 'api', 'csv', 'pdf', 'sms'];

/** Spanish month and weekday names as `Intl` writes them: "20 mar 2025" is Spanish although English has "Mar". */
function spanishCalendarWords(): string[] {
  const format = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat('es', { ...options, timeZone: 'UTC' }).format(date);
  const names = Array.from({ length: 12 }, (_, index) => {
    const month = new Date(Date.UTC(2024, index, 15));
    const day = new Date(Date.UTC(2024, 0, index + 1));
    return [format({ month: 'short' }, month), format({ month: 'long' }, month), format({ weekday: 'short' }, day), format({ weekday: 'long' }, day)];
  });
  return names.flat().flatMap(wordsOf);
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

/** A piece of text with the data in it blanked out. */
function withoutData(piece: string, data: readonly string[]): string {
  return data.reduce((text, value) => (text.includes(value) ? text.split(value).join(' ') : text), piece);
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
  const allowed = new Set([...SHARED_WORDS, ...spanishCalendarWords(), ...same.map((word) => word.toLocaleLowerCase('en'))]);
  const own = new Set(english.flatMap((piece) => wordsOf(withoutData(piece, data))).filter((word) => !allowed.has(word)));
  const untranslated = spanish.flatMap((piece) => {
    const left = wordsOf(withoutData(piece, data)).filter((word) => own.has(word));
    return left.length ? [`"${piece}" (${[...new Set(left)].join(', ')})`] : [];
  });
  return { englishWords: [...own], untranslated: [...new Set(untranslated)] };
}
