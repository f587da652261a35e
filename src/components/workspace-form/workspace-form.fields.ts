/**
 * What the form needs once a workspace is on its way, loaded as a chunk of its own so that the element's entry
 * carries neither zod nor the locale data: the SDK's update schema and website rule, the industry field with its
 * translated labels, and the time zone field (every zone the browser knows).
 */
export { normalizeWebsite, WorkspaceUpdate } from '../../sdk/schemas/workspaces.js';
export { canonicalTimeZone } from '../shared/fields/options.js';
export { timeZoneField } from '../shared/fields/time-zone.js';
export { industryField } from './industry-field.js';
