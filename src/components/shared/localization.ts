import { configureLocalization, LOCALE_STATUS_EVENT, type TemplateMap } from '@lit/localize';
import { spanish } from './translations/es.js';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es'] as const;
type TargetLocale = (typeof TARGET_LOCALES)[number];
export type SupportedLocale = typeof SOURCE_LOCALE | TargetLocale;

/** A catalog: one element's strings (or the foundation's, `shared`) in one language, loaded on demand. */
export type Catalogs = Record<string, () => Promise<TemplateMap>>;

const catalogs: Record<TargetLocale, Catalogs> = { es: spanish };

const isTarget = (locale: string): locale is TargetLocale => (TARGET_LOCALES as readonly string[]).includes(locale);

/** Picks the closest supported locale for a BCP 47 tag: `es-MX` → `es`, `fr` → `en`. */
export function supportedLocale(tag: string | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return isTarget(language) ? language : SOURCE_LOCALE;
}

/** The catalogs the page needs: the foundation's and each registered element's (by its default tag). */
const wanted = new Set<string>(['shared']);
/** One template map per language, which lit-localize reads from; catalogs are merged into it as they arrive. */
const merged: Record<TargetLocale, TemplateMap> = { es: {} };
const loads = new Map<string, Promise<void>>();
/** `<locale> <catalog>` of every catalog merged (or found to have no strings in that language). */
const arrived = new Set<string>();

function load(locale: TargetLocale, name: string): Promise<void> {
  const key = `${locale} ${name}`;
  let loading = loads.get(key);
  if (!loading) {
    const catalog = catalogs[locale][name];
    loading = (catalog ? catalog().then((templates) => void Object.assign(merged[locale], templates)) : Promise.resolve())
      .then(() => void arrived.add(key));
    loads.set(key, loading);
    loading.catch(() => loads.delete(key)); // a chunk that failed to load is asked for again next time
  }
  return loading;
}

/** Every wanted catalog of `locale`, including those of elements registered while it loads. */
async function loadLocale(locale: TargetLocale): Promise<{ templates: TemplateMap }> {
  let count: number;
  do {
    count = wanted.size;
    await Promise.all([...wanted].map((name) => load(locale, name)));
  } while (wanted.size !== count);
  return { templates: merged[locale] };
}

/**
 * Loads what the page needs of the active `locale` but lacks (an element registered after the switch), then has
 * the elements re-render through lit-localize's own `ready` event. What fails to load stays English until the
 * next switch tries again.
 */
async function complete(locale: TargetLocale): Promise<void> {
  if ([...wanted].every((name) => arrived.has(`${locale} ${name}`))) return;
  try {
    await loadLocale(locale);
  } catch {
    return;
  }
  if (configured?.getLocale() === locale) {
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }));
  }
}

let configured: ReturnType<typeof configureLocalization> | undefined;

/**
 * lit-localize in runtime mode: English is built in; another language loads, the first time it is used, only
 * the catalogs of the elements registered on the page. Configured lazily and once per page, since lit-localize
 * keeps one global locale.
 */
function localization() {
  if (!configured) {
    configured = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => loadLocale(locale as TargetLocale),
    });
    // An element registered between a language's last catalog arriving and lit-localize switching to it.
    window.addEventListener(LOCALE_STATUS_EVENT, ({ detail }) => {
      if (detail.status === 'ready' && isTarget(detail.readyLocale)) void complete(detail.readyLocale);
    });
  }
  return configured;
}

/**
 * Makes an element's catalog part of every language the page uses (`tag` is its default tag, whatever prefix
 * it is registered with). Resolves once its strings in the active language are there; never rejects.
 */
export async function useTranslations(tag: string): Promise<void> {
  wanted.add(tag);
  const active = localization().getLocale();
  if (isTarget(active)) await complete(active);
}

/** Switches every teamkit element on the page to the language of `tag`; resolves once it has loaded. */
export async function setTeamkitLocale(tag: string | undefined): Promise<void> {
  const { getLocale, setLocale } = localization();
  const locale = supportedLocale(tag);
  if (getLocale() !== locale) await setLocale(locale);
}

/** The active teamkit language. */
export function teamkitLocale(): SupportedLocale {
  return supportedLocale(localization().getLocale());
}
