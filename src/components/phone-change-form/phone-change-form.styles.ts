import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--tk-phone-change-form-max-width, 32rem);
    --_gap: var(--tk-phone-change-form-gap, var(--_space-4));
    max-width: var(--_max-width);
  }
  .body, form { display: grid; gap: var(--_gap); }
  form > .actions { justify-content: flex-start; }
`;
