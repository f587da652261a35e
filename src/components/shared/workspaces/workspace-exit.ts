import { msg, str } from '@lit/localize';
import type { Workspace } from '../../../sdk/index.js';
import type { ConfirmOptions } from '../confirm-controller.js';
import type { BoundFormat } from '../format.js';

/**
 * The question before deleting a workspace: exactly what is lost, for how many people, and the name to type.
 * Every element that deletes a workspace asks it (the list; a danger zone).
 */
export function deletionQuestion(workspace: Workspace, format: BoundFormat): ConfirmOptions {
  const count = format.number(workspace.memberCount);
  const people = format.plural(workspace.memberCount) === 'one'
    ? msg(str`its ${count} member loses access at once`, { id: 'tk.workspaces.delete_people_one' })
    : msg(str`its ${count} members lose access at once`, { id: 'tk.workspaces.delete_people' });
  return {
    title: msg(str`Delete ${workspace.name}?`, { id: 'tk.workspaces.delete_title' }),
    message: msg(str`This deletes the workspace for everyone: ${people}, and its invitations, roles, groups, domains, API keys, webhooks, audit log and billing history are deleted with it. This can't be undone. Type the workspace's name, ${workspace.name}, to confirm.`,
      { id: 'tk.workspaces.delete_message' }),
    confirmLabel: msg('Delete workspace', { id: 'tk.workspaces.delete' }),
    danger: true,
    typedConfirmation: workspace.name,
  };
}

/** The question before leaving a workspace: access ends at once, and only an invitation brings it back. */
export function leavingQuestion(workspace: Workspace): ConfirmOptions {
  return {
    title: msg(str`Leave ${workspace.name}?`, { id: 'tk.workspaces.leave_title' }),
    message: msg("You lose access to its members, data and settings at once. To come back, someone in it has to invite you again.", { id: 'tk.workspaces.leave_message' }),
    confirmLabel: msg('Leave workspace', { id: 'tk.workspaces.leave' }),
    danger: true,
  };
}
