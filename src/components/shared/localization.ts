import { configureLocalization } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es'] as const;
export type SupportedLocale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

/** Picks the closest supported locale for a BCP 47 tag: `es-MX` → `es`, `fr` → `en`. */
export function supportedLocale(tag: string | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split('-')[0];
  return (TARGET_LOCALES as readonly string[]).includes(language ?? '') ? (language as SupportedLocale) : SOURCE_LOCALE;
}

let configured: ReturnType<typeof configureLocalization> | undefined;

/**
 * lit-localize in runtime mode: English is built in; each other language is a chunk loaded on first use.
 * Configured lazily and once per page, since lit-localize keeps one global locale.
 */
function localization() {
  configured ??= configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: TARGET_LOCALES,
    loadLocale: () => import('./translations/es.js'),
  });
  return configured;
}

/** Switches every teamkit element on the page to the language of `tag`; resolves once it has loaded. */
export async function setTeamkitLocale(tag: string | undefined): Promise<void> {
  const { getLocale, setLocale } = localization();
  const wanted = supportedLocale(tag);
  if (getLocale() !== wanted) await setLocale(wanted);
}

/** The active teamkit language. */
export function teamkitLocale(): SupportedLocale {
  return supportedLocale(localization().getLocale());
}

