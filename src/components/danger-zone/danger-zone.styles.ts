import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --tk-danger-zone-border: 1px solid var(--_border);
    --tk-danger-zone-accent: var(--_danger);
    --tk-danger-zone-gap: var(--_space-4);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); }
  [part~='header'] { display: grid; gap: var(--_space-1); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  [part~='summary'] { margin: 0; color: var(--_muted); overflow-wrap: anywhere; }
  .sections { display: grid; gap: var(--tk-danger-zone-gap); }
  [part~='section'] {
    display: grid; gap: var(--_space-3); min-width: 0; padding: var(--_space-4);
    border: var(--tk-danger-zone-border); border-inline-start: 4px solid var(--tk-danger-zone-accent);
    border-radius: var(--_radius-sm);
  }
  [part~='section-title'] { margin: 0; font-size: 1em; }
  [part~='consequences'] { margin: 0; overflow-wrap: anywhere; }
  [part~='section'] > .actions { justify-content: flex-start; }
  [part~='section'] .banner .actions { margin-left: 0; }
  [part~='action'] { max-width: 100%; overflow-wrap: anywhere; text-align: start; }
  [part~='hint'] { margin: 0; color: var(--_muted); }
  .heir { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-3); min-width: 0; }
  .heir .who { display: grid; flex: 1 1 12rem; min-width: 0; overflow-wrap: anywhere; }
  .heir .name { font-weight: 600; }
  .heir .email { color: var(--_muted); font-size: 0.9em; }
`;
