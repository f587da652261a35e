import { css } from 'lit';

export const styles = css`
  :host {
    --tk-session-list-gap: var(--_space-2);
    --tk-session-list-item-padding: var(--_space-3) var(--_space-4);
    --tk-session-list-current-border: var(--_accent);
    --tk-session-list-cell-padding: var(--_space-2) var(--_space-3);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); container-type: inline-size; }
  [part~='header'] { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  h3 { margin: 0; font-size: 1.05em; }
  .hint { margin: var(--_space-1) 0 0; }
  [part~='list'] { display: grid; gap: var(--tk-session-list-gap); margin: 0; padding: 0; list-style: none; }
  [part~='session'] {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2) var(--_space-4);
    padding: var(--tk-session-list-item-padding); border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  [part~='session'].current { border-color: var(--tk-session-list-current-border); box-shadow: inset 3px 0 0 var(--tk-session-list-current-border); }
  [part~='session']:focus-visible { outline: none; box-shadow: var(--_focus); }
  .summary { display: grid; gap: 2px; flex: 1 1 16rem; min-width: 0; overflow-wrap: anywhere; }
  .summary p { margin: 0; }
  .name { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .meta, .muted { color: var(--_muted); font-size: 0.9em; }
  .sign-ins { display: grid; gap: var(--_space-3); }
  .table-wrap { border: 1px solid var(--_border); border-radius: var(--_radius); }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: var(--tk-session-list-cell-padding); text-align: start; vertical-align: middle; overflow-wrap: anywhere; }
  thead th { background: var(--_surface); font-weight: 600; color: var(--_muted); font-size: 0.9em; white-space: nowrap; }
  tbody tr + tr { border-top: 1px solid var(--_border); }
  tbody th { font-weight: 500; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  tbody th .muted, td .muted { display: block; }
  .badges { display: flex; flex-wrap: wrap; gap: var(--_space-1); }
  [part~='cell-actions'] { text-align: end; }
  [part~='report'] { min-height: 32px; padding: 0 var(--_space-3); white-space: nowrap; }
  [part~='next-step'] a.button { text-decoration: none; }
  a.button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-text); }
  time { white-space: nowrap; }

  /* Too narrow for five columns: each sign-in becomes a card; the roles on the table keep its semantics. */
  @container (max-width: 720px) {
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    table, tbody { display: block; }
    tbody tr { display: grid; gap: var(--_space-1); padding: var(--_space-3) var(--_space-4); }
    tbody th, tbody td { display: block; padding: 0; }
    tbody th .muted { display: inline; margin-inline-start: var(--_space-2); }
    tbody td[data-label]::before { content: attr(data-label) ': ' / ''; color: var(--_muted); }
    tbody td[data-label] .muted { display: inline; }
    tbody td[data-label] .muted::before { content: '· '; }
    tbody td[part~='cell-outcome']::before { display: none; }
    [part~='cell-actions'] { text-align: start; padding-top: var(--_space-1); }
    [part~='cell-actions']:has(.visually-hidden:only-child) { display: none; }
  }
`;
