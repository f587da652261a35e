import { css } from 'lit';

export const styles = css`
  :host {
    --tk-notification-preferences-gap: var(--_space-6);
    --tk-notification-preferences-cell-padding: var(--_space-2) var(--_space-3);
    --tk-notification-preferences-header-background: var(--_surface);
  }
  [part~='base'] { display: grid; gap: var(--tk-notification-preferences-gap); container-type: inline-size; }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  .section { display: grid; gap: var(--_space-3); min-width: 0; }
  h3 { margin: 0; font-size: 1.05em; }
  .section > div > .hint { margin-top: var(--_space-1); }
  .muted { color: var(--_muted); font-size: 0.9em; }

  .table-wrap { border: 1px solid var(--_border); border-radius: var(--_radius); }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: var(--tk-notification-preferences-cell-padding); text-align: start; vertical-align: middle; }
  thead th {
    background: var(--tk-notification-preferences-header-background); font-weight: 600; color: var(--_muted); font-size: 0.9em;
    white-space: nowrap;
  }
  thead th:not(:first-child), tbody td { text-align: center; width: 7rem; }
  tbody tr + tr { border-top: 1px solid var(--_border); }
  tbody th { font-weight: 400; overflow-wrap: anywhere; }
  .topic { display: block; font-weight: 600; }
  .cell-switch { display: inline-flex; align-items: center; gap: var(--_space-2); cursor: pointer; }
  .cell-switch:has(input[aria-disabled='true']) { cursor: not-allowed; }
  input[role='switch'][aria-disabled='true'] { opacity: 0.45; cursor: not-allowed; }
  .channel-name { display: none; }
  .not-offered { color: var(--_muted); }
  [part~='notice'] a.button { text-decoration: none; }

  .alert-fields { display: grid; gap: var(--_space-4); max-width: 32rem; }
  form { display: grid; gap: var(--_space-4); }

  .rule { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0; padding: var(--_space-3) var(--_space-4); min-width: 0; }
  .rule > legend { padding: 0 var(--_space-1); font-weight: 600; }
  .rule-body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: var(--_space-4); }
  .choices { border: 0; margin: 0; padding: 0; min-width: 0; display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); align-content: start; }
  .choices > legend { padding: 0; margin-bottom: var(--_space-1); color: var(--_muted); font-size: 0.9em; font-weight: 600; }
  .check { display: flex; gap: var(--_space-2); align-items: center; overflow-wrap: anywhere; min-width: 0; }
  .check input { flex: none; }
  .more-choices { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); flex-basis: 100%; align-items: center; }
  .group-label { color: var(--_muted); font-size: 0.9em; }
  .rules-summary { display: grid; gap: var(--_space-2); margin: 0; }
  .rules-summary > div { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space-3) var(--_space-4); overflow-wrap: anywhere; }
  .rules-summary dt { font-weight: 600; }
  .rules-summary dd { margin: 0; display: grid; color: var(--_muted); }

  /* Too narrow for a row of switches: each topic becomes a card, its switches named beside them. */
  @container (max-width: 560px) {
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    table, tbody { display: block; }
    tbody tr { display: grid; gap: var(--_space-2); padding: var(--_space-3) var(--_space-4); }
    tbody th, tbody td { display: block; padding: 0; width: auto; text-align: start; }
    .not-offered { display: none; }
    .channel-name { display: inline; }
    .rule-body { grid-template-columns: minmax(0, 1fr); }
  }
`;
