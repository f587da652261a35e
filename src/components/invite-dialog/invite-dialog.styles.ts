import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
    --_chip-bg: var(--tk-invite-dialog-chip-background, var(--_accent-soft));
    --_chip-radius: var(--tk-invite-dialog-chip-radius, 999px);
    --_chips-max-height: var(--tk-invite-dialog-chips-max-height, 12rem);
  }
  /* The page styles its own button; an unavailable one still has to look it. */
  slot[name='trigger']::slotted([aria-disabled='true']) { opacity: 0.55; cursor: not-allowed; }
  ::slotted([slot='trigger-reason']) { display: block; margin-top: var(--_space-1); color: var(--_muted); font-size: 0.9em; }
  dialog { width: min(92vw, var(--tk-invite-dialog-width, 560px)); max-height: min(92vh, 900px); overflow: auto; }
  dialog[open] { animation: tk-invite-in var(--_duration) ease-out; }
  @keyframes tk-invite-in { from { transform: translateY(8px); } }
  header { display: flex; align-items: center; justify-content: space-between; gap: var(--_space-3); margin-bottom: var(--_space-2); }
  header h2 { margin: 0; }
  form, section { display: grid; gap: var(--_space-4); }
  .lede { margin: 0; color: var(--_muted); }
  .icon { flex: none; vertical-align: -3px; }

  .chips-box {
    display: flex; flex-wrap: wrap; gap: var(--_space-1); align-items: center; padding: var(--_space-1);
    border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_bg);
    max-height: var(--_chips-max-height); overflow-y: auto; cursor: text;
  }
  .chips-box:focus-within { box-shadow: var(--_focus); }
  .chips-box[data-invalid] { border-color: var(--_danger); }
  .chips-box input { flex: 1 1 12ch; width: auto; min-width: 12ch; border: 0; min-height: 30px; padding: 0 var(--_space-2); background: transparent; }
  .chips-box input:focus-visible { box-shadow: none; }
  .chips { display: contents; }
  .chip {
    display: inline-flex; align-items: center; gap: var(--_space-1); max-width: 100%; min-height: 28px;
    padding: 0 0 0 var(--_space-2); border-radius: var(--_chip-radius); background: var(--_chip-bg); color: var(--_text);
    border: 1px solid transparent;
  }
  /* Icon, "invalid" and a dashed border mark it; an underline would be clipped by the ellipsis box. */
  .chip[data-invalid] { background: var(--_danger-soft); color: var(--_danger); border-style: dashed; border-color: var(--_danger); }
  .chip-email { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
  .chip-flag { font-size: 0.8em; font-weight: 600; text-transform: uppercase; letter-spacing: 0.02em; }
  .chip-remove { width: 28px; min-height: 28px; padding: 0; border: 0; border-radius: 50%; background: transparent; color: inherit; }
  .chip-remove:hover:not([disabled]) { background: color-mix(in srgb, currentColor 12%, transparent); }

  .counter { display: flex; gap: var(--_space-3); flex-wrap: wrap; }
  .invalid-count, .hint .warning { display: inline-flex; gap: var(--_space-1); align-items: center; color: var(--_danger); font-weight: 600; }
  .hint .warning { display: flex; color: var(--_warning); }
  .notice:empty, .seat-status:empty { display: none; }

  fieldset.field { gap: var(--_space-2); }
  .check { display: grid; grid-template-columns: auto 1fr; column-gap: var(--_space-2); align-items: center; }
  .check .hint { grid-column: 2; }

  section h3 { margin: 0; font-size: 1.05em; }
  /* Focus lands on the results' heading so that it is read; it is not a control, so no ring. */
  section h3:focus-visible { box-shadow: none; }
  .summary { list-style: none; margin: 0; padding: 0; display: flex; gap: var(--_space-4); flex-wrap: wrap; color: var(--_muted); }
  .summary li { display: inline-flex; gap: var(--_space-1); align-items: center; }
  .summary li.failed { color: var(--_danger); font-weight: 600; }
  .results {
    list-style: none; margin: 0; padding: 0; display: grid; border: 1px solid var(--_border); border-radius: var(--_radius-sm);
    max-height: 20rem; overflow-y: auto;
  }
  .results > li {
    display: flex; gap: var(--_space-2); align-items: center; justify-content: space-between; flex-wrap: wrap;
    padding: var(--_space-2) var(--_space-3); border-top: 1px solid var(--_border);
  }
  .results > li:first-child { border-top: 0; }
  .result-workspaces { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-1); flex: 1 1 100%; }
  .result-workspaces li { display: flex; justify-content: space-between; gap: var(--_space-2); color: var(--_muted); }
  .badge { gap: var(--_space-1); }
  .badge .icon { width: 14px; height: 14px; }
`;
