import type { User } from '../../sdk/index.js';

/** The form's values: what `PATCH /me` can change, with '' standing for "no phone". */
export type ProfileValues = {
  name: string;
  /** E.164, or '' for no number. */
  phone: string;
  /** Null while the account has none and nothing was chosen: the API then keeps none. */
  locale: string | null;
  /** Null while the account has none and nothing was typed; '' once a typed zone was cleared (refused). */
  timezone: string | null;
  country: string | null;
};

/** What the form holds until the account has loaded. */
export const EMPTY_PROFILE: ProfileValues = { name: '', phone: '', locale: 'en', timezone: 'UTC', country: null };

/** The values an account shows. */
export const valuesOf = (user: User): ProfileValues => ({
  name: user.name, phone: user.phone ?? '', locale: user.locale, timezone: user.timezone, country: user.country,
});

/**
 * The values as the SDK's `UserUpdate` schema reads them; `listedZone` gives a typed time zone its listed
 * spelling ("europe/madrid" → "Europe/Madrid").
 */
export const toInput = (values: ProfileValues, listedZone: (typed: string) => string = (typed) => typed) => ({
  name: values.name,
  phone: values.phone === '' ? null : values.phone,
  // An account may have no language or time zone yet; one can be chosen but not taken away.
  locale: values.locale ?? undefined,
  timezone: values.timezone === null ? undefined : listedZone(values.timezone).trim(),
  country: values.country ?? null,
});
