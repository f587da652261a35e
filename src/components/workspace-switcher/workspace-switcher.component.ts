import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Workspace } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { renderEmpty, renderTask } from '../shared/feedback/states.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { CreateWorkspace } from '../shared/workspaces/create-workspace.js';
import {
  renderWorkspaceAvatar, switchWorkspace, WorkspaceChanges, WorkspaceRoles, workspaceStyles,
} from '../shared/workspaces/workspace-view.js';
import { MenuController } from './menu-controller.js';
import { styles } from './workspace-switcher.styles.js';

/** How many workspaces the menu lists: more than an account may own (10) plus those it was invited to. */
const LIMIT = 200;

const chevron = svg`<path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />`;
const check = svg`<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />`;
const plus = svg`<path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />`;

/**
 * A menu button for the host's header: the current workspace (logo, name, the reader's role in it), and a menu of
 * every workspace the reader is in, the current one checked, plus "Create workspace". It follows the ARIA menu
 * button pattern: Enter, Space or the arrows open it, the arrows, Home and End move, typing a name's first
 * letters jumps to it, Escape closes it and returns focus to the button.
 *
 * Choosing a workspace fires the cancelable `tk-before-workspace-switch`, then `tk-workspace-change`, which the
 * `<teamkit-provider>` around it takes up: every teamkit element under that provider reloads for the new
 * workspace, and the provider remembers it. Then `tk-workspace-switched`. "Create workspace" opens a dialog that
 * says how many workspaces the reader may still own, or why they may not create one (the account's limit of 10,
 * or a plan that includes no more), before they type a name; a created workspace becomes the current one.
 * Account-level: it lists the reader's workspaces whatever their role in each.
 *
 * @summary Switch between your workspaces, or create one, from a header menu.
 *
 * @fires {BeforeWorkspaceSwitchEvent} tk-before-workspace-switch - Cancelable. A workspace was chosen; `event.workspace`.
 *   Cancel it to route to the workspace yourself.
 * @fires {WorkspaceChangeEvent} tk-workspace-change - The provider's signal to switch; `event.workspaceId`.
 * @fires {WorkspaceSwitchedEvent} tk-workspace-switched - The current workspace is now `event.workspace`.
 * @fires {BeforeWorkspaceCreateEvent} tk-before-workspace-create - Cancelable. About to create a workspace named `event.name`.
 * @fires {WorkspaceCreatedEvent} tk-workspace-created - A workspace was created; `event.workspace`. It becomes the current one.
 * @fires {TeamkitErrorEvent} tk-error - Loading or creating failed; `event.error`, `event.action` (`load`, `workspace-create`).
 *
 * @csspart base - The wrapper of the button and its menu.
 * @csspart trigger - The menu button: the current workspace.
 * @csspart avatar - A workspace's logo or initials; `avatar-image` is the logo itself.
 * @csspart name - A workspace's name.
 * @csspart role - The reader's role in a workspace.
 * @csspart menu - The menu.
 * @csspart item - A menu item; the current workspace's is also `item-current`, "Create workspace" is also `create`.
 * @csspart separator - The line above "Create workspace".
 * @csspart state - Loading, error and empty states (also `loading`, `error`, `empty`).
 * @csspart retry - "Try again" after a failed load.
 * @csspart dialog - The "Create a workspace" dialog; its heading is `dialog-title`, its form `form`.
 * @csspart field - The name field (also `field-name`), with `label`, `input`, `hint`, `counter` and `field-error`.
 * @csspart notice - Why no workspace can be created (`notice warning`).
 * @csspart form-error - Why creating failed.
 * @csspart actions - The dialog's buttons: `cancel`, `submit` ("Create workspace"), `close`.
 *
 * @cssprop [--tk-workspace-switcher-max-width=16rem] - Widest the button grows; a longer name is cut with an ellipsis.
 * @cssprop [--tk-workspace-switcher-menu-width=18rem] - Width of the menu.
 * @cssprop [--tk-workspace-switcher-avatar-size=28px] - Width and height of a logo.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <header><workspace-switcher></workspace-switcher></header>
 *   <team-table></team-table>
 * </teamkit-provider>
 * ```
 */
