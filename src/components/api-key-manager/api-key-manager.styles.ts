import { css } from 'lit';

export const styles = css`
  :host {
    --tk-api-key-manager-cell-padding: var(--_space-2) var(--_space-3);
    --tk-api-key-manager-header-background: var(--_surface);
    --tk-api-key-manager-row-border: 1px solid var(--_border);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  .header h2 { margin: 0; font-size: 1.15em; }
  .intro { margin: 0; color: var(--_muted); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: var(--_space-3); }
  .filter { display: grid; gap: var(--_space-1); min-width: 12rem; }
  .filter label { font-weight: 600; }
  .count { margin: 0; color: var(--_muted); }
  .table-wrap { border: 1px solid var(--_border); border-radius: var(--_radius); overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: var(--tk-api-key-manager-cell-padding); text-align: start; vertical-align: top; }
  thead th {
    background: var(--tk-api-key-manager-header-background); font-weight: 600; color: var(--_muted);
    font-size: 0.9em; white-space: nowrap;
  }
  tbody tr + tr { border-top: var(--tk-api-key-manager-row-border); }
  tbody th { font-weight: 600; }
  tbody th:focus-visible { outline: none; box-shadow: inset var(--_focus); }
  td > span.muted, th > code, td > time + .muted { display: block; }
  .expires .badge + time { display: block; }
  .name { min-width: 12ch; max-width: 28ch; overflow-wrap: anywhere; }
  .prefix, .scope-key {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; font-weight: 400;
    color: var(--_muted); overflow-wrap: anywhere;
  }
  td.scopes { max-width: 28ch; }
  .muted { color: var(--_muted); font-size: 0.9em; overflow-wrap: anywhere; }
  .expires .badge { margin-bottom: 2px; }
  .actions button { min-height: 32px; padding: 0 var(--_space-3); white-space: nowrap; }
  tr.revoked, tr.expired { color: var(--_muted); }
  time { white-space: nowrap; }

  /* Too narrow for six columns (under about 760px): each key becomes a card; the roles on the table keep its semantics. */
  @container (max-width: 760px) {
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    table, tbody { display: block; }
    tbody tr { display: grid; gap: var(--_space-1); padding: var(--_space-3) var(--_space-4); }
    tbody th, tbody td, tbody .name, tbody td.scopes { display: block; padding: 0; max-width: none; }
    tbody td[data-label]::before { content: attr(data-label) ': ' / ''; color: var(--_muted); }
    tbody td[data-label] > span.muted, tbody td[data-label] > time + .muted { display: inline; margin-inline-start: var(--_space-1); }
    .expires .badge + time { display: inline; }
    tbody td.actions { padding-top: var(--_space-1); }
  }

  .create-dialog { --tk-dialog-width: 560px; }
  .create-dialog form { display: grid; gap: var(--_space-4); }
  fieldset.scopes { display: grid; gap: var(--_space-2); }
  .scope-group { display: grid; gap: var(--_space-2); }
  .scope-group-name { margin: var(--_space-2) 0 0; font-weight: 600; color: var(--_muted); font-size: 0.9em; }
  .scope { display: flex; gap: var(--_space-2); align-items: flex-start; }
  .scope input { flex: none; margin-top: 3px; }
  .scope-text { display: grid; min-width: 0; }
  .scope-text label { font-weight: 500; }
  .scope.unavailable .scope-text { color: var(--_muted); }
  .scope .why { color: var(--_warning); }
  .field.day { margin-top: var(--_space-2); }
  .field.day input { max-width: 14rem; }
`;
