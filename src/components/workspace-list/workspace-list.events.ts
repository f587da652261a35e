// The list fires the events every element that switches, creates, deletes or leaves workspaces fires; they live
// with the shared pieces that fire them (shared/workspaces/), and are exported from here for the package index.
export {
  BeforeWorkspaceCreateEvent, BeforeWorkspaceDeleteEvent, BeforeWorkspaceLeaveEvent, BeforeWorkspaceSwitchEvent, WorkspaceCreatedEvent,
  WorkspaceDeletedEvent, WorkspaceLeftEvent, WorkspaceSwitchedEvent,
} from '../shared/workspaces/workspace-events.js';
