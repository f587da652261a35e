import { css } from 'lit';

/**
 * Design tokens. Hosts theme teamkit by setting the public `--tk-*` properties anywhere above an element
 * (they inherit through shadow roots); elements read the private `--_*` aliases, which fall back to defaults
 * for light and dark colour schemes.
 */
export const tokens = css`
  :host {
    --_font: var(--tk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--tk-font-size, 0.875rem);
    --_radius: var(--tk-radius, 8px);
    --_radius-sm: var(--tk-radius-sm, 6px);
    --_space-1: var(--tk-space-1, 4px);
    --_space-2: var(--tk-space-2, 8px);
    --_space-3: var(--tk-space-3, 12px);
    --_space-4: var(--tk-space-4, 16px);
    --_space-6: var(--tk-space-6, 24px);
    --_space-8: var(--tk-space-8, 32px);
    --_bg: var(--tk-color-bg, #ffffff);
    --_surface: var(--tk-color-surface, #f8fafc);
    --_text: var(--tk-color-text, #0f172a);
    --_muted: var(--tk-color-text-muted, #475569);
    --_border: var(--tk-color-border, #cbd5e1);
    --_accent: var(--tk-color-accent, #4338ca);
    --_accent-text: var(--tk-color-accent-text, #ffffff);
    --_accent-soft: var(--tk-color-accent-soft, #eef2ff);
    --_danger: var(--tk-color-danger, #b91c1c);
    --_danger-soft: var(--tk-color-danger-soft, #fef2f2);
    --_success: var(--tk-color-success, #15803d);
    --_success-soft: var(--tk-color-success-soft, #f0fdf4);
    --_warning: var(--tk-color-warning, #a16207);
    --_warning-soft: var(--tk-color-warning-soft, #fefce8);
    --_focus: var(--tk-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    --_shadow: var(--tk-shadow, 0 10px 30px rgb(15 23 42 / 0.18));
    --_duration: var(--tk-duration, 150ms);
    color-scheme: light dark;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--tk-color-bg, #0f172a);
      --_surface: var(--tk-color-surface, #1e293b);
      --_text: var(--tk-color-text, #f1f5f9);
      --_muted: var(--tk-color-text-muted, #cbd5e1);
      --_border: var(--tk-color-border, #475569);
      --_accent: var(--tk-color-accent, #a5b4fc);
      --_accent-text: var(--tk-color-accent-text, #0f172a);
      --_accent-soft: var(--tk-color-accent-soft, #312e81);
      --_danger: var(--tk-color-danger, #fca5a5);
      --_danger-soft: var(--tk-color-danger-soft, #450a0a);
      --_success: var(--tk-color-success, #86efac);
      --_success-soft: var(--tk-color-success-soft, #052e16);
      --_warning: var(--tk-color-warning, #fde047);
      --_warning-soft: var(--tk-color-warning-soft, #422006);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host { --_duration: 0ms; }
  }
`;

// The shared sheets below, one per kind of control, so that an element includes the CSS it uses and no more:
// `static override styles = [tokens, base, buttons, inputs, feedback, …, styles]`. `controls` is all of them.
// Each is built in a call marked pure: a tagged template alone counts as a side effect, and a bundler would
// then keep every sheet, used or not.

/** What every element needs: its box, box sizing, the focus ring, hidden text, rows of controls, hints and errors. */
export const base = /* @__PURE__ */ (() => css`
  :host { display: block; }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  :focus-visible { outline: none; box-shadow: var(--_focus); }
  .hint { margin: 0; color: var(--_muted); font-size: 0.9em; }
  .error { margin: 0; color: var(--_danger); font-size: 0.9em; }
  .row { display: flex; gap: var(--_space-2); align-items: center; flex-wrap: wrap; }
  .actions { display: flex; gap: var(--_space-2); justify-content: flex-end; flex-wrap: wrap; }
  .truncate { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
  h2, h3 { line-height: 1.3; }
`)();

