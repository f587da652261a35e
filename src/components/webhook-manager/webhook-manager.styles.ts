import { css } from 'lit';

export const styles = css`
  :host {
    --tk-webhook-manager-gap: var(--_space-3);
    --tk-webhook-manager-code-max-height: 20rem;
    --tk-webhook-manager-code-background: var(--_surface);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  .header h2 { margin: 0; font-size: 1.15em; }
  .intro { margin: 0; color: var(--_muted); }
  .muted { color: var(--_muted); font-size: 0.9em; }
  code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
  .url { margin: 0; font-weight: 600; overflow-wrap: anywhere; min-width: 0; }

  .endpoints { display: grid; gap: var(--tk-webhook-manager-gap); margin: 0; padding: 0; list-style: none; }
  .endpoint {
    display: grid; gap: var(--_space-2); padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .endpoint p { margin: 0; }
  .endpoint-head, .detail-head { display: flex; gap: var(--_space-2); align-items: baseline; justify-content: space-between; }
  .event-names { overflow-wrap: anywhere; }
  .endpoint-actions { display: flex; flex-wrap: wrap; gap: var(--_space-3); align-items: center; justify-content: space-between; }
  .switch { display: inline-flex; gap: var(--_space-2); align-items: center; }

  .detail { display: grid; gap: var(--_space-4); }
  .back { justify-self: start; }
  .detail-head h3 { font-size: 1.05em; }
  .detail-head h3:focus-visible { outline: none; box-shadow: var(--_focus); border-radius: var(--_radius-sm); }
  .facts { display: grid; gap: var(--_space-2); margin: 0; }
  .facts > div { display: grid; grid-template-columns: minmax(7rem, max-content) minmax(0, 1fr); gap: var(--_space-3); }
  .facts dt { color: var(--_muted); }
  .facts dd { margin: 0; overflow-wrap: anywhere; }
  .event-list { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-3); margin: 0; padding: 0; list-style: none; }
  .detail-actions { display: flex; flex-wrap: wrap; gap: var(--_space-4); align-items: end; justify-content: space-between; }
  .test { display: grid; gap: var(--_space-1); }
  .test label { font-weight: 600; }
  .test .row { flex-wrap: nowrap; }
  .test select { width: auto; min-width: 0; max-width: 16rem; }
  .manage button.danger-outline { color: var(--_danger); border-color: color-mix(in srgb, var(--_danger) 50%, transparent); }

  .log { display: grid; gap: var(--_space-3); }
  .log-head { display: flex; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  .log-head h4 { margin: 0; font-size: 1em; }
  .table-wrap { border: 1px solid var(--_border); border-radius: var(--_radius); overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: var(--_space-2) var(--_space-3); text-align: start; vertical-align: middle; }
  thead th { background: var(--_surface); font-weight: 600; color: var(--_muted); font-size: 0.9em; white-space: nowrap; }
  tbody tr + tr { border-top: 1px solid var(--_border); }
  tbody th { font-weight: 500; white-space: nowrap; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  .row-actions { display: flex; gap: var(--_space-2); justify-content: flex-end; }
  .row-actions button { min-height: 32px; padding: 0 var(--_space-3); white-space: nowrap; }

  /* A narrow log: each delivery becomes a card; the roles on the table keep its semantics. */
  @container (max-width: 640px) {
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    table, tbody { display: block; }
    tbody tr { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); padding: var(--_space-3) var(--_space-4); }
    tbody th, tbody td { display: block; padding: 0; }
    tbody th { flex-basis: 100%; font-weight: 600; }
    tbody td[data-label]::before { content: attr(data-label) ': ' / ''; color: var(--_muted); }
    tbody td.actions { flex-basis: 100%; }
    .row-actions { justify-content: flex-start; }
    .test .row { flex-wrap: wrap; }
  }

  .help { border-top: 1px solid var(--_border); padding-top: var(--_space-3); }
  .help summary { cursor: pointer; font-weight: 600; width: fit-content; }
  .help summary:focus-visible { outline: none; box-shadow: var(--_focus); border-radius: var(--_radius-sm); }
  .help-body { display: grid; gap: var(--_space-3); margin-top: var(--_space-3); }
  .help-body p { margin: 0; }
  .code-head { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; justify-content: space-between; }
  pre {
    margin: 0; padding: var(--_space-3); max-height: var(--tk-webhook-manager-code-max-height); overflow: auto;
    background: var(--tk-webhook-manager-code-background); border: 1px solid var(--_border); border-radius: var(--_radius-sm);
    white-space: pre; tab-size: 2;
  }
  pre:focus-visible { outline: none; box-shadow: var(--_focus); }

  .endpoint-dialog, .delivery-dialog { --tk-dialog-width: 640px; }
  .endpoint-dialog form { display: grid; gap: var(--_space-4); }
  fieldset.event-types { display: grid; gap: var(--_space-2); }
  .event-group { display: grid; gap: var(--_space-2); }
  .event-group-name { margin: var(--_space-2) 0 0; font-weight: 600; color: var(--_muted); font-size: 0.9em; }
  .event-type { display: flex; gap: var(--_space-2); align-items: flex-start; }
  .event-type input { flex: none; margin-top: 3px; }
  .event-type-text { display: grid; min-width: 0; }
  .chosen { color: var(--_text); }
  .delivery-dialog h3 { margin: var(--_space-4) 0 var(--_space-2); font-size: 1em; }
  .delivery-dialog pre + pre { margin-top: var(--_space-2); }
  .attempts { margin: 0; padding-inline-start: var(--_space-6); }
  .request-line { margin: 0 0 var(--_space-2); overflow-wrap: anywhere; }
  .delivery-dialog .actions { margin-top: var(--_space-4); }
  time { white-space: nowrap; }
`;