export class WorkspaceSwitcher extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, workspaceStyles, styles];

  readonly #workspaces = new Task(this, {
    args: () => [this.api] as const,
    task: async ([client], { signal }) => (client ? (await client.workspaces.list({ limit: LIMIT }, { signal })).items : initialState),
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #roles = new WorkspaceRoles(this, () => [this.api, this.#workspaces.value ?? []]);
  readonly #menu = new MenuController(this, { button: 'trigger', menu: 'menu' });

  readonly #create = new CreateWorkspace(this, {
    client: () => this.api,
    created: (workspace) => {
      void this.#workspaces.run();
      this.#switch(workspace);
    },
  });

  constructor() {
    super();
    new WorkspaceChanges(this, () => void this.#workspaces.run());
  }

  /** Reads the reader's workspaces again. */
  async refresh(): Promise<void> {
    await this.#workspaces.run();
  }

  protected override render() {
    return html`<div part="base" class="base">${renderTask(this.#workspaces, {
      complete: (workspaces) => this.#renderSwitcher(workspaces),
      isEmpty: (workspaces) => workspaces.length === 0,
      empty: () => renderEmpty(msg('You have no workspace yet', { id: 'tk.workspace-switcher.empty' }), undefined, this.#renderCreateButton()),
    })}</div>${this.#create.render()}`;
  }

  #renderSwitcher(workspaces: readonly Workspace[]): TemplateResult {
    const current = workspaces.find((workspace) => workspace.id === this.currentWorkspaceId);
    const open = this.#menu.open;
    return html`<button type="button" id="trigger" part="trigger" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'}
        aria-controls="menu" @click=${this.#menu.onButtonClick} @keydown=${this.#menu.onButtonKeydown}>
        ${current ? html`${renderWorkspaceAvatar(current)}<span class="text">
            <span class="visually-hidden">${msg('Current workspace:', { id: 'tk.workspace-switcher.current' })}</span>
            <span class="name" part="name"><bdi>${current.name}</bdi></span>
            <span class="role" part="role">${this.#roles.label(current)}</span>
          </span>`
          : html`<span class="text"><span class="name" part="name">${msg('Choose a workspace', { id: 'tk.workspace-switcher.choose' })}</span></span>`}
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">${chevron}</svg>
      </button>
      <div id="menu" role="menu" part="menu" popover="manual" aria-labelledby="trigger" @keydown=${this.#menu.onMenuKeydown}>
        ${open ? html`<div role="group" aria-label=${msg('Your workspaces', { id: 'tk.workspace-switcher.yours' })}>
            ${workspaces.map((workspace) => this.#renderItem(workspace, workspace.id === current?.id))}
          </div>
          <div role="separator" part="separator"></div>
          <div role="menuitem" tabindex="-1" part="item create" data-label=${msg('Create workspace', { id: 'tk.workspace-switcher.create' })}
            @click=${this.#openCreate}>
            <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${plus}</svg>${msg('Create workspace', { id: 'tk.workspace-switcher.create' })}
          </div>` : nothing}
      </div>`;
  }

  #renderItem(workspace: Workspace, current: boolean): TemplateResult {
    return html`<div role="menuitemradio" tabindex="-1" aria-checked=${current ? 'true' : 'false'} data-label=${workspace.name}
      part=${current ? 'item item-current' : 'item'} @click=${() => this.#choose(workspace, current)}>
      ${renderWorkspaceAvatar(workspace)}
      <span class="text">
        <span class="name" part="name"><bdi>${workspace.name}</bdi></span>
        <span class="role" part="role">${this.#roles.label(workspace)}</span>
      </span>
      <svg class="check" viewBox="0 0 16 16" aria-hidden="true">${current ? check : nothing}</svg>
    </div>`;
  }

  #renderCreateButton(): TemplateResult {
    return html`<button type="button" part="create" @click=${() => this.#create.open()}>${msg('Create workspace', { id: 'tk.workspace-switcher.create' })}</button>`;
  }

  #openCreate = (): void => {
    this.#menu.hide(true);
    this.#create.open();
  };

  #choose(workspace: Workspace, current: boolean): void {
    this.#menu.hide(true);
    if (!current) this.#switch(workspace);
  }

  #switch(workspace: Workspace): void {
    if (switchWorkspace(this, workspace)) announce(msg(str`Switched to ${workspace.name}`, { id: 'tk.workspace-switcher.switched' }));
  }
}
