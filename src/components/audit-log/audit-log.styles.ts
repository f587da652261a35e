import { css } from 'lit';

/**
 * The grid lays each entry out on one line of four cells, or, in a box narrower than about 40rem, on two: the
 * action and when, then who and the target. Rows have one fixed height either way (they are virtualized).
 */
export const styles = css`
  :host { display: block; }
  [part~='base'] { display: grid; gap: var(--_space-3); container-type: inline-size; min-width: 0; }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  .muted { color: var(--_muted); }
  .strong { font-weight: 600; }

  .filters { display: grid; gap: var(--_space-3); grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr)); align-items: start; }
  .filter { display: grid; gap: var(--_space-1); min-width: 0; }
  .filter > label, .filter > .label { font-weight: 600; }
  /* Date inputs draw taller than text inputs and selects: one height for the row. */
  .filters input, .filters select { height: 38px; padding-block: 0; }
  .filter.actor { grid-column: span 2; }
  @container (max-width: 24rem) { .filter.actor { grid-column: auto; } }
  .chip {
    display: flex; align-items: center; gap: var(--_space-2); min-height: 36px; min-width: 0; padding-inline-start: var(--_space-3);
    border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_accent-soft);
  }
  .chip > span { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .chip button { border: 0; background: none; min-height: 34px; flex: none; }
  .facets-failed { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; margin: 0; color: var(--_muted); }

  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .total { margin: 0 auto 0 0; color: var(--_muted); }
  .export-progress { display: inline-flex; gap: var(--_space-2); align-items: center; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .spinner { width: 14px; height: 14px; }

  .scroller {
    --_row-h: var(--tk-audit-log-row-height, 44px); --_head-h: 40px;
    position: relative; overflow: auto; overscroll-behavior: contain;
    height: min(var(--tk-audit-log-height, 560px), calc(var(--_rows, 0) * var(--_row-h) + var(--_head-h) + 2px));
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg);
    /* A row scrolled into view (by the keyboard, or by focus) stops below the sticky header, never under it. */
    scroll-padding-top: var(--_head-h);
  }
  /* What the virtualizer reads as the row height: it follows the custom properties and the container query. */
  .sizer { position: absolute; top: 0; width: 0; height: var(--_row-h); visibility: hidden; }
  [role='grid'] { display: block; }
  [part~='body'] { min-height: calc(var(--_rows, 0) * var(--_row-h)); }
  .tr {
    display: grid; grid-template-columns: minmax(9rem, 0.8fr) minmax(8rem, 1fr) minmax(10rem, 1.4fr) minmax(8rem, 1.1fr);
    align-items: center; width: 100%; height: var(--_row-h); border-bottom: 1px solid var(--_border);
  }
  [part~='body'] > .tr { contain: strict; }
  .head { position: sticky; top: 0; z-index: 1; height: var(--_head-h); background: var(--_surface); color: var(--_muted); font-weight: 600; }
  [role='gridcell'], [role='columnheader'] {
    display: flex; align-items: center; gap: var(--_space-2); min-width: 0; height: 100%; padding: 0 var(--_space-3);
    overflow: hidden; white-space: nowrap;
  }
  [role='gridcell'] > bdi, [role='gridcell'] time { overflow: hidden; text-overflow: ellipsis; }
  [role='gridcell']:focus-visible, [role='columnheader']:focus-visible { box-shadow: none; outline: 2px solid var(--_accent); outline-offset: -2px; }
  .stack { display: flex; gap: var(--_space-2); min-width: 0; }
  .stack > * { overflow: hidden; text-overflow: ellipsis; }
  [part~='details'][part~='action'] {
    min-height: 30px; max-width: 100%; padding: 0 var(--_space-2); overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
    display: block; text-align: start;
  }
  .more [role='gridcell'] { grid-column: 1 / -1; justify-content: center; color: var(--_muted); white-space: normal; }

  /* Two lines: the action and when, then who and the target. */
  @container (max-width: 40rem) {
    .scroller { --_row-h: var(--tk-audit-log-card-height, 64px); --_head-h: 0px; }
    .head { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); border: 0; }
    .tr:not(.head) { grid-template-columns: fit-content(65%) minmax(0, 1fr); grid-template-rows: auto auto; align-content: center; row-gap: 2px; }
    .tr:not(.head) [role='gridcell'] { height: auto; }
    [data-col='action'] { grid-area: 1 / 1; }
    [data-col='time'] { grid-area: 1 / 2; justify-content: flex-end; color: var(--_muted); font-size: 0.9em; }
    [data-col='actor'] { grid-area: 2 / 1; }
    [data-col='target'] { grid-area: 2 / 2; justify-content: flex-end; color: var(--_muted); }
    [part~='details'][part~='action'] { min-height: 26px; }
    .more [role='gridcell'] { grid-area: 1 / 1 / -1 / -1; }
  }

  dialog {
    width: min(44rem, calc(100vw - 2 * var(--_space-4))); max-height: calc(100dvh - 2 * var(--_space-6)); padding: 0;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); color: var(--_text); box-shadow: var(--_shadow);
  }
  dialog::backdrop { background: rgb(15 23 42 / 0.45); }
  dialog [part~='header'] {
    position: sticky; top: 0; display: flex; gap: var(--_space-3); align-items: center; justify-content: space-between;
    padding: var(--_space-3) var(--_space-4); background: var(--_surface); border-bottom: 1px solid var(--_border);
  }
  dialog h2 { margin: 0; font-size: 1.1em; }
  dialog h3 { margin: var(--_space-4) var(--_space-4) var(--_space-2); font-size: 1em; }
  [part~='entry-details'] { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--_space-1) var(--_space-4); margin: var(--_space-4); }
  [part~='entry-details'] dt { color: var(--_muted); }
  [part~='entry-details'] dd { margin: 0; overflow-wrap: anywhere; }
  dialog .table-wrap { overflow-x: auto; margin: 0 var(--_space-4) var(--_space-4); }
  /* Fixed columns: a long value wraps inside its own column instead of squeezing the others. */
  dialog table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  dialog thead th:first-child { width: 32%; }
  dialog th, dialog td { padding: var(--_space-2); text-align: start; vertical-align: top; border-bottom: 1px solid var(--_border); }
  dialog tbody th { font-weight: 500; overflow-wrap: anywhere; }
  dialog tbody th .badge { margin-inline-start: var(--_space-2); }
  dialog thead th { color: var(--_muted); font-size: 0.9em; }
  .value { text-decoration: none; white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9em; }
  del.value { color: var(--_danger); }
  ins.value { color: var(--_success); }
  [part~='diff-empty'] { margin: 0 var(--_space-4) var(--_space-4); }
  @media (max-width: 30rem) { [part~='entry-details'] { grid-template-columns: minmax(0, 1fr); } }
`;
