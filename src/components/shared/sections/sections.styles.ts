import { css } from 'lit';

// Each settings page sets --_sections-gap (and --_sections-nav-width) from its own documented --tk-<tag>-* properties.

/** A settings page as tabs above the open section: the tab list scrolls sideways when the tabs do not fit. */
export const tabStyles = /* @__PURE__ */ (() => css`
  [part~='tabs'] {
    display: flex; gap: var(--_space-1); overflow-x: auto; overscroll-behavior-x: contain; scrollbar-width: thin;
    border-bottom: 1px solid var(--_border); margin-bottom: var(--_sections-gap, var(--_space-4)); padding: 3px 3px 0;
  }
  [part~='tab'] {
    flex: none; min-height: 40px; border: 0; border-bottom: 2px solid transparent; border-radius: var(--_radius-sm) var(--_radius-sm) 0 0;
    background: none; color: var(--_muted); padding: 0 var(--_space-4); margin-bottom: -1px; white-space: nowrap;
  }
  [part~='tab']:hover:not([aria-selected='true']) { color: var(--_text); background: var(--_surface); }
  [part~='tab'][aria-selected='true'] { color: var(--_accent); border-bottom-color: var(--_accent); font-weight: 600; }
  [part~='panel'] { border-radius: var(--_radius-sm); }
`)();

/** A settings page as a nav beside the open section, or above it when the element is narrower than 44rem. */
export const navStyles = /* @__PURE__ */ (() => css`
  :host { container-type: inline-size; }
  [part~='base'] { display: grid; gap: var(--_sections-gap, var(--_space-6)); grid-template-columns: minmax(0, 1fr); }
  [part~='nav-list'] {
    display: flex; gap: var(--_space-1); margin: 0; padding: 3px; list-style: none; overflow-x: auto;
    overscroll-behavior-x: contain; scrollbar-width: thin; border-bottom: 1px solid var(--_border);
  }
  [part~='nav-link'] {
    display: flex; align-items: center; min-height: 40px; padding: 0 var(--_space-3); border-radius: var(--_radius-sm);
    color: var(--_muted); text-decoration: none; white-space: nowrap;
  }
  [part~='nav-link']:hover { color: var(--_text); background: var(--_surface); }
  [part~='nav-link'][aria-current='page'] { color: var(--_accent); background: var(--_accent-soft); font-weight: 600; }
  [part~='panel'] { min-width: 0; }
  @container (min-width: 44rem) {
    [part~='base'] { grid-template-columns: var(--_sections-nav-width, 13rem) minmax(0, 1fr); align-items: start; }
    [part~='nav'] { position: sticky; top: var(--_space-4); }
    [part~='nav-list'] { flex-direction: column; overflow-x: visible; border-bottom: 0; }
    [part~='nav-link'] { white-space: normal; }
  }
`)();
