import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { TeamkitErrorEvent } from '../events.js';
import { SectionChangeEvent } from './sections.events.js';

/** A section a settings page declares: it shows elements whose code loads the first time it opens. */
export interface Section {
  /** Its id in the `section` attribute and the URL hash (`security` → `#security`). */
  readonly id: string;
  /** Its name in the tabs or the nav, in the reader's language: read at every render. */
  readonly label: () => string;
  /** Loads the code of what it shows: the define file of each element, `() => import('../password-form/password-form.js')`. */
  readonly load: () => Promise<unknown>;
  readonly render: () => TemplateResult;
}

/** A section the host adds to a settings page with `addSection()`. */
export interface HostSection {
  /** Its id in the `section` attribute and the URL hash. */
  id: string;
  /** Its name in the tabs or the nav. */
  label: string;
  /** What it shows: the host's own node, which becomes a child of the settings element. */
  content: HTMLElement;
  /** What must load before it shows, such as the definition of the host's own element. */
  load?: () => Promise<unknown>;
}

/** One section as the tabs, the nav and the panel show it, whoever declared it. */
export interface SectionEntry {
  readonly id: string;
  readonly label: string;
  readonly load?: () => Promise<unknown>;
  /** A declared section's view. */
  readonly render?: () => TemplateResult;
  /** A host section's node, shown through the panel's slot. */
  readonly node?: HTMLElement;
}

export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown };

/** What the controller needs of its element: the `section` it shows and whether the URL hash follows it. */
export type SectionsHost = ReactiveControllerHost & HTMLElement & {
  section: string;
  noHash: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/** A host's child that is a section: `<div data-section="concurrency" data-label="Concurrency">`. */
const HOST_SECTION = ':scope > [data-section]';

const READY: LoadState = { status: 'ready' };

const hashId = (): string => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
};

/**
 * The sections of a settings page (`<account-settings>`, `<workspace-settings>`): the page's own, then the host's
 * (its children with `data-section` and `data-label`, or added with `addSection()`), which one is open, and the
 * loading of each section's code the first time it opens (loading, then its content or an error with retry).
 *
 * The open section is the host's `section` property; an id that names no section shows the first. Unless the
 * host's `noHash` is set, the URL hash follows it both ways: opening a section pushes `#id` onto the history, so
 * Back and Forward move between sections; a hash that changes (a link, Back) opens the section it names, and a
 * hash that names none of them is the page's own anchor and is left alone. A hash present when the element
 * connects wins over the attribute, even before a host section it names has been added.
 */
export class SectionsController implements ReactiveController {
  readonly #host: SectionsHost;
  readonly #declared: () => readonly Section[];
  readonly #loads = new Map<string, LoadState>();
  readonly #hostLoads = new WeakMap<HTMLElement, () => Promise<unknown>>();
  readonly #opened = new Set<string>();
  readonly #observer = new MutationObserver(() => this.#host.requestUpdate());
  /** The section the attribute named when the element connected: where going back to no hash leads. */
  #home = '';
  /** `section` as last written to the hash, to tell the host's own changes from ours. */
  #synced = '';

  constructor(host: SectionsHost, declared: () => readonly Section[]) {
    this.#host = host;
    this.#declared = declared;
    host.addController(this);
  }

