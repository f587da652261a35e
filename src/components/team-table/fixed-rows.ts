// Moved to the shared grid kit, which audit-log uses too; kept so that team-table's imports keep working.
export { FixedRows } from '../shared/grid/fixed-rows.js';
