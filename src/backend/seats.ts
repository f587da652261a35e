import { seatLimitOf, type Limits } from './limits.js';
import type { Store, WorkspaceRecord } from './store.js';
import { invitationStatus } from './views.js';

/**
 * Seats a workspace uses: its members, active or pending, plus its pending invitations (an invitation
 * holds a seat until it is accepted, revoked or expires). `exceptInvitationId` leaves one invitation out.
 */
export function seatsUsed(store: Store, workspaceId: string, now: string, exceptInvitationId?: string): number {
  let used = store.members.countOf(workspaceId);
  for (const invitation of store.invitations.ofWorkspace(workspaceId)) {
    if (invitation.id !== exceptInvitationId && invitationStatus(invitation, now) === 'pending') used++;
  }
  return used;
}

/** Whether one more seat fits in the workspace. */
export function hasFreeSeat(store: Store, limits: Limits, workspace: WorkspaceRecord, now: string, exceptInvitationId?: string): boolean {
  return seatsUsed(store, workspace.id, now, exceptInvitationId) < seatLimitOf(limits, workspace.plan);
}
