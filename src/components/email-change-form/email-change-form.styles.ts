import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--tk-email-change-form-max-width, 32rem);
    --_gap: var(--tk-email-change-form-gap, var(--_space-4));
    max-width: var(--_max-width);
  }
  .body, form { display: grid; gap: var(--_gap); }
  form > .actions { justify-content: flex-start; }
`;
