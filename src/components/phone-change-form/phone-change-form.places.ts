/**
 * The phone field and the region guess it starts from: every region's calling code, as locale data. They load as
 * a chunk of their own with the account (see the flow's `prepare`), so the element's entry does not carry them.
 */
export { PhoneField } from '../shared/fields/phone-field.js';
export { regionOfLocale } from '../shared/fields/options.js';
