import { css } from 'lit';

/**
 * The element's own styles. Which columns show at which width, and the cards below ~600 px, come from the
 * stylesheet `layout.ts` builds for the chosen columns: container queries on the host, so the table follows
 * the box a page gives it rather than the window.
 */
export const styles = css`
  :host { display: grid; gap: var(--_space-3); container-type: inline-size; }
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .toolbar input { flex: 1 1 220px; width: auto; }
  .toolbar select { width: auto; max-width: 100%; }
  /* Narrow, the filters wrap: each row of them fills the width instead of leaving a ragged edge. */
  @container (width < 600px) { .toolbar select { flex: 1 1 8rem; } }
  .total { margin-inline-start: auto; display: inline-flex; gap: var(--_space-2); align-items: center; color: var(--_muted); white-space: nowrap; }
  .total .spinner, .more .spinner { width: 14px; height: 14px; }
  .bulk { padding: var(--_space-2) var(--_space-3); border-radius: var(--_radius-sm); background: var(--_accent-soft); }
  .banner ul { margin: var(--_space-1) 0 0; padding-inline-start: var(--_space-6); }
  .scroller {
    --_row-h: var(--tk-team-table-row-height, 52px); --_head-h: var(--_row-h);
    position: relative; overflow: auto; overscroll-behavior: contain;
    height: min(var(--tk-team-table-height, 560px), calc(var(--_rows) * var(--_row-h) + var(--_head-h) + 2px));
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg);
    /* A row scrolled into view (by the keyboard, or by focus) stops below the sticky header, never under it. */
    scroll-padding-top: var(--_head-h);
  }
  /* What the virtualizer reads as the row height: it follows the custom properties and the container queries. */
  .sizer { position: absolute; top: 0; width: 0; height: var(--_row-h); visibility: hidden; }
  [role='grid'] { display: block; }
  /* Full height from the start, so the virtualizer's first pass already sees the whole visible area. */
  [part~='body'] { min-height: calc(var(--_rows) * var(--_row-h)); }
  /* Rows have no background of their own (the scroller's shows): one less rectangle to paint per row. */
  .tr { display: grid; align-items: center; width: 100%; height: var(--_row-h); border-bottom: 1px solid var(--_border); }
  /* A row's size never depends on its content: adding or changing one lays out that row alone. */
  [part~='body'] > .tr { contain: strict; }
  .head { position: sticky; top: 0; z-index: 1; height: var(--_head-h); background: var(--_surface); color: var(--_muted); font-weight: 600; }
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
  .more [role='gridcell'] { grid-column: 1 / -1; grid-row: 1 / -1; justify-content: center; color: var(--_muted); }
  .stack { display: grid; min-width: 0; line-height: 1.25; }
  /* The name cell: the avatar, the name and "You"; the email under the name where its column folds in. */
  [role='gridcell'][data-col='name'] { display: grid; grid-template-columns: auto minmax(0, max-content) auto 1fr; align-content: center; gap: 0 var(--_space-2); line-height: 1.25; }
  [data-col='name'] .avatar { grid-row: span 2; }
  .email-line { display: none; grid-column: 2 / -1; color: var(--_muted); font-size: 0.9em; }
  /* A light row's cells hold their text alone (see renderLightRow). */
  .tr.light > [role='gridcell'] { display: block; height: auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .muted { color: var(--_muted); }
  /* Initials need no clipping; only a picture is cut round (a rounded clip in every row costs painting). */
  .tr .avatar { overflow: visible; }
  .tr .avatar img { border-radius: 50%; }
`;
