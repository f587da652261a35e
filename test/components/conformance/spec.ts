/** What an element's conformance spec says: for each check, what it needs, or why it does not apply. */
import type { ErrorAction } from '../../../src/components/shared/events.js';
import type { Backend, BackendOptions, MountOptions, SeedRole } from '../helpers.js';

/** Why a check does not apply to this element, in a sentence: "A form always has fields: it is never empty." */
export interface NotApplicable {
  notApplicable: string;
}

export type Check<T> = T | NotApplicable;

/** One endpoint, as the backend's faults and the request log name it (the path below `/api`). */
export interface RequestMatch {
  method: string;
  path: string | RegExp;
}

export interface LoadingCheck {
  /** The requests to hold while looking at the loading state. Default: every request. */
  hold?: RequestMatch;
}

export interface EmptyCheck<E> {
  /** Changes the backend's data so that the element has nothing to show. */
  arrange?: (backend: Backend) => void;
  /** What the reader does to get there, when the data alone cannot (a search that matches nobody). */
  reach?: (el: E) => void | Promise<void>;
}

export interface ErrorCheck {
  /** The element's first load, which the check fails once with a 500. */
  request: RequestMatch;
  /** What `tk-error` must name. */
  action: ErrorAction;
}

export interface DeniedCheck {
  /** Who lacks the permission. */
  as: SeedRole;
  /** The visible explanation. Default: the standard reason, "Your role (<Role>) doesn't allow this…". */
  reason?: RegExp;
}

export interface HostileInput<E> {
  /** Brings the field on screen when it is not there at first (opens the form's dialog), before `field`. */
  prepare?: (el: E) => void | Promise<void>;
  /** A single-line name field. */
  field: (el: E) => HTMLInputElement;
  /** Submits the form as the reader does. */
  submit: (el: E) => void | Promise<void>;
  /** What the backend holds for that field, which must not change. */
  stored: (backend: Backend) => unknown;
}

export interface HostileCheck<E> {
  /** Puts `text` into data the element shows (a name, a workspace name…) before it mounts. */
  arrange: (backend: Backend, text: string) => void;
  /** What the reader does to bring that data on screen, when it may not be there at first (a search). */
  reach?: (el: E) => void | Promise<void>;
  /** For elements with single-line name fields: the hostile `control` group is refused with a field error. */
  input?: HostileInput<E>;
}

export interface MutationCheck<E> {
  /** The mutation's request, which each case of the fault matrix fails. */
  request: RequestMatch;
  /** What `tk-error` must name. */
  action: ErrorAction;
  /** Who performs it. Default: the owner. */
  as?: SeedRole;
  /** Types what the reader types before submitting. */
  fill?: (el: E) => void | Promise<void>;
  /** What the reader typed, read back from the screen; it must be the same after every failure. */
  values?: (el: E) => unknown;
  /** Starts the mutation as the reader does (click, confirm). */
  submit: (el: E) => void | Promise<void>;
}

export interface ScreenCheck<E> {
  /** Brings the element to the state to check (e.g. opens a menu) after it has loaded. */
  prepare?: (el: E) => void | Promise<void>;
}

export interface SpanishCheck<E> extends ScreenCheck<E> {
  /** Words the element's Spanish shares with its English ("Total", "Error" are known already). */
  same?: string[];
}

export interface ConformanceSpec<E extends HTMLElement> {
  tag: string;
  /** Options of the backend every check starts from (a manual clock, a seed). */
  backend?: () => BackendOptions;
  /**
   * Puts the element on the page for a reader and brings it to where it shows its content (a dialog opens),
   * resolving once it has loaded: usually `mount(backend, html\`<x-y></x-y>\`, options)`. `options` carries
   * who is signed in (`as`) and the language; pass them on.
   */
  mount: (backend: Backend, options: MountOptions) => Promise<E>;
  /** Its loaded state: no loading or error panel left, something shown, axe clean. */
  content: Check<ScreenCheck<E>>;
  states: {
    loading: Check<LoadingCheck>;
    empty: Check<EmptyCheck<E>>;
    error: Check<ErrorCheck>;
    denied: Check<DeniedCheck>;
    hostile: Check<HostileCheck<E>>;
  };
  /** The element's main mutation, failed in every way the API can fail. */
  mutation: Check<MutationCheck<E>>;
  spanish: Check<SpanishCheck<E>>;
  keyboard: Check<ScreenCheck<E>>;
  narrow: Check<ScreenCheck<E>>;
}
