import { css } from 'lit';

export const styles = css`
  :host {
    --tk-invitation-list-cell-padding: var(--_space-2) var(--_space-3);
    --tk-invitation-list-header-background: var(--_surface);
    --tk-invitation-list-row-border: 1px solid var(--_border);
    --tk-invitation-list-email-max-width: 28ch;
  }
  [part~='base'] { display: grid; gap: var(--_space-4); container-type: inline-size; }
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
  /* On the row, so that it also separates the cards below; a collapsed table draws a row's border. */
  tbody tr + tr { border-top: var(--tk-invitation-list-row-border); }
  tbody th { font-weight: 500; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  .email { min-width: 16ch; max-width: var(--tk-invitation-list-email-max-width); overflow-wrap: anywhere; }
  .inviter { min-width: 10ch; max-width: 24ch; overflow-wrap: anywhere; }
  .muted { color: var(--_muted); font-size: 0.9em; }
  .status { display: grid; gap: 2px; justify-items: start; }
  .row-actions { display: flex; gap: var(--_space-2); justify-content: flex-end; }
  .row-actions button { min-height: 32px; padding: 0 var(--_space-3); white-space: nowrap; }

  /* Too narrow for the columns (about 960px with actions): each invitation becomes a card; the roles on the table keep its semantics. */
  @container (max-width: 960px) {
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    table, tbody { display: block; }
    tbody tr {
      display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space-1) var(--_space-4);
      padding: var(--_space-3) var(--_space-4);
    }
    tbody th, tbody td { display: block; padding: 0; }
    tbody th.email { flex: 1 1 100%; order: -2; font-weight: 600; }
    .email, .inviter { max-width: none; min-width: 0; }
    tbody td.status-cell { flex: none; order: -1; }
    tbody td[data-label]::before { content: attr(data-label) ': ' / ''; color: var(--_muted); }
    tbody td[data-label] { font-size: 0.95em; }
    tbody td.actions { flex-basis: 100%; padding-top: var(--_space-1); }
    tbody td.not-applicable { display: none; }
    .row-actions { justify-content: flex-start; flex-wrap: wrap; }
    .status { display: flex; gap: var(--_space-2); align-items: baseline; }
  }
  time { white-space: nowrap; }
`;
