import { css } from 'lit';

export const styles = css`
  :host {
    --_cell-padding: var(--tk-workspace-list-cell-padding, var(--_space-2) var(--_space-3));
    --_row-border: var(--tk-workspace-list-row-border, 1px solid var(--_border));
    --_avatar: var(--tk-workspace-list-avatar-size, 32px);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); container-type: inline-size; }
  [part~='header'] { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  table { width: 100%; border-collapse: collapse; border: 1px solid var(--_border); border-radius: var(--_radius); }
  th, td { padding: var(--_cell-padding); text-align: start; vertical-align: middle; }
  thead th { background: var(--_surface); font-weight: 600; color: var(--_muted); font-size: 0.9em; white-space: nowrap; }
  tbody tr + tr { border-top: var(--_row-border); }
  tbody th { font-weight: 500; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  .name-cell { display: flex; align-items: center; gap: var(--_space-2); min-width: 0; }
  .name { min-width: 0; overflow-wrap: anywhere; }
  .avatar { width: var(--_avatar); height: var(--_avatar); font-size: calc(var(--_avatar) * 0.38); }
  .row-actions { display: flex; gap: var(--_space-2); justify-content: flex-end; flex-wrap: wrap; }
  .row-actions button { min-height: 32px; padding: 0 var(--_space-3); white-space: nowrap; }
  button.danger-outline { color: var(--_danger); border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border)); }
  button.danger-outline:hover:not([aria-disabled='true']) { background: var(--_danger-soft); }
  time { white-space: nowrap; }

  /* Too narrow for four columns: each workspace becomes a card; the table's roles keep its semantics. */
  @container (max-width: 640px) {
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    table, tbody { display: block; }
    tbody tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space-1) var(--_space-4); padding: var(--_space-3) var(--_space-4); }
    tbody th, tbody td { display: block; padding: 0; }
    tbody th { flex: 1 1 100%; }
    tbody td[data-label]::before { content: attr(data-label) ': ' / ''; color: var(--_muted); }
    tbody td[data-label] { font-size: 0.95em; }
    tbody td.actions-cell { flex-basis: 100%; padding-top: var(--_space-1); }
    .row-actions { justify-content: flex-start; }
  }
`;
