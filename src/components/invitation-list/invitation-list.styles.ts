import { css } from 'lit';

export const styles = css`
  :host {
    --tk-invitation-list-cell-padding: var(--_space-2) var(--_space-3);
    --tk-invitation-list-header-background: var(--_surface);
    --tk-invitation-list-row-border: 1px solid var(--_border);
    --tk-invitation-list-email-max-width: 28ch;
  }
  [part~='base'] { display: grid; gap: var(--_space-4); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: var(--_space-3); }
  .toolbar h2 { margin: 0; font-size: 1.15em; }
  .filter { display: grid; gap: var(--_space-1); min-width: 12rem; }
  .filter label { font-weight: 600; }
  .count { margin: 0; color: var(--_muted); }
  .table-wrap { overflow-x: auto; border: 1px solid var(--_border); border-radius: var(--_radius); }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: var(--tk-invitation-list-cell-padding); text-align: start; vertical-align: middle; }
  thead th {
    background: var(--tk-invitation-list-header-background); font-weight: 600; color: var(--_muted);
    font-size: 0.9em; white-space: nowrap;
  }
  tbody tr + tr th, tbody tr + tr td { border-top: var(--tk-invitation-list-row-border); }
  tbody th { font-weight: 500; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  .email { max-width: var(--tk-invitation-list-email-max-width); overflow-wrap: anywhere; }
  .inviter { overflow-wrap: anywhere; max-width: 24ch; }
  .muted { color: var(--_muted); font-size: 0.9em; }
  .status { display: grid; gap: 2px; justify-items: start; }
  .row-actions { display: flex; gap: var(--_space-2); justify-content: flex-end; flex-wrap: wrap; }
  .row-actions button { min-height: 32px; padding: 0 var(--_space-3); }
  .more { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  .banner p { margin: 0; }
  .banner .text { display: grid; gap: 2px; min-width: 0; overflow-wrap: anywhere; }
  .manual-copy { display: grid; gap: var(--_space-2); flex: 1 1 20rem; }
  time { white-space: nowrap; }
`;
