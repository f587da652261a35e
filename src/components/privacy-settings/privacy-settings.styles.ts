import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--tk-privacy-settings-max-width, 40rem);
    --_gap: var(--tk-privacy-settings-gap, var(--_space-6));
    --_danger-border: var(--tk-privacy-settings-danger-border, var(--_danger));
    max-width: var(--_max-width);
  }
  [part~='base'] { display: grid; gap: var(--_gap); }
  section { display: grid; gap: var(--_space-3); min-width: 0; }
  section h2 { margin: 0; font-size: 1.15em; }
  section > p { margin: 0; }
  [part~='description'] { color: var(--_muted); }
  [part~='deletion'] {
    padding: var(--_space-4); border: 1px solid color-mix(in srgb, var(--_danger-border) 45%, transparent);
    border-radius: var(--_radius);
  }
  section > .actions { justify-content: flex-start; align-items: center; }
  .reason, .wait { color: var(--_muted); }
  .export-status {
    display: flex; gap: var(--_space-3); align-items: flex-start; padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .export-status.ready { background: var(--_success-soft); border-color: color-mix(in srgb, var(--_success) 40%, transparent); }
  .export-status p { margin: var(--_space-1) 0 0; }
  .export-status .spinner { flex: none; margin-top: 2px; }
  .export-status:focus-visible { box-shadow: var(--_focus); }
  [part~='download'] { font-weight: 600; color: var(--_accent); }
  [part~='losses'] { margin: 0; padding-inline-start: var(--_space-6); display: grid; gap: var(--_space-1); overflow-wrap: anywhere; }
  [part~='blockers'] { display: grid; gap: var(--_space-2); }
  [part~='blockers'] ul { margin: 0; padding: 0; list-style: none; display: grid; gap: var(--_space-2); }
  [part~='blocker'] {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-1) var(--_space-3);
    padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_border); border-radius: var(--_radius-sm);
  }
  [part~='blocker'] .workspace { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-2); min-width: 0; overflow-wrap: anywhere; }
  [part~='blocker'] .muted { color: var(--_muted); }
  [part~='blocker'] a { color: var(--_accent); }
  [part~='deleted']:focus { outline: none; }
  dialog form { display: grid; gap: var(--_space-4); margin-top: var(--_space-4); }
  dialog [part~='losses'] { margin-top: var(--_space-2); }
  dialog p { margin: 0; }
  dialog label { overflow-wrap: anywhere; }
`;
