import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --tk-workspace-settings-gap: var(--_space-2);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  [part~='list'] { display: grid; gap: var(--tk-workspace-settings-gap); margin: 0; padding: 0; list-style: none; }
  [part~='item'] { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2); }
  [part~='item'] button { min-width: 0; max-width: 100%; overflow-wrap: anywhere; text-align: start; }
  .count { color: var(--_muted); }
`;
