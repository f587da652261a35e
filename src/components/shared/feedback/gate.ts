import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import type { TemplateResult } from 'lit';
import type { PermissionController } from '../permission-controller.js';
import { renderDenied, renderError, renderLoading } from './states.js';

export type GatedPermission = Parameters<PermissionController['can']>[0];

export interface GateOptions {
  /** The permission the body needs. Without it, the gate only waits for the reader's membership. */
  need?: GatedPermission;
  /** The loading panel's label. */
  loading?: string;
  /** The denied panel's title, e.g. "You can't see this workspace's invitations"; the reason follows it. */
  denied?: string;
  /** Renders a failure to read the membership instead of the standard error panel. */
  error?: (error: unknown, retry: () => void) => TemplateResult;
}

/**
 * What to show instead of an element's body until the reader's rights are known and sufficient: loading,
 * an error with retry, or "denied" with the reason (the reader's role, and who can grant it). Undefined when
 * the body may render: `return renderGate(this.#permissions, { need: 'members:invite' }) ?? this.#renderBody();`
 * A re-check (after a role change) keeps the body on screen with the rights known so far. Denied, it also fires
 * `tk-error` (action `load`, a `PermissionError`) once, so that the host can show its own message.
 */
export function renderGate(permissions: PermissionController, options: GateOptions = {}): TemplateResult | undefined {
  const { task } = permissions;
  if (task.status === TaskStatus.ERROR) {
    const retry = () => permissions.refresh();
    return options.error ? options.error(task.error, retry) : renderError(task.error, retry);
  }
  // No membership yet: the first read is on its way, or the client or workspace is still to come.
  if (!permissions.membership) return renderLoading(options.loading);
  if (options.need === undefined || permissions.can(options.need)) return undefined;
  permissions.reportDenied(options.need);
  return renderDenied(options.denied ?? msg("You don't have access to this", { id: 'tk.gate.denied' }), permissions.deniedReason());
}
