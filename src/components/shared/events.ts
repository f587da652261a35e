/**
 * Every teamkit event bubbles and crosses shadow roots. `tk-before-<action>` events are cancelable and fire
 * before a mutation is sent: `preventDefault()` stops it. `tk-<action>ed` events fire after it succeeded.
 */
export class TeamkitEvent extends Event {
  constructor(type: string, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/**
 * What failed, as `tk-error`'s `action` names it. An element's own data: `load` (the first load), `load-more`
 * (a later page), `reload` (the latest version, fetched to merge after someone else's change). Anything else
 * is `<resource>-<verb>`, the resource singular unless the action takes many at once (`invitations-send`).
 * A new element adds its actions here, so that hosts can switch over one documented list.
 */
export type ErrorAction =
  | 'load'
  | 'load-more'
  | 'reload'
  | 'member-role-change'
  | 'member-remove'
  | 'invitation-resend'
  | 'invitation-revoke'
  | 'invitation-accept'
  | 'invitations-send'
  | 'profile-save'
  | 'avatar-upload'
  | 'avatar-remove'
  | 'session-revoke'
  | 'other-sessions-revoke'
  | 'sign-in-report'
  | 'notification-preference-change'
  | 'low-balance-alert-update'
  | 'notification-rules-update'
  | 'password-change'
  | 'email-change-start'
  | 'email-change-confirm'
  | 'email-change-resend'
  | 'email-change-cancel'
  | 'phone-change-start'
  | 'phone-change-confirm'
  | 'phone-change-resend'
  | 'phone-change-cancel'
  | 'workspace-update'
  | 'logo-upload'
  | 'logo-remove'
  | 'workspace-create'
  | 'workspace-delete'
  | 'workspace-leave'
  | 'ownership-transfer'
  | 'members-search'
  | 'role-create'
  | 'role-update'
  | 'role-delete'
  | 'group-create'
  | 'group-rename'
  | 'group-delete'
  | 'group-members-change'
  | 'api-key-create'
  | 'api-key-revoke'
  | 'webhook-create'
  | 'webhook-update'
  | 'webhook-delete'
  | 'webhook-secret-rotate'
  | 'webhook-test'
  | 'webhook-redeliver'
  | 'export-request'
  | 'export-check'
  | 'account-delete'
  | 'audit-export'
  | 'domain-add'
  | 'domain-verify'
  | 'domain-update'
  | 'domain-remove';

/** Fired when an action or a load failed. `action` names it (`member-remove`, `load`…: see `ErrorAction`). */
export class TeamkitErrorEvent extends TeamkitEvent {
  constructor(readonly error: unknown, readonly action: ErrorAction) {
    super('tk-error');
  }
}

/** Fired by the provider (and by elements that switch workspace) when the current workspace changes. */
export class WorkspaceChangeEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string) {
    super('tk-workspace-change');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-error': TeamkitErrorEvent;
    'tk-workspace-change': WorkspaceChangeEvent;
  }
}
