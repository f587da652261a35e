/** What the tests of the workspace elements (form, switcher, list) read and do the same way. */
import { waitUntil } from '@open-wc/testing';
import { SEED } from '../../src/backend/index.js';
import { normalizeText, screen, type Backend } from './helpers.js';

/** A real 1×1 PNG: the backend checks that the bytes are the image they claim to be. */
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

/** What the element shows, whitespace collapsed. */
export function text(el: HTMLElement): string {
  return normalizeText(screen(el).textContent);
}

export async function until(el: HTMLElement, shown: string): Promise<void> {
  await waitUntil(() => text(el).includes(shown), `never showed "${shown}"; showing: ${text(el).slice(0, 600)}`, { timeout: 10_000 });
}

/** The text of the elements a control's aria-describedby names. */
export function description(el: HTMLElement, control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    .map((id) => normalizeText(screen(el).getElementById(id)?.textContent)).join(' ');
}

/** The next event of this type that reaches `target`, typed. */
export function oneEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** A workspace as the backend stores it. */
export function workspace(backend: Backend, id: string = SEED.workspaces.acme) {
  const record = backend.store.workspaces.get(id);
  if (!record) throw new Error(`no workspace ${id}`);
  return record;
}

/** Chooses a file in the element's file input, as the browser's picker does. */
export function chooseFile(el: HTMLElement, file: File): void {
  const input = screen(el).querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
