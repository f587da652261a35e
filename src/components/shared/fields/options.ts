import { DIALLING_CODES, REGIONS } from './regions.js';

export interface ChoiceOption {
  value: string;
  label: string;
}

/** Lists are built once per reader language: hundreds of Intl lookups are not free on every render. */
const memo = new Map<string, ChoiceOption[]>();

function memoized(key: string, build: () => ChoiceOption[]): ChoiceOption[] {
  let options = memo.get(key);
  if (!options) {
    options = build();
    memo.set(key, options);
  }
  return options;
}

function namesOf(locale: string, type: 'language' | 'region'): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type });
  } catch {
    names = undefined;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

const byLabel = (locale: string) => {
  const collator = new Intl.Collator(locale);
  return (a: ChoiceOption, b: ChoiceOption) => collator.compare(a.label, b.label);
};

/** Every ISO 3166 region by its name in the reader's language, sorted by the reader's collation. */
export function countryOptions(locale: string): ChoiceOption[] {
  return memoized(`country|${locale}`, () => {
    const name = namesOf(locale, 'region');
    return REGIONS.map((region) => ({ value: region, label: name(region) })).sort(byLabel(locale));
  });
}

/** Every region with its dialling code, "Spain (+34)", in the reader's language and collation. */
export function diallingOptions(locale: string): ChoiceOption[] {
  return memoized(`dial|${locale}`, () => {
    const name = namesOf(locale, 'region');
    return REGIONS
      .map((region) => ({ value: region, label: `${name(region)} (+${DIALLING_CODES.get(region) ?? ''})` }))
      .sort(byLabel(locale));
  });
}

/**
 * The offered languages, each named in the reader's language and, when different, in its own
 * ("Spanish — español"), so people find their language whatever the page is in.
 */
export function languageOptions(locale: string, languages: readonly string[]): ChoiceOption[] {
  return memoized(`lang|${locale}|${languages.join(',')}`, () => {
    const inReader = namesOf(locale, 'language');
    return languages.map((tag) => {
      const label = inReader(tag);
      const own = namesOf(tag, 'language')(tag);
      return { value: tag, label: own.toLocaleLowerCase(tag) === label.toLocaleLowerCase(locale) ? label : `${label} — ${own}` };
    }).sort(byLabel(locale));
  });
}

/** The time zones the browser knows, labelled with their current UTC offset: "GMT+1 · Madrid". */
export function timeZoneOptions(locale: string): ChoiceOption[] {
  return memoized(`tz|${locale}`, () => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add('UTC');
    const now = new Date();
    return [...zones].map((zone) => ({ value: zone, label: `${utcOffset(zone, locale, now)} · ${cityOf(zone)}` }));
  });
}

function utcOffset(zone: string, locale: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

let knownZones: Map<string, string> | undefined;

/** The listed spelling of a typed zone ("europe/madrid " → "Europe/Madrid"), or the input unchanged. */
export function canonicalTimeZone(typed: string): string {
  knownZones ??= new Map([...Intl.supportedValuesOf('timeZone'), 'UTC'].map((zone) => [zone.toLowerCase(), zone]));
  return knownZones.get(typed.trim().toLowerCase()) ?? typed;
}

/** The time now in `zone`, for a hint next to the field: "Mon 14:05". Undefined for an unknown zone. */
export function timeIn(zone: string, locale: string): string | undefined {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date());
  } catch {
    return undefined;
  }
}

/** The time zone this device is set to. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The region a BCP 47 locale implies ("en" → "US", "es" → "ES"), as a default for the dialling code. */
export function regionOfLocale(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? 'US';
  } catch {
    return 'US';
  }
}
