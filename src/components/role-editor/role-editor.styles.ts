import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --tk-role-editor-gap: var(--_space-3);
    --tk-role-editor-panel-background: var(--_surface);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); }
  [part~='header'] { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  .roles { display: grid; gap: var(--tk-role-editor-gap); margin: 0; padding: 0; list-style: none; }
  .role { border: 1px solid var(--_border); border-radius: var(--_radius); min-width: 0; }
  .role.open { border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border)); }
  .role-heading { margin: 0; font-size: 1em; }
  .new-heading { padding: var(--_space-3) var(--_space-4) 0; }
  .toggle {
    width: 100%; justify-content: flex-start; flex-wrap: wrap; gap: var(--_space-2); border: 0; border-radius: var(--_radius);
    padding: var(--_space-3) var(--_space-4); min-height: 44px; text-align: start; background: transparent;
  }
  .chevron { width: 0.5em; height: 0.5em; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(-45deg);
    transition: transform var(--_duration); flex: none; margin-inline-end: var(--_space-1); }
  .toggle[aria-expanded='true'] .chevron { transform: rotate(45deg); }
  :host(:dir(rtl)) .toggle[aria-expanded='false'] .chevron { transform: rotate(135deg); }
  .role-name { font-weight: 600; min-width: 0; overflow-wrap: anywhere; }
  .count { color: var(--_muted); font-weight: 400; margin-inline-start: auto; }
  .role-description { margin: calc(-1 * var(--_space-2)) var(--_space-4) var(--_space-3); color: var(--_muted); overflow-wrap: anywhere; }
  .panel { display: grid; gap: var(--_space-4); padding: var(--_space-4); border-top: 1px solid var(--_border);
    background: var(--tk-role-editor-panel-background); border-radius: 0 0 var(--_radius) var(--_radius); min-width: 0; }
  .panel[hidden] { display: none; }
  form { display: grid; gap: var(--_space-4); min-width: 0; }
  .permission-list { display: grid; gap: var(--_space-4); }
  .permission-group h4 { margin: 0 0 var(--_space-2); font-size: 0.95em; }
  .permission-group ul { display: grid; gap: var(--_space-2); margin: 0; padding: 0; list-style: none; }
  .permission { display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: var(--_space-2); align-items: start; }
  .permission .mark { width: 1.25em; text-align: center; font-weight: 700; }
  .permission.included .mark { color: var(--_success); }
  .permission.excluded { color: var(--_muted); }
  .permission-text { display: grid; min-width: 0; }
  .matrix { display: grid; gap: var(--_space-3); }
  .matrix-group { border: 1px solid var(--_border); border-radius: var(--_radius-sm); padding: var(--_space-3); margin: 0;
    display: grid; gap: var(--_space-3); align-content: start; min-width: 0; background: var(--_bg); }
  .matrix-group legend { font-weight: 600; padding: 0 var(--_space-1); }
  .permission-choice { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: var(--_space-2); align-items: start; }
  .permission-choice input { margin-top: 3px; }
  .permission-choice label { font-weight: 500; }
  .permission-choice .hint { grid-column: 2; }
  .permission-choice input[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  .permission-choice input[aria-disabled='true'] + label { color: var(--_muted); }
  .delete-zone { display: flex; flex-wrap: wrap; gap: var(--_space-3); align-items: center; justify-content: space-between;
    border-top: 1px solid var(--_border); padding-top: var(--_space-4); }
  .delete-zone .hint { flex: 1 1 14rem; }
  dialog .field { margin-block: var(--_space-4); }
  dialog p { overflow-wrap: anywhere; }
  @container (min-width: 640px) {
    .matrix { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .matrix > .hint, .matrix > .error { grid-column: 1 / -1; }
    .permission-list { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
`;
