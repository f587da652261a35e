import { msg } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import type { Membership } from '../../sdk/index.js';
import { CopyController } from '../shared/clipboard.js';
import { copyStyles } from '../shared/clipboard.styles.js';
import { renderTask } from '../shared/feedback/states.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { styles } from './developer-ids.styles.js';

interface Identifier {
  key: 'user' | 'workspace' | 'api';
  label: string;
  hint: string;
  value: string;
  copyName: string;
}

/**
 * The identifiers a developer or support needs: the signed-in person's user id, the current workspace's id and
 * the API's base URL, each with a copy button (and, where the page may not write to the clipboard, the value
 * selected for copying by hand). Ids are not credentials: everyone in the workspace may read their own and the
 * workspace's, so this element asks for no permission. Pair it with `<api-key-manager>` for the credential.
 *
 * @summary The user's and the workspace's ids and the API base URL, to copy.
 *
 * @fires {TeamkitErrorEvent} tk-error - Reading the membership failed. `event.error`, `event.action` (`load`).
 *
 * @slot heading - Replaces the "Developer IDs" heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row.
 * @csspart title - The default heading.
 * @csspart list - The identifiers (a `<dl>`).
 * @csspart item - One identifier: its label, hint, value and copy button.
 * @csspart label - An identifier's name.
 * @csspart hint - What it is for.
 * @csspart value - The identifier itself.
 * @csspart copy - Its Copy button.
 * @csspart copy-status - "Copied", or how to copy it by hand.
 * @csspart state - Loading and error panels (also `loading`, `error`).
 * @csspart retry - The "Try again" button of an error panel.
 *
 * @cssprop [--tk-developer-ids-value-background=var(--tk-color-surface)] - Background behind each identifier.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <developer-ids></developer-ids>
 * </teamkit-provider>
 * ```
 */
export class DeveloperIds extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, copyStyles, styles];

  readonly #copy = new CopyController(this);

  readonly #membership = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId] as const,
    task: async ([client, workspaceId], { signal }) => (client && workspaceId ? client.members.me(workspaceId, { signal }) : initialState),
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <div part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Developer IDs', { id: 'tk.developer-ids.title' })}</h2></slot></div>
      </div>
      ${renderTask(this.#membership, { complete: (membership) => this.#renderIds(membership) })}
    </section>`;
  }

  #identifiers(membership: Membership): Identifier[] {
    const { member } = membership;
    const api = this.api;
    return [
      {
        key: 'user',
        label: msg('Your user ID', { id: 'tk.developer-ids.user' }),
        hint: msg('Identifies you in every workspace, e.g. when support asks.', { id: 'tk.developer-ids.user_hint' }),
        value: member.userId,
        copyName: msg('Copy your user ID', { id: 'tk.developer-ids.copy_user' }),
      },
      {
        key: 'workspace',
        label: msg('Workspace ID', { id: 'tk.developer-ids.workspace' }),
        hint: msg('Names this workspace in calls to the API.', { id: 'tk.developer-ids.workspace_hint' }),
        value: member.workspaceId,
        copyName: msg('Copy the workspace ID', { id: 'tk.developer-ids.copy_workspace' }),
      },
      ...(api ? [{
        key: 'api' as const,
        label: msg('API base URL', { id: 'tk.developer-ids.api' }),
        hint: msg('Every path of the API starts here.', { id: 'tk.developer-ids.api_hint' }),
        value: new URL(api.baseUrl, document.baseURI).href,
        copyName: msg('Copy the API base URL', { id: 'tk.developer-ids.copy_api' }),
      }] : []),
    ];
  }

  #renderIds(membership: Membership): TemplateResult {
    return html`<dl class="ids" part="list">${this.#identifiers(membership).map((id) => html`<div class="id" part="item">
      <dt part="label" id="${id.key}-label">${id.label}</dt>
      <dd class="hint" part="hint" id="${id.key}-hint">${id.hint}</dd>
      <dd class="value-row">
        <code class="value" part="value" id="${id.key}-value" translate="no">${id.value}</code>
        ${this.#copy.render({ key: id.key, text: () => id.value, name: id.copyName, select: () => this.renderRoot.querySelector<HTMLElement>(`#${id.key}-value`) })}
      </dd>
    </div>`)}</dl>`;
  }
}
