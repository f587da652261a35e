import { css } from 'lit';

export const styles = css`
  :host { --_row-h: var(--tk-team-table-row-height, 52px); display: grid; gap: var(--_space-3); }
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .toolbar input { flex: 1 1 220px; width: auto; }
  .toolbar select { width: auto; }
  .total { margin-inline-start: auto; display: inline-flex; gap: var(--_space-2); align-items: center; color: var(--_muted); white-space: nowrap; }
  .total .spinner, .more .spinner { width: 14px; height: 14px; }
  .bulk { padding: var(--_space-2) var(--_space-3); border-radius: var(--_radius-sm); background: var(--_accent-soft); }
  .banner ul { margin: var(--_space-1) 0 0; padding-inline-start: var(--_space-6); }
  .scroller {
    overflow: auto; overscroll-behavior: contain;
    height: min(var(--tk-team-table-height, 560px), calc(var(--_rows) * var(--_row-h) + 2px));
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); scroll-padding-top: var(--_row-h);
  }
  [role='grid'] { display: block; }
  /* Full height from the start, so the virtualizer's first pass already sees the whole visible area. */
  [part~='body'] { min-height: calc((var(--_rows) - 1) * var(--_row-h)); }
  .tr {
    display: grid; grid-template-columns: var(--_cols); align-items: center; width: 100%; height: var(--_row-h);
    border-bottom: 1px solid var(--_border); background: var(--_bg);
  }
  /* A row's size never depends on its content: adding or changing one lays out that row alone. */
  [part~='body'] > .tr { contain: strict; }
  .head { position: sticky; top: 0; z-index: 1; background: var(--_surface); color: var(--_muted); font-weight: 600; }
  .tr[aria-selected='true'] { background: var(--tk-team-table-selected-bg, var(--_accent-soft)); }
  .tr[aria-busy='true'] { opacity: 0.6; }
  [role='gridcell'], [role='columnheader'] {
    display: flex; align-items: center; gap: var(--_space-2); min-width: 0; height: 100%; padding: 0 var(--_space-3);
  }
  [role='gridcell']:focus-visible, [role='columnheader']:focus-visible { box-shadow: none; outline: 2px solid var(--_accent); outline-offset: -2px; }
  .tr button, .tr select { min-height: 32px; }
  [role='gridcell'] button { padding: 0 var(--_space-3); }
  .tr select { padding-block: 0; }
  .sort { border: 0; background: none; padding: 0; min-height: 0; font-weight: inherit; color: inherit; gap: var(--_space-1); }
  .sort span { font-size: 0.75em; }
  .more [role='gridcell'] { grid-column: 1 / -1; justify-content: center; color: var(--_muted); }
  .stack { display: grid; min-width: 0; line-height: 1.25; }
  .muted { color: var(--_muted); }
`;
