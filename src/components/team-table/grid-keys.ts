/** A cell of the grid: `row` -1 is the header row, `col` an index into the visible columns. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a navigation key moves focus in an ARIA grid (arrows, Home/End, Ctrl+Home/End, PageUp/PageDown),
 * or undefined when the key is not one of them. `rows` counts the body rows; `page` is how many fit the view.
 */
export function gridMove(event: KeyboardEvent, at: GridPosition, size: { rows: number; cols: number; page: number }): GridPosition | undefined {
  let { row, col } = at;
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowRight': col += 1; break;
    case 'ArrowLeft': col -= 1; break;
    case 'ArrowDown': row += 1; break;
    case 'ArrowUp': row -= 1; break;
    case 'PageDown': row += size.page; break;
    case 'PageUp': row -= size.page; break;
    case 'Home': col = 0; if (ctrl) row = -1; break;
    case 'End': col = size.cols - 1; if (ctrl) row = size.rows - 1; break;
    default: return undefined;
  }
  return { row: Math.min(Math.max(row, -1), size.rows - 1), col: Math.min(Math.max(col, 0), size.cols - 1) };
}
