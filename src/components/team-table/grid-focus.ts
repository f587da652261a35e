// Moved to the shared grid kit, which audit-log uses too; kept so that team-table's imports keep working.
export { GridFocus, type GridModel } from '../shared/grid/grid-focus.js';
