import { css } from 'lit';

export const styles = css`
  :host {
    --tk-developer-ids-value-background: var(--_surface);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  .ids { display: grid; gap: var(--_space-4); margin: 0; }
  .id { display: grid; gap: var(--_space-1); }
  .id dt { font-weight: 600; }
  .id dd { margin: 0; }
  .hint { color: var(--_muted); font-size: 0.9em; }
  .value-row { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .value {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.95em; overflow-wrap: anywhere;
    padding: var(--_space-1) var(--_space-2); border-radius: var(--_radius-sm); border: 1px solid var(--_border);
    background: var(--tk-developer-ids-value-background); min-width: 0;
  }
`;
