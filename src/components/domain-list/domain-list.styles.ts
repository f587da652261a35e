import { css } from 'lit';

export const styles = css`
  :host {
    --tk-domain-list-gap: var(--_space-3);
    --tk-domain-list-item-padding: var(--_space-4);
    --tk-domain-list-item-border: 1px solid var(--_border);
    --tk-domain-list-record-background: var(--_surface);
  }
  [part~='base'] { display: grid; gap: var(--_space-4); container-type: inline-size; }
  header { display: grid; gap: var(--_space-1); }
  header h2 { margin: 0; font-size: 1.15em; }
  .add { display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--_space-2) var(--_space-3); }
  .add .field { flex: 1 1 16rem; min-width: 0; }
  /* Beside the field, the button lines up with the input, under the label; below it (narrow), it needs no offset. */
  @container (min-width: 30rem) {
    .add [part~='submit'] { margin-top: calc(1.5em + var(--_space-1)); }
  }
  .add [part~='form-error'] { flex-basis: 100%; }
  [part~='list'] { display: grid; gap: var(--tk-domain-list-gap); margin: 0; padding: 0; list-style: none; }
  [part~='item'] {
    display: grid; gap: var(--_space-3); min-width: 0; padding: var(--tk-domain-list-item-padding);
    border: var(--tk-domain-list-item-border); border-radius: var(--_radius);
  }
  .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--_space-1) var(--_space-3); }
  .head h3 { margin: 0; font-size: 1.05em; min-width: 0; overflow-wrap: anywhere; }
  .dates { color: var(--_muted); font-size: 0.9em; }
  .failure { margin: 0; color: var(--_danger); overflow-wrap: anywhere; }
  .record {
    display: grid; gap: var(--_space-2); justify-items: start; padding: var(--_space-3);
    border-radius: var(--_radius-sm); background: var(--tk-domain-list-record-background);
  }
  .record dl { display: grid; gap: var(--_space-2); margin: 0; width: 100%; }
  .record dl > div { display: grid; grid-template-columns: 4rem minmax(0, 1fr); gap: var(--_space-2); align-items: baseline; }
  .record dt { color: var(--_muted); font-size: 0.9em; }
  .record dd { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); min-width: 0; }
  .record code { flex: 0 1 auto; overflow-wrap: anywhere; min-width: 0; font-size: 0.9em; }
  .purposes {
    display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); gap: var(--_space-2) var(--_space-4);
    margin: 0; padding: 0; border: 0; min-width: 0;
  }
  .purposes > :not(.purpose) { grid-column: 1 / -1; }
  .purposes legend { padding: 0; margin-bottom: var(--_space-1); font-weight: 600; }
  .purpose { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: var(--_space-2); align-content: start; align-items: center; }
  .purpose .hint { grid-column: 2; }
  .purpose input:disabled { opacity: 0.55; cursor: not-allowed; }
  .purpose input:disabled + label { color: var(--_muted); }
  .role { max-width: 20rem; }
  .joins { margin: 0; }
  .purposes .actions { justify-content: flex-start; }
  [part~='item'] > .actions { justify-content: flex-end; }
`;
