import { css } from 'lit';

export const styles = css`
  :host {
    --tk-billing-summary-gap: var(--_space-4);
    --tk-billing-summary-bar-color: var(--_accent);
    --tk-billing-summary-track-color: var(--_surface);
  }
  [part~='base'] { display: grid; gap: var(--tk-billing-summary-gap); container-type: inline-size; }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  h3 { margin: 0; font-size: 1em; }
  p { margin: 0; }
  .muted { color: var(--_muted); }
  .overview { display: grid; gap: var(--tk-billing-summary-gap); grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
  .card {
    display: grid; gap: var(--_space-2); align-content: start; min-width: 0;
    padding: var(--_space-4); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg);
  }
  .card-head { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-3); align-items: baseline; justify-content: space-between; }
  .figure { font-size: 1.5em; font-weight: 600; line-height: 1.2; overflow-wrap: anywhere; }
  .plan-actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .plan-actions[hidden] { display: none; }
  meter { width: 100%; height: 12px; }

  .chart { display: block; overflow: visible; font: inherit; }
  .chart text { fill: var(--_text); font-size: 0.9em; }
  .chart .chart-value { fill: var(--_muted); }
  .chart-track { fill: var(--tk-billing-summary-track-color); stroke: var(--_border); stroke-width: 1px; }
  .chart-bar { fill: var(--tk-billing-summary-bar-color); }

  .table-wrap { overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: var(--_space-2) var(--_space-3); text-align: start; vertical-align: middle; }
  thead th { color: var(--_muted); font-weight: 600; font-size: 0.9em; white-space: nowrap; border-bottom: 1px solid var(--_border); }
  tbody tr + tr, tfoot tr { border-top: 1px solid var(--_border); }
  tbody th { font-weight: 500; overflow-wrap: break-word; }
  /* An invoice number is the provider's: however long, it wraps rather than widening the table. */
  [part~='invoice-table'] tbody th { overflow-wrap: anywhere; min-width: 10ch; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  tfoot th, tfoot td { font-weight: 600; }
  .number { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  time { white-space: nowrap; }
  a { color: var(--_accent); }

  /* Too narrow for the invoice table's five columns: each invoice becomes a card, its values labelled: the number and
     its status, then the date and the amount, then the PDF. */
  @container (max-width: 34rem) {
    [part~='invoice-table'] thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    [part~='invoice-table'], [part~='invoice-table'] tbody { display: block; }
    [part~='invoice-table'] tbody tr {
      display: grid; grid-template-columns: minmax(0, 1fr) auto; align-items: baseline; gap: var(--_space-1) var(--_space-4);
      padding: var(--_space-3) 0;
    }
    [part~='invoice-table'] tbody th, [part~='invoice-table'] tbody td { display: block; padding: 0; text-align: start; }
    [part~='invoice-table'] tbody th { font-weight: 600; }
    [part~='invoice-table'] td[part~='cell-status'] { grid-area: 1 / 2; justify-self: end; }
    [part~='invoice-table'] td[part~='cell-amount'] { justify-self: end; }
    [part~='invoice-table'] td[part~='cell-pdf'] { grid-column: 1 / -1; }
    [part~='invoice-table'] td[data-label]::before { content: attr(data-label) ': ' / ''; color: var(--_muted); }
  }
`;