/** Buttons: the default, `primary`, `danger`, `link` and `icon`, and their unavailable state. */
export const buttons = /* @__PURE__ */ (() => css`
  button, .button {
    font: inherit; display: inline-flex; align-items: center; justify-content: center; gap: var(--_space-2);
    min-height: 36px; padding: 0 var(--_space-4); border-radius: var(--_radius-sm); cursor: pointer;
    border: 1px solid var(--_border); background: var(--_bg); color: var(--_text); font-weight: 500;
    transition: background var(--_duration), border-color var(--_duration);
  }
  button:hover:not([disabled]):not([aria-disabled='true']) { background: var(--_surface); }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-text); }
  button.primary:hover:not([disabled]):not([aria-disabled='true']) { background: color-mix(in srgb, var(--_accent) 88%, black); }
  button.danger { background: var(--_danger); border-color: var(--_danger); color: var(--_bg); }
  button.link { border: 0; background: none; padding: 0; min-height: auto; color: var(--_accent); text-decoration: underline; }
  button.icon { padding: 0; width: 32px; min-height: 32px; }
  button[disabled], button[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
`)();

/** Native inputs, selects, text areas, checkboxes and radios, as a search box or a filter uses them too. */
export const inputs = /* @__PURE__ */ (() => css`
  input, select, textarea {
    font: inherit; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border);
    border-radius: var(--_radius-sm); padding: var(--_space-2) var(--_space-3); min-height: 36px; width: 100%;
  }
  input[readonly] { background: var(--_surface); color: var(--_muted); }
  input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--_danger); }
  input[type='checkbox'], input[type='radio'] { width: 16px; height: 16px; min-height: 0; accent-color: var(--_accent); }
`)();

/** The field kit (`fields/`) on its shell, and a versioned form's footer. Use it with `inputs`. */
export const fields = /* @__PURE__ */ (() => css`
  .field { display: grid; gap: var(--_space-1); }
  .field label, .label { font-weight: 600; }
  .field.inline .check { display: flex; gap: var(--_space-2); align-items: flex-start; }
  .field.inline .check input { flex: none; margin-top: 2px; }
  .field.inline label { font-weight: 400; }
  .counter { margin: 0; color: var(--_muted); font-size: 0.9em; font-variant-numeric: tabular-nums; }
  .counter .over { color: var(--_danger); font-weight: 600; }
  .password { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  /* Show password moves below the input rather than squeeze it, in a narrow form or a long language. */
  .password input { flex: 1 1 12rem; min-width: 0; }
  input.code { max-width: 12ch; letter-spacing: 0.3em; font-variant-numeric: tabular-nums; }
  input[role='switch'] {
    appearance: none; position: relative; flex: none; width: 36px; height: 20px; padding: 0; border: 0; border-radius: 999px;
    background: var(--_muted); cursor: pointer; transition: background var(--_duration);
  }
  input[role='switch']::before {
    content: ''; position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%;
    background: var(--_bg); transition: transform var(--_duration);
  }
  input[role='switch']:checked { background: var(--_accent); }
  input[role='switch']:checked::before { transform: translateX(16px); }
  @media (forced-colors: active) {
    input[role='switch'] { border: 1px solid CanvasText; }
    input[role='switch']::before { background: CanvasText; }
  }
  fieldset.field { border: 0; margin: 0; padding: 0; min-width: 0; }
  fieldset.field legend { padding: 0; font-weight: 600; margin-bottom: var(--_space-1); }
  /* A money field: the currency's symbol joined to the input, on the side the locale writes it. */
  .money { display: flex; max-width: 18rem; }
  .money > * { border-radius: 0; }
  .money > :first-child { border-start-start-radius: var(--_radius-sm); border-end-start-radius: var(--_radius-sm); }
  .money > :last-child { border-start-end-radius: var(--_radius-sm); border-end-end-radius: var(--_radius-sm); }
  .money .currency {
    display: inline-flex; align-items: center; padding: 0 var(--_space-3); color: var(--_muted); background: var(--_surface);
    border: 1px solid var(--_border); white-space: nowrap;
  }
  .money .currency:first-child { border-inline-end: 0; }
  .money .currency:last-child { border-inline-start: 0; }
  .money input { flex: 1 1 auto; min-width: 0; font-variant-numeric: tabular-nums; }
  .phone-inputs { display: grid; grid-template-columns: minmax(0, 13rem) minmax(0, 1fr); gap: var(--_space-2); }
  .form-footer { display: grid; gap: var(--_space-3); border-top: 1px solid var(--_border); padding-top: var(--_space-4); }
  .form-footer .actions { align-items: center; }
  .dirty-status { margin: 0 auto 0 0; color: var(--_muted); }
  .dirty-status.dirty { color: var(--_warning); font-weight: 600; }
`)();

