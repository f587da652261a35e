// The settings pages share their one event, fired by the shared section mechanism.
export { SectionChangeEvent } from '../shared/sections/sections.events.js';
