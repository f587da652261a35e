import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { renderError, renderLoading } from '../feedback/states.js';
import type { SectionEntry, SectionsController } from './sections-controller.js';

/** A section's content, or its loading or failed state while its code is not there. */
function renderContent(sections: SectionsController, section: SectionEntry): unknown {
  const state = sections.stateOf(section);
  if (state.status === 'loading') return renderLoading(msg(str`Loading ${section.label}…`, { id: 'tk.sections.loading' }));
  if (state.status === 'failed') return renderError(state.error, () => sections.retry());
  // A host section's node is assigned to this slot by the controller.
  return section.node ? html`<slot data-section=${section.id}></slot>` : section.render?.();
}

/** Arrow keys move focus along the tabs (wrapping, mirrored right to left), Home and End to the ends. */
function moveAlongTabs(event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const index = tabs.indexOf(event.target as HTMLElement);
  if (index < 0) return;
  const forward = getComputedStyle(list).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  const target = {
    [forward]: (index + 1) % tabs.length,
    [backward]: (index - 1 + tabs.length) % tabs.length,
    Home: 0,
    End: tabs.length - 1,
  }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  tabs[target]?.focus();
}

/**
 * The ARIA tabs pattern, after Shoelace's tab group with manual activation: one tab stop (the open tab), the
 * arrows, Home and End move focus, Enter or Space opens the focused tab. Manual because a section's code and data
 * load when it opens: arrowing past Security to Privacy should not load Security on the way. The tab list
 * scrolls sideways when the tabs do not fit (a phone); each panel is labelled by its tab.
 */
export function renderTabs(sections: SectionsController, label: string): TemplateResult {
  const currentId = sections.current?.id;
  const all = sections.sections;
  const opened = new Set(sections.opened.map((section) => section.id));
  // Every section keeps its place (nothing where one was never opened), so an opened panel is never re-created.
  return html`<div part="tabs" role="tablist" aria-label=${label} @keydown=${moveAlongTabs}>
      ${all.map((section, index) => {
        const open = section.id === currentId;
        return html`<button type="button" role="tab" id=${`tab-${index}`} part=${open ? 'tab tab-selected' : 'tab'}
          aria-selected=${open ? 'true' : 'false'} aria-controls=${opened.has(section.id) ? `panel-${index}` : nothing}
          tabindex=${open ? 0 : -1} @click=${() => sections.open(section.id)}>${section.label}</button>`;
      })}
    </div>
    ${all.map((section, index) => (opened.has(section.id)
      ? html`<div part="panel" role="tabpanel" id=${`panel-${index}`} aria-labelledby=${`tab-${index}`} tabindex="0"
          ?hidden=${section.id !== currentId}>${renderContent(sections, section)}</div>`
      : nothing))}`;
}

/** A plain left click opens the section in place; with a modifier the link opens as links do (a new tab). */
function follow(event: MouseEvent, sections: SectionsController, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  sections.open(id);
}

/**
 * A section nav: links to each section (`#id`, so each can be opened in a new tab or copied), the open one marked
 * with `aria-current`; each opened section's panel is a region named after it.
 */
export function renderNav(sections: SectionsController, label: string): TemplateResult {
  const currentId = sections.current?.id;
  const opened = new Set(sections.opened.map((section) => section.id));
  return html`<nav part="nav" aria-label=${label}>
      <ul part="nav-list">${sections.sections.map((section) => {
        const open = section.id === currentId;
        return html`<li><a part=${open ? 'nav-link nav-link-current' : 'nav-link'} href=${`#${encodeURIComponent(section.id)}`}
          aria-current=${open ? 'page' : nothing} @click=${(event: MouseEvent) => follow(event, sections, section.id)}>${section.label}</a></li>`;
      })}</ul>
    </nav>
    <div part="panels">${sections.sections.map((section) => (opened.has(section.id)
      ? html`<section part="panel" aria-label=${section.label} ?hidden=${section.id !== currentId}>${renderContent(sections, section)}</section>`
      : nothing))}</div>`;
}