/** The feedback kit (`feedback/`): notices, the state panels, a list's load-more footer, the spinner. */
export const feedback = /* @__PURE__ */ (() => css`
  .banner {
    display: flex; gap: var(--_space-3); align-items: center; justify-content: space-between; flex-wrap: wrap;
    padding: var(--_space-3) var(--_space-4); border-radius: var(--_radius-sm); border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .banner.danger { background: var(--_danger-soft); border-color: color-mix(in srgb, var(--_danger) 40%, transparent); color: var(--_danger); }
  .banner.success { background: var(--_success-soft); border-color: color-mix(in srgb, var(--_success) 40%, transparent); color: var(--_success); }
  .banner.warning { background: var(--_warning-soft); border-color: color-mix(in srgb, var(--_warning) 40%, transparent); color: var(--_warning); }
  .banner.info { background: var(--_accent-soft); border-color: color-mix(in srgb, var(--_accent) 35%, transparent); }
  .banner .text { display: grid; gap: var(--_space-1); flex: 1 1 16rem; min-width: 0; overflow-wrap: anywhere; }
  .banner p { margin: 0; }
  .banner .actions { margin-left: auto; }
  .state {
    display: grid; justify-items: center; gap: var(--_space-2); padding: var(--_space-8) var(--_space-4);
    text-align: center; color: var(--_muted); border: 1px dashed var(--_border); border-radius: var(--_radius);
  }
  .state strong { color: var(--_text); font-size: 1.05em; }
  .more { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-3); }
  .more-status { margin: 0; color: var(--_muted); }
  .more > .banner { flex-basis: 100%; }
  .spinner {
    width: 20px; height: 20px; border-radius: 50%; border: 2px solid var(--_border); border-top-color: var(--_accent);
    animation: tk-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
  @keyframes tk-spin { to { transform: rotate(1turn); } }
`)();

/** Status badges and avatars (a person's or workspace's picture or initials). */
export const badges = /* @__PURE__ */ (() => css`
  .badge {
    display: inline-flex; align-items: center; padding: 0 var(--_space-2); border-radius: 999px; font-size: 0.8em;
    font-weight: 600; background: var(--_surface); color: var(--_muted); border: 1px solid var(--_border); white-space: nowrap;
  }
  .badge.success { background: var(--_success-soft); color: var(--_success); border-color: transparent; }
  .badge.warning { background: var(--_warning-soft); color: var(--_warning); border-color: transparent; }
  .badge.danger { background: var(--_danger-soft); color: var(--_danger); border-color: transparent; }
  .badge.accent { background: var(--_accent-soft); color: var(--_accent); border-color: transparent; }
  .avatar {
    flex: none; width: 32px; height: 32px; border-radius: 50%; display: inline-grid; place-items: center;
    background: var(--_accent-soft); color: var(--_accent); font-weight: 600; font-size: 0.8em; overflow: hidden;
    line-height: 1;
  }
  .avatar img { width: 100%; height: 100%; object-fit: cover; }
  /* Initials trimmed to their capitals: centred by their ink, not by the font's ascent and descent. */
  .avatar > span { text-box: trim-both cap alphabetic; }
`)();

/** A native `<dialog>`: the confirm step's and an element's own. */
export const dialogs = /* @__PURE__ */ (() => css`
  dialog {
    color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: var(--_shadow); padding: var(--_space-6); width: min(92vw, var(--tk-dialog-width, 480px));
  }
  dialog::backdrop { background: rgb(15 23 42 / 0.45); }
  dialog h2 { margin: 0 0 var(--_space-2); font-size: 1.15em; }
  /* The confirm dialog (ConfirmController): the typed confirmation and the buttons set apart from the message. */
  dialog[data-confirm] > .field { margin-top: var(--_space-4); }
  dialog[data-confirm] > .actions { margin-top: var(--_space-6); }
`)();

/** Every shared sheet above, in one: what `TeamkitElement` includes, and what an element had before the split. */
export const controls = /* @__PURE__ */ (() => css`${base}${buttons}${inputs}${fields}${feedback}${badges}${dialogs}`)();
