export { defineAll } from './define-all.js';
export { TeamkitProvider } from './teamkit-provider/teamkit-provider.component.js';
export { TeamkitElement } from './shared/teamkit-element.js';
export { TeamkitEvent, TeamkitErrorEvent, WorkspaceChangeEvent } from './shared/events.js';
export { setTeamkitLocale } from './shared/localization.js';
export { clientContext, workspaceContext, formatContext, type FormatSettings } from './shared/context.js';
