import type { ReactiveControllerHost } from 'lit';
import type { BoundFormat } from '../format.js';

/**
 * What the shared controllers need of their element: a reactive host in the DOM, with the root it renders into,
 * that formats in the reader's locale. Every `TeamkitElement` is one.
 */
export type TeamkitHost = ReactiveControllerHost & HTMLElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly format: BoundFormat;
};

/** Undoes an optimistic change; a no-op once something newer replaced it. */
export type Rollback = () => void;
