import { DIALLING_CODES, regionForCode } from './regions.js';

/** The phone number as the user edits it: a region for the dialling code, and the rest as typed. */
export interface PhoneDraft {
  region: string;
  national: string;
}

/** Spaces, dashes, dots and brackets people type between digits; E.164 has none of them. */
const SEPARATORS = /[\s\u00a0\-.()]/gu;

/**
 * The E.164 value of a draft: `+`, the region's dialling code and the national digits; '' when no number was
 * typed. A number typed with its own `+code` is taken as it stands. Anything but digits is kept, so the
 * schema can reject it instead of it silently vanishing.
 */
export function composePhone(draft: PhoneDraft): string {
  const typed = draft.national.replace(SEPARATORS, '');
  if (typed === '') return '';
  if (typed.startsWith('+')) return typed;
  const code = DIALLING_CODES.get(draft.region) ?? '';
  return `+${code}${typed}`;
}

/** Splits a stored E.164 number into its region and national part; `hint` (the user's country) breaks ties. */
export function splitPhone(phone: string, fallbackRegion: string, hint?: string | null): PhoneDraft {
  const digits = phone.replace(SEPARATORS, '');
  if (!digits.startsWith('+')) return { region: fallbackRegion, national: phone };
  // Dialling codes are prefix-free: at most one of the 1-, 2- and 3-digit prefixes is a code.
  for (const length of [1, 2, 3]) {
    const code = digits.slice(1, 1 + length);
    const region = regionForCode(code, hint);
    if (region) return { region, national: digits.slice(1 + length) };
  }
  return { region: fallbackRegion, national: digits };
}
