import { msg } from '@lit/localize';
import type { InvitationStatus } from '../../sdk/index.js';

/** Which invitations the list shows. */
export type InvitationFilter = 'all' | InvitationStatus;

export const FILTERS: readonly InvitationFilter[] = ['all', 'pending', 'accepted', 'expired', 'revoked'];

export const COLUMNS = ['email', 'role', 'inviter', 'sent', 'expiry', 'status', 'actions'] as const;

export type ColumnNames = Record<(typeof COLUMNS)[number], string>;

/** The columns' headings, also the labels of the values when rows are laid out as cards. */
export function columnNames(): ColumnNames {
  return {
    email: msg('Email', { id: 'tk.invitation-list.col.email' }),
    role: msg('Role', { id: 'tk.invitation-list.col.role' }),
    inviter: msg('Invited by', { id: 'tk.invitation-list.col.inviter' }),
    sent: msg('Sent', { id: 'tk.invitation-list.col.sent' }),
    expiry: msg('Expiry', { id: 'tk.invitation-list.col.expiry' }),
    status: msg('Status', { id: 'tk.invitation-list.col.status' }),
    actions: msg('Actions', { id: 'tk.invitation-list.col.actions' }),
  };
}

/** A filter's name in the status menu; a status's name on its badge. */
export function filterLabel(filter: InvitationFilter): string {
  switch (filter) {
    case 'all': return msg('All', { id: 'tk.invitation-list.filter.all' });
    case 'pending': return msg('Pending', { id: 'tk.invitation-list.status.pending' });
    case 'accepted': return msg('Accepted', { id: 'tk.invitation-list.status.accepted' });
    case 'expired': return msg('Expired', { id: 'tk.invitation-list.status.expired' });
    case 'revoked': return msg('Revoked', { id: 'tk.invitation-list.status.revoked' });
  }
}

export function emptyTitle(filter: InvitationFilter): string {
  switch (filter) {
    case 'all': return msg('No invitations yet', { id: 'tk.invitation-list.empty.all' });
    case 'pending': return msg('No pending invitations', { id: 'tk.invitation-list.empty.pending' });
    case 'accepted': return msg('No accepted invitations', { id: 'tk.invitation-list.empty.accepted' });
    case 'expired': return msg('No expired invitations', { id: 'tk.invitation-list.empty.expired' });
    case 'revoked': return msg('No revoked invitations', { id: 'tk.invitation-list.empty.revoked' });
  }
}

export function emptyHint(filter: InvitationFilter): string {
  switch (filter) {
    case 'all': return msg('Invitations you send appear here until they are accepted.', { id: 'tk.invitation-list.empty_hint.all' });
    case 'pending': return msg('Everyone invited has answered, or their invitation ran out.', { id: 'tk.invitation-list.empty_hint.pending' });
    case 'accepted': return msg('Nobody has joined through an invitation yet.', { id: 'tk.invitation-list.empty_hint.accepted' });
    case 'expired': return msg('Invitations that run out before they are accepted appear here.', { id: 'tk.invitation-list.empty_hint.expired' });
    case 'revoked': return msg('Invitations you withdraw appear here.', { id: 'tk.invitation-list.empty_hint.revoked' });
  }
}
