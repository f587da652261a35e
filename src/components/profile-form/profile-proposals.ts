import { deviceTimeZone, timeIn } from '../shared/fields/options.js';
import { REGIONS } from '../shared/fields/regions.js';
import type { ProfileValues } from './profile-values.js';

/** The fields the form can propose from the browser while the account has none. */
export type ProposedField = 'locale' | 'country' | 'timezone';

export type Proposals = Partial<Pick<ProfileValues, ProposedField>>;

/** The browser's languages, most wanted first; a browser that names none has `navigator.language`. */
function browserLanguages(): readonly string[] {
  return navigator.languages.length ? navigator.languages : [navigator.language];
}

const baseOf = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/**
 * The first of the browser's languages the form offers: the exact tag ("pt-BR" when "pt-BR" is offered), else
 * its language ("es" for "es-MX"). Undefined when it offers none of them.
 */
export function proposedLanguage(offered: readonly string[], wanted: readonly string[] = browserLanguages()): string | undefined {
  for (const tag of wanted) {
    const exact = offered.find((option) => option.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = offered.find((option) => option.toLowerCase() === baseOf(tag));
    if (language) return language;
  }
  return undefined;
}

/** The region the browser's first language implies ("es-MX" → "MX", "es" → "ES"), when it is a listed one. */
export function proposedCountry(wanted: readonly string[] = browserLanguages()): string | undefined {
  const [first] = wanted;
  if (!first) return undefined;
  try {
    const region = new Intl.Locale(first).maximize().region;
    return region && REGIONS.includes(region) ? region : undefined;
  } catch {
    return undefined; // a tag Intl cannot read proposes nothing
  }
}

/**
 * What to propose for each field the account has not set (`missing`): the browser's language among those
 * `offered`, its region and this device's time zone. A field the browser gives nothing usable for is left out.
 */
export function proposalsFor(missing: readonly ProposedField[], offered: readonly string[]): Proposals {
  const zone = deviceTimeZone();
  const found: Proposals = {
    locale: proposedLanguage(offered),
    country: proposedCountry(),
    timezone: zone && timeIn(zone, 'en') !== undefined ? zone : undefined,
  };
  return Object.fromEntries(missing.flatMap((field) => (found[field] ? [[field, found[field]]] : []))) as Proposals;
}