  /** Every section, the page's own first, then the host's in document order. */
  get sections(): SectionEntry[] {
    const declared: SectionEntry[] = this.#declared().map(({ id, label, load, render }) => ({ id, label: label(), load, render }));
    const sections = new Map(declared.map((section) => [section.id, section]));
    // A host section never replaces one of the page's own, nor an earlier one with its id.
    for (const node of this.#host.querySelectorAll<HTMLElement>(HOST_SECTION)) {
      const id = node.dataset.section ?? '';
      if (id && !sections.has(id)) sections.set(id, { id, label: node.dataset.label || id, load: this.#hostLoads.get(node), node });
    }
    return [...sections.values()];
  }

  /** The open section: the one `section` names, else the first. */
  get current(): SectionEntry | undefined {
    const { sections } = this;
    return sections.find((section) => section.id === this.#host.section) ?? sections[0];
  }

  /** The sections opened so far, which stay on the page (hidden while another is open) so nothing typed is lost. */
  get opened(): SectionEntry[] {
    return this.sections.filter((section) => this.#opened.has(section.id));
  }

  /** Where a section's code is. */
  stateOf(section: SectionEntry): LoadState {
    return section.load ? this.#loads.get(section.id) ?? { status: 'loading' } : READY;
  }

  /** Adds a host section as a child of the element; returns what removes it. */
  add({ id, label, content, load }: HostSection): () => void {
    content.dataset.section = id;
    content.dataset.label = label;
    if (load) this.#hostLoads.set(content, load);
    // Rendered at once, not when the mutation observer hears of it: the caller may await updateComplete next.
    this.#host.append(content);
    this.#host.requestUpdate();
    return () => {
      content.remove();
      this.#host.requestUpdate();
    };
  }

  /** The reader opens a section: the hash gets a history entry of its own, and `tk-section-change` fires. */
  open(id: string): void {
    if (this.current?.id === id) return;
    this.#host.section = id;
    this.#synced = id;
    this.#writeHash('push');
    this.#host.dispatchEvent(new SectionChangeEvent(id));
  }

  /** Loads the open section's code again after it failed. */
  retry(): void {
    const current = this.current;
    if (!current) return;
    this.#loads.delete(current.id);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#home = this.#host.section;
    this.#observer.observe(this.#host, { childList: true, subtree: true, attributeFilter: ['data-section', 'data-label'] });
    if (!this.#host.noHash) {
      window.addEventListener('hashchange', this.#onHashChange);
      const fromHash = hashId();
      if (fromHash) this.#host.section = fromHash;
    }
    this.#synced = this.#host.section;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#observer.disconnect();
  }

  hostUpdate(): void {
    // The host set `section` itself: the hash follows without a history entry of its own.
    if (this.#host.section !== this.#synced) {
      this.#synced = this.#host.section;
      this.#writeHash('replace');
    }
    const current = this.current;
    if (!current) return;
    this.#opened.add(current.id);
    if (current.load && !this.#loads.has(current.id)) this.#load(current.id, current.load);
  }

  hostUpdated(): void {
    // Each host section's panel has a slot of its own, which shows its node once its code is there (the element's
    // shadow root assigns slots by hand, so a host child shows nowhere else).
    const sections = new Map(this.sections.map((section) => [section.id, section]));
    for (const slot of this.#host.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-section]')) {
      const section = sections.get(slot.dataset.section ?? '');
      slot.assign(...(section?.node && this.stateOf(section).status === 'ready' ? [section.node] : []));
    }
  }

  #load(id: string, load: () => Promise<unknown>): void {
    this.#loads.set(id, { status: 'loading' });
    load().then(
      () => this.#loads.set(id, READY),
      (error: unknown) => {
        this.#loads.set(id, { status: 'failed', error });
        this.#host.dispatchEvent(new TeamkitErrorEvent(error, 'load'));
      },
    ).finally(() => this.#host.requestUpdate());
  }

  #writeHash(mode: 'push' | 'replace'): void {
    const current = this.current;
    if (this.#host.noHash || !current || current.id !== this.#host.section) return;
    const hash = `#${encodeURIComponent(current.id)}`;
    if (location.hash === hash) return;
    if (mode === 'push') history.pushState(null, '', hash);
    else history.replaceState(history.state, '', hash);
  }

  readonly #onHashChange = (): void => {
    const id = hashId();
    const next = id ? this.sections.find((section) => section.id === id)?.id : this.#home;
    if (next === undefined || next === this.#host.section) return;
    this.#host.section = next;
    this.#synced = next;
    this.#host.dispatchEvent(new SectionChangeEvent(this.current?.id ?? next));
  };
}
