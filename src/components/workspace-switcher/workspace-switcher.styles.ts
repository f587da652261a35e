import { css } from 'lit';

export const styles = css`
  :host {
    --_avatar: var(--tk-workspace-switcher-avatar-size, 28px);
    display: inline-block;
    max-width: 100%;
  }
  .base { display: inline-flex; max-width: 100%; }
  [part~='trigger'] {
    display: inline-flex; align-items: center; gap: var(--_space-2); justify-content: flex-start; text-align: start;
    max-width: min(100%, var(--tk-workspace-switcher-max-width, 16rem)); min-width: 0; padding: var(--_space-1) var(--_space-2);
  }
  .avatar { width: var(--_avatar); height: var(--_avatar); font-size: calc(var(--_avatar) * 0.4); }
  .text { display: grid; min-width: 0; line-height: 1.25; }
  .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
  .role { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--_muted); font-size: 0.85em; font-weight: 400; }
  svg { flex: none; width: 16px; height: 16px; }
  .chevron { margin-inline-start: auto; color: var(--_muted); }
  [role='menu'] {
    position: fixed; inset: auto; margin: 0; padding: var(--_space-1); overflow: auto;
    width: min(var(--tk-workspace-switcher-menu-width, 18rem), calc(100vw - 16px));
    color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: var(--_shadow); font: inherit;
  }
  [role^='menuitem'] {
    display: flex; align-items: center; gap: var(--_space-2); padding: var(--_space-2); border-radius: var(--_radius-sm);
    cursor: pointer; min-height: 40px; outline: none;
  }
  [role^='menuitem']:hover { background: var(--_surface); }
  [role^='menuitem']:focus-visible, [role^='menuitem']:focus { background: var(--_accent-soft); box-shadow: var(--_focus); }
  [role^='menuitem'] .text { flex: 1; }
  [aria-checked='true'] .check { color: var(--_accent); }
  [role='separator'] { height: 1px; margin: var(--_space-1) 0; background: var(--_border); }
  [part~='create'] { color: var(--_accent); font-weight: 500; }
  /* In a header, the states stay a line high. */
  .state { padding: var(--_space-1) var(--_space-2); border: 0; grid-auto-flow: column; align-items: center; justify-content: start; text-align: start; }
  .state .spinner { width: 16px; height: 16px; }
`;
