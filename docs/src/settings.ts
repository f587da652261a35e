/**
 * What a docs visitor chose in the header — who the demos run as, their language, their theme — kept in
 * localStorage so it survives page changes. Every page reads it from here and listens for `change`.
 */

/** The seed users of the reference backend, one per built-in role, all in `ws_acme`. */
export const demoUsers = {
  owner: 'owner@acme.test',
  admin: 'admin@acme.test',
  member: 'member@acme.test',
  viewer: 'viewer@acme.test',
} as const;
export type DemoRole = keyof typeof demoUsers;
export const demoRoles = Object.keys(demoUsers) as DemoRole[];

export const demoWorkspaceId = 'ws_acme';

export const locales = [
  { tag: 'en', label: 'English' },
  { tag: 'es', label: 'Español' },
] as const;
export type DemoLocale = (typeof locales)[number]['tag'];

/** A theme as the playground edits it: `dark` undefined follows the visitor's colour scheme. */
export interface ThemeSettings {
  dark?: boolean;
  /** `--tk-*` property → value, only those the visitor changed. */
  overrides: Record<string, string>;
}

export interface Settings {
  role: DemoRole;
  locale: DemoLocale;
  theme: ThemeSettings;
}

const storageKey = 'teamkit-docs:settings';

function isRole(value: unknown): value is DemoRole {
  return typeof value === 'string' && value in demoUsers;
}

function isLocale(value: unknown): value is DemoLocale {
  return locales.some((locale) => locale.tag === value);
}

function isTheme(value: unknown): value is ThemeSettings {
  if (typeof value !== 'object' || value === null) return false;
  const { dark, overrides } = value as Partial<ThemeSettings>;
  return (dark === undefined || typeof dark === 'boolean')
    && typeof overrides === 'object' && overrides !== null
    && Object.entries(overrides).every(([name, v]) => name.startsWith('--tk-') && typeof v === 'string');
}

function read(): Settings {
  const fallback: Settings = { role: 'owner', locale: 'en', theme: { overrides: {} } };
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return fallback;
    const { role, locale, theme } = stored as Record<string, unknown>;
    return {
      role: isRole(role) ? role : fallback.role,
      locale: isLocale(locale) ? locale : fallback.locale,
      theme: isTheme(theme) ? theme : fallback.theme,
    };
  } catch {
    return fallback; // storage blocked or a hand-edited value: start from the defaults
  }
}

class SettingsStore extends EventTarget {
  #value = read();

  get value(): Readonly<Settings> {
    return this.#value;
  }

  update(patch: Partial<Settings>): void {
    this.#value = { ...this.#value, ...patch };
    try {
      localStorage.setItem(storageKey, JSON.stringify(this.#value));
    } catch {
      // Without storage the choice lasts for this page only.
    }
    this.dispatchEvent(new Event('change'));
  }

  /** Takes what another tab stored, without writing it back. */
  reload(): void {
    this.#value = read();
    this.dispatchEvent(new Event('change'));
  }
}

export const settings = new SettingsStore();

// Another tab changed the settings: follow it, so every open page shows the same user and theme.
addEventListener('storage', (event) => {
  if (event.key === storageKey) settings.reload();
});
