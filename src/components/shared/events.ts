/**
 * Every teamkit event bubbles and crosses shadow roots. `tk-before-<action>` events are cancelable and fire
 * before a mutation is sent: `preventDefault()` stops it. `tk-<action>ed` events fire after it succeeded.
 */
export class TeamkitEvent extends Event {
  constructor(type: string, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}

/** Fired when an action or a load failed. `action` names it (`member-remove`, `load`…). */
export class TeamkitErrorEvent extends TeamkitEvent {
  constructor(readonly error: unknown, readonly action: string) {
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
