import type { User, UserUpdate } from '../../sdk/index.js';
import type { FormController } from '../shared/form-controller.js';
import { canonicalTimeZone } from '../shared/fields/options.js';

/** The form's values: what `PATCH /me` can change, with '' standing for "no phone". */
export type ProfileValues = {
  name: string;
  /** E.164, or '' for no number. */
  phone: string;
  locale: string;
  timezone: string;
  country: string | null;
};
export type ProfileField = keyof ProfileValues;
export type ProfileFormController = FormController<typeof UserUpdate, ProfileValues>;

export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'phone', 'locale', 'timezone', 'country'];

export const valuesOf = (user: User): ProfileValues => ({
  name: user.name, phone: user.phone ?? '', locale: user.locale, timezone: user.timezone, country: user.country,
});

/** The values as the SDK's `UserUpdate` schema reads them. */
export const toInput = (values: ProfileValues) => ({
  name: values.name,
  phone: values.phone === '' ? null : values.phone,
  locale: values.locale,
  timezone: canonicalTimeZone(values.timezone).trim(),
  country: values.country ?? null,
});

/** Puts back what the user typed into one field (typed per field, so no cast is needed). */
export function keepEdit<K extends ProfileField>(form: ProfileFormController, typed: ProfileValues, field: K): void {
  form.set(field, typed[field]);
}
