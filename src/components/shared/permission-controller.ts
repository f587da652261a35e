import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { PermissionError } from '../../sdk/errors/kinds.js';
import type { Client, Membership, PermissionKey } from '../../sdk/index.js';
import { TeamkitErrorEvent } from './events.js';
import { roleLabel } from './labels.js';

/**
 * What the signed-in person may do in the current workspace, from `members.me`. Elements ask `can(…)` to
 * decide between an action and an explanation of why it is unavailable; the server enforces either way.
 * Concurrent elements share one request: the SDK merges identical in-flight GETs.
 */
export class PermissionController {
  readonly task: Task<[Client | undefined, string | undefined], Membership | undefined>;
  /** The membership and the permissions whose denial was reported for it (see `reportDenied`). */
  #reported: { membership: Membership; needs: Set<PermissionKey> } | undefined;

  constructor(private readonly host: ReactiveControllerHost & EventTarget, args: () => [Client | undefined, string | undefined]) {
    this.task = new Task(host, {
      task: async ([client, workspaceId], { signal }) => (client && workspaceId ? client.members.me(workspaceId, { signal }) : undefined),
      args,
    });
  }

  get membership(): Membership | undefined {
    return this.task.value;
  }

  /** True once the membership is known and grants `permission` (a key of the SDK's `PERMISSION_KEYS`). */
  can(permission: PermissionKey): boolean {
    return this.membership?.permissions.includes(permission) ?? false;
  }

  get isOwner(): boolean {
    return this.membership?.isOwner ?? false;
  }

  get role(): string | undefined {
    return this.membership?.role;
  }

  /** Why the caller cannot do something, in words, for the disabled control's description. */
  deniedReason(): string {
    const role = this.role;
    return role
      ? msg(str`Your role (${roleLabel(role)}) doesn't allow this. Ask a workspace owner or admin.`, { id: 'tk.permission.denied_role' })
      : msg("You don't have permission for this.", { id: 'tk.permission.denied' });
  }

  /**
   * Tells the host page, once per membership and permission, that the reader opened something their role does not
   * allow: a `tk-error` with action `load` and a `PermissionError` (403 `forbidden`), as the server would answer,
   * so that a host can show its own toast or route away. Dispatched after the render that showed the denied state.
   */
  reportDenied(permission: PermissionKey): void {
    const membership = this.membership;
    if (!membership) return;
    if (this.#reported?.membership !== membership) this.#reported = { membership, needs: new Set() };
    if (this.#reported.needs.has(permission)) return;
    this.#reported.needs.add(permission);
    const error = new PermissionError({
      type: 'https://teamkit.dev/problems/forbidden',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
      detail: `The role ${membership.role} does not include ${permission}.`,
    });
    void this.host.updateComplete.then(() => this.host.dispatchEvent(new TeamkitErrorEvent(error, 'load')));
  }

  /** Re-reads the membership, e.g. after the caller's own role changed. */
  refresh(): void {
    void this.task.run();
  }
}
