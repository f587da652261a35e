import type { Member } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Fired before a member's role change is sent. Cancel it (`preventDefault()`) to keep the current role. */
export class BeforeMemberRoleChangeEvent extends TeamkitEvent {
  constructor(readonly member: Member, readonly role: string) {
    super('tk-before-member-role-change', { cancelable: true });
  }
}

/** Fired after the server accepted a role change. `member` is the updated member. */
export class MemberRoleChangedEvent extends TeamkitEvent {
  constructor(readonly member: Member, readonly previousRole: string) {
    super('tk-member-role-changed');
  }
}

/** Fired after the removal was confirmed and before it is sent. Cancel it to keep the member. */
export class BeforeMemberRemoveEvent extends TeamkitEvent {
  constructor(readonly member: Member) {
    super('tk-before-member-remove', { cancelable: true });
  }
}

/** Fired after the server removed a member. */
export class MemberRemovedEvent extends TeamkitEvent {
  constructor(readonly member: Member) {
    super('tk-member-removed');
  }
}

/** Fired when one of the host's row actions (see `TeamTable.rowActions`) is activated. */
export class RowActionEvent extends TeamkitEvent {
  constructor(readonly action: string, readonly member: Member) {
    super('tk-row-action');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-member-role-change': BeforeMemberRoleChangeEvent;
    'tk-member-role-changed': MemberRoleChangedEvent;
    'tk-before-member-remove': BeforeMemberRemoveEvent;
    'tk-member-removed': MemberRemovedEvent;
    'tk-row-action': RowActionEvent;
  }
}
