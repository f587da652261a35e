import { Task } from '@lit/task';
import { css, html, type ReactiveController, type TemplateResult } from 'lit';
import type { Client, Role, Workspace } from '../../../sdk/index.js';
import type { TeamkitHost } from '../controllers/host.js';
import { WorkspaceChangeEvent } from '../events.js';
import { initials } from '../format.js';
import { BUILT_IN_ROLE_IDS, roleLabel } from '../labels.js';
import { BeforeWorkspaceSwitchEvent, WorkspaceSwitchedEvent } from './workspace-events.js';

/** A workspace's logo, else its initials, as the glossary's `avatar` (square: a logo, not a person). */
export function renderWorkspaceAvatar(workspace: Pick<Workspace, 'name' | 'logoUrl'>): TemplateResult {
  return html`<span class="avatar workspace-avatar" part="avatar" aria-hidden="true">${workspace.logoUrl
    ? html`<img part="avatar-image" src=${workspace.logoUrl} alt="" />`
    : html`<span>${initials(workspace.name)}</span>`}</span>`;
}

/**
 * The reader's role in each workspace in words: built-in roles in the reader's language, a custom role by its own
 * name, read from that workspace's roles only for the workspaces where the reader holds one.
 */
export class WorkspaceRoles implements ReactiveController {
  readonly #task: Task<readonly [Client | undefined, string], Map<string, readonly Role[]>>;

  constructor(host: TeamkitHost, args: () => [Client | undefined, readonly Workspace[]]) {
    host.addController(this);
    this.#task = new Task(host, {
      // A string key: a new array of the same workspaces asks nothing again.
      args: () => {
        const [client, workspaces] = args();
        return [client, workspaces.filter((each) => !BUILT_IN_ROLE_IDS.includes(each.role)).map((each) => each.id).join(' ')] as const;
      },
      task: async ([client, ids], { signal }) => {
        const roles = new Map<string, readonly Role[]>();
        if (!client || !ids) return roles;
        // Without the names a custom role shows by its id; the list itself is still right.
        await Promise.all(ids.split(' ').map(async (id) => roles.set(id, await client.roles.list(id, { signal }).catch(() => []))));
        return roles;
      },
    });
  }

  hostConnected(): void {}

  label(workspace: Pick<Workspace, 'id' | 'role'>): string {
    return roleLabel(workspace.role, this.#task.value?.get(workspace.id));
  }
}

/**
 * Listened for on the page: after any of these, the workspaces an element shows may have changed (after a transfer
 * of ownership, the reader's role in one).
 */
export const WORKSPACE_CHANGES = [
  'tk-workspace-updated', 'tk-logo-uploaded', 'tk-logo-removed', 'tk-workspace-created', 'tk-workspace-deleted', 'tk-workspace-left',
  'tk-ownership-transferred',
] as const;

/** Calls `refresh` when another element on the page changed a workspace (see {@link WORKSPACE_CHANGES}). */
export class WorkspaceChanges implements ReactiveController {
  constructor(private readonly host: TeamkitHost, private readonly refresh: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of WORKSPACE_CHANGES) document.addEventListener(type, this.#onChange);
  }

  hostDisconnected(): void {
    for (const type of WORKSPACE_CHANGES) document.removeEventListener(type, this.#onChange);
  }

  #onChange = (event: Event): void => {
    // The element's own changes are already on its screen.
    if (!event.composedPath().includes(this.host)) this.refresh();
  };
}

/**
 * Makes `workspace` current: the cancelable `tk-before-workspace-switch`, then `tk-workspace-change`, which the
 * `<teamkit-provider>` around the element takes up (every element under it reloads for the new workspace; it
 * remembers the choice), then `tk-workspace-switched`. Without a provider the host switches on these events.
 * False when a listener kept the current workspace.
 */
export function switchWorkspace(host: HTMLElement, workspace: Workspace): boolean {
  if (!host.dispatchEvent(new BeforeWorkspaceSwitchEvent(workspace))) return false;
  host.dispatchEvent(new WorkspaceChangeEvent(workspace.id));
  host.dispatchEvent(new WorkspaceSwitchedEvent(workspace));
  return true;
}

/** The workspace avatar and the create dialog's layout, for the elements that show them. */
export const workspaceStyles = css`
  .workspace-avatar { border-radius: var(--_radius-sm); }
  dialog form { display: grid; gap: var(--_space-4); margin-top: var(--_space-4); }
  dialog [part~='state'] { margin-top: var(--_space-4); }
  dialog [part~='notice'] { margin-top: var(--_space-4); }
  .dialog-actions { margin-top: var(--_space-4); }
  dialog form .dialog-actions { margin-top: 0; }
`;
