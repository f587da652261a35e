// The switcher fires the events every element that switches or creates workspaces fires; they live with the
// shared create dialog and switch (shared/workspaces/), and are exported from here for the package index.
export {
  BeforeWorkspaceCreateEvent, BeforeWorkspaceSwitchEvent, WorkspaceCreatedEvent, WorkspaceSwitchedEvent,
} from '../shared/workspaces/workspace-events.js';
