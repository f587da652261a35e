import { css } from 'lit';

/** The one-time secret dialog's layout (`OneTimeSecretController`); elements that show one add it to their styles. */
export const secretStyles = css`
  .secret-dialog { display: grid; gap: var(--_space-4); --tk-dialog-width: 560px; }
  .secret-dialog:not([open]) { display: none; }
  .secret-dialog h2 { margin: 0; }
  .secret-text { display: grid; gap: var(--_space-2); }
  .secret-text p { margin: 0; overflow-wrap: anywhere; }
  textarea.secret {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.95em; resize: none;
    word-break: break-all; background: var(--_surface); color: var(--_text);
  }
`;
