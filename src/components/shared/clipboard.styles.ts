import { css } from 'lit';

/**
 * The copy button's row and its feedback (`CopyController`); elements with copy buttons add it to their styles.
 * Apart from the controller, so that an element that loads the controller later still styles it from the start.
 */
export const copyStyles = css`
  .copy { display: inline-flex; flex-wrap: wrap; align-items: center; column-gap: var(--_space-2); }
  /* Always there, so that screen readers already watch it when the feedback arrives; empty, it takes no room. */
  .copy-status { font-size: 0.9em; }
  .copy-status:empty { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .copy-status.copied { color: var(--_success); font-weight: 600; }
  .copy-status.manual { color: var(--_warning); }
`;
