import type { TemplateResult } from 'lit';
import type { FieldForm, FormValues } from './form-types.js';
import { selectField, type SelectFieldOptions } from './choice.js';
import { countryOptions } from './options.js';

export interface RegionFieldOptions<Values> extends Omit<SelectFieldOptions<Values>, 'options'> {
  /** The reader's locale: regions are named and sorted for it. */
  locale: string;
}

/** A country or region (ISO 3166-1 alpha-2) picked by its name in the reader's language. */
export function regionField<Values extends FormValues>(form: FieldForm<Values>, options: RegionFieldOptions<Values>): TemplateResult {
  return selectField(form, { ...options, options: countryOptions(options.locale), autocomplete: options.autocomplete ?? 'country' });
}
