/** Reading `<account-settings>` and `<workspace-settings>` as a reader does: their tabs or nav, and the open section. */
import type { TemplateResult } from 'lit';
import { eventually, mount, normalizeText, screen, settle, type Backend, type MountOptions } from './helpers.js';

/** The section on screen: the panel that is not hidden. */
export function openPanel(el: HTMLElement): HTMLElement {
  const panel = screen(el).querySelector<HTMLElement>('[part~="panel"]:not([hidden])');
  if (!panel) throw new Error(`<${el.localName}> shows no section`);
  return panel;
}

/** The teamkit elements the open section shows. */
export const shownElements = (el: HTMLElement) =>
  [...openPanel(el).querySelectorAll<HTMLElement>('*')].filter((node) => node.localName.includes('-') && node.shadowRoot);

/** Waits until the open section's code and every element in it have loaded. */
export async function settleSection(el: HTMLElement): Promise<void> {
  await settle(el);
  await eventually(() => shownElements(el).length > 0 || openPanel(el).querySelector('slot'), 'the section shows nothing');
  for (const inner of shownElements(el)) await settle(inner, 10_000);
}

/** Mounts a settings page and waits for its open section. */
export async function mountSettings<T extends HTMLElement>(backend: Backend, template: TemplateResult, options: MountOptions = {}): Promise<T> {
  const el = await mount<T>(backend, template, options);
  await settleSection(el);
  return el;
}

/** The names in the tabs or the nav, in order. */
export const sectionNames = (el: HTMLElement) =>
  [...screen(el).querySelectorAll('[role="tab"], [part~="nav-link"]')].map((node) => normalizeText(node.textContent));

/** The tab or nav link a reader reads as `name`. */
export function sectionControl(el: HTMLElement, name: string): HTMLElement {
  const control = [...screen(el).querySelectorAll<HTMLElement>('[role="tab"], [part~="nav-link"]')].find((node) => normalizeText(node.textContent) === name);
  if (!control) throw new Error(`no section "${name}"; there are ${sectionNames(el).join(', ')}`);
  return control;
}

/** The URL hash without its `#`. */
export const hash = () => decodeURIComponent(location.hash.slice(1));

/** Leaves the test page's URL without a hash, as the next test expects to find it. */
export function clearHash(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** Whether the page has fetched the define file of `tag` (`<tag>/<tag>.ts`), which only a settings page imports. */
export const fetched = (tag: string) => performance.getEntriesByType('resource')
  .some((entry) => new URL(entry.name).pathname.endsWith(`/${tag}/${tag}.ts`) || new URL(entry.name).pathname.endsWith(`/${tag}/${tag}.js`));
