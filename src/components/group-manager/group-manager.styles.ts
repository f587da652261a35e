import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --tk-group-manager-gap: var(--_space-2);
    --tk-group-manager-dialog-width: 560px;
  }
  [part~='base'] { display: grid; gap: var(--_space-4); }
  [part~='header'] h2 { margin: 0; font-size: 1.15em; }
  .create { display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--_space-2) var(--_space-3); }
  .create .field { flex: 1 1 16rem; min-width: 0; }
  /* The button sits level with the input, under the label. */
  .create > button { margin-top: 1.6em; }
  .create > .banner { flex-basis: 100%; }
  .groups { display: grid; gap: var(--tk-group-manager-gap); margin: 0; padding: 0; list-style: none; }
  .group {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-3) var(--_space-4); border: 1px solid var(--_border); border-radius: var(--_radius); min-width: 0;
  }
  .group-text { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space-1) var(--_space-3); min-width: 0; flex: 1 1 12rem; }
  .group-name { margin: 0; font-size: 1em; overflow-wrap: anywhere; min-width: 0; }
  .count { color: var(--_muted); }
  .row-actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  button.danger-text { color: var(--_danger); }
  .reason { flex-basis: 100%; margin: 0; color: var(--_muted); font-size: 0.9em; overflow-wrap: anywhere; }
  dialog.members-dialog { width: min(92vw, var(--tk-group-manager-dialog-width)); }
  dialog header { display: flex; align-items: flex-start; justify-content: space-between; gap: var(--_space-3); margin-bottom: var(--_space-4); }
  dialog header h2 { margin: 0; overflow-wrap: anywhere; min-width: 0; }
  dialog form { display: grid; gap: var(--_space-4); }
  .members-dialog[open] { display: grid; gap: var(--_space-4); }
  .members-heading { margin: 0; font-size: 0.95em; }
  .members { display: grid; gap: var(--_space-1); margin: 0; padding: 0; list-style: none; }
  .member { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2) var(--_space-3); padding: var(--_space-2) 0;
    border-bottom: 1px solid var(--_border); min-width: 0; }
  .member:last-child { border-bottom: 0; }
  .member .who { display: grid; flex: 1 1 10rem; min-width: 0; overflow-wrap: anywhere; }
  .member .name { font-weight: 600; }
  .member .email { color: var(--_muted); font-size: 0.9em; }
  .member .badge { justify-self: start; margin-top: var(--_space-1); }
  .member.removing .name { text-decoration: line-through; }
  .member .reason { flex-basis: auto; flex: 1 1 100%; order: 3; }
  .pending { display: grid; gap: var(--_space-2); padding: var(--_space-3); border-radius: var(--_radius-sm); background: var(--_accent-soft); }
  .members-actions { align-items: center; border-top: 1px solid var(--_border); padding-top: var(--_space-4); }
`;
