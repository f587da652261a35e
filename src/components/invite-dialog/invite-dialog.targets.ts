import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Role } from '../../sdk/index.js';
import { canGrant } from '../../sdk/roles.js';
import { renderNotice } from '../shared/feedback/notice.js';
import type { BoundFormat } from '../shared/format.js';
import { roleLabel } from '../shared/labels.js';
import type { InviteSetup, InviteTarget } from './invite-dialog.setup.js';

/** What of the form decides where an invitation goes: the role, and the other workspaces ticked. */
interface Choice {
  role: string;
  workspaceIds: readonly string[];
}

/** "7 of 10 seats left". */
export function seatsText(target: InviteTarget, format: BoundFormat): string {
  return msg(str`${format.number(target.seatsLeft)} of ${format.number(target.workspace.seatLimit)} seats left`, { id: 'tk.invite-dialog.seats_left' });
}

/** What the chosen role lets someone do. */
export function roleHint(roles: readonly Role[], role: string): string | undefined {
  switch (role) {
    case 'admin': return msg('Manages members, roles and settings.', { id: 'tk.invite-dialog.role_hint.admin' });
    case 'member': return msg('Works in the workspace and sees billing.', { id: 'tk.invite-dialog.role_hint.member' });
    case 'viewer': return msg('Can look but not change anything.', { id: 'tk.invite-dialog.role_hint.viewer' });
    default: return roles.find((each) => each.id === role)?.description || undefined;
  }
}

/** Why `target` cannot get the chosen role, or undefined when it can (the server's rule, `canGrant`). */
function unavailableReason(setup: InviteSetup, roleId: string, target: InviteTarget): string | undefined {
  const role = setup.roles.find((each) => each.id === roleId);
  if (!role) return undefined;
  const name = roleLabel(role.id, setup.roles);
  if (!role.builtIn) {
    return msg(str`The role ${name} exists only in ${setup.current.workspace.name}.`, { id: 'tk.invite-dialog.workspace.custom_role' });
  }
  return canGrant(target.standing, role) ? undefined : msg(str`You can't give the role ${name} there.`, { id: 'tk.invite-dialog.workspace.not_grantable' });
}

/** The other workspaces this invitation goes to: ticked, and able to take the chosen role. */
export function extraTargets(setup: InviteSetup, choice: Choice): InviteTarget[] {
  const ticked = new Set(choice.workspaceIds);
  return setup.others.filter((target) => ticked.has(target.workspace.id) && !unavailableReason(setup, choice.role, target));
}

/** The current workspace (always included, with why) and the inviter's others, each with its seats or why not. */
export function renderWorkspaces(setup: InviteSetup, choice: Choice, format: BoundFormat, onChange: (workspaceIds: string[]) => void): unknown {
  if (!setup.others.length) return nothing;
  const ticked = new Set(choice.workspaceIds);
  const toggle = (id: string, on: boolean) => onChange(on ? [...ticked, id] : [...ticked].filter((other) => other !== id));
  return html`<fieldset class="field" part="workspaces">
    <legend part="label">${msg('Workspaces', { id: 'tk.invite-dialog.workspaces' })}</legend>
    <div class="check">
      <input type="checkbox" id="workspace-current" checked disabled aria-describedby="workspace-current-note" />
      <label for="workspace-current" class="truncate">${setup.current.workspace.name}</label>
      <p id="workspace-current-note" class="hint" part="hint">${msg('Always included: you are inviting from this workspace.', { id: 'tk.invite-dialog.workspace.current' })}</p>
    </div>
    ${setup.others.map((target, index) => {
      const reason = unavailableReason(setup, choice.role, target);
      return html`<div class="check">
        <input type="checkbox" id="workspace-${index}" .checked=${live(!reason && ticked.has(target.workspace.id))} ?disabled=${Boolean(reason)}
          aria-describedby="workspace-${index}-note" @change=${(event: Event) => toggle(target.workspace.id, (event.target as HTMLInputElement).checked)} />
        <label for="workspace-${index}" class="truncate">${target.workspace.name}</label>
        <p id="workspace-${index}-note" class="hint" part="hint">${reason ?? seatsText(target, format)}</p>
      </div>`;
    })}
  </fieldset>`;
}

/** A warning before sending when `people` valid addresses are more than a target workspace has seats for. */
export function renderSeatWarning(setup: InviteSetup, choice: Choice, people: number, format: BoundFormat): TemplateResult | typeof nothing {
  const short = [setup.current, ...extraTargets(setup, choice)].filter((target) => people > target.seatsLeft);
  if (!short.length) return nothing;
  const { number, plural } = format;
  const warning = ({ workspace: { name }, seatsLeft }: InviteTarget) => {
    if (seatsLeft === 0) return msg(str`${name} has no seats left: nobody will be invited there. Free a seat or upgrade the plan.`, { id: 'tk.invite-dialog.seat_warning_none' });
    return plural(seatsLeft) === 'one'
      ? msg(str`You are inviting ${number(people)} people but ${name} has ${number(seatsLeft)} seat left. The rest will not be invited.`, { id: 'tk.invite-dialog.seat_warning_one' })
      : msg(str`You are inviting ${number(people)} people but ${name} has ${number(seatsLeft)} seats left. The rest will not be invited.`, { id: 'tk.invite-dialog.seat_warning' });
  };
  return renderNotice(
    { tone: 'warning', title: msg('Not enough seats', { id: 'tk.invite-dialog.seat_warning_title' }), detail: short.map(warning).join(' ') },
    { part: 'notice seat-warning', alert: false },
  );
}
