/**
 * The profile's fields that carry locale data: the phone (every region's calling code), the country, the
 * language and the time zone (every zone the browser knows), and what the browser proposes for them. They load as a chunk of their own while the account
 * loads (see the form's load task), so the element's entry does not carry them.
 */
export { PhoneField } from '../shared/fields/phone-field.js';
export { regionField } from '../shared/fields/region.js';
export { timeZoneField } from '../shared/fields/time-zone.js';
export { canonicalTimeZone, languageOptions, regionOfLocale } from '../shared/fields/options.js';
export { proposalsFor, type ProposedField, type Proposals } from './profile-proposals.js';
