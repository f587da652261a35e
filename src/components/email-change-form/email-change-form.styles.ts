import { css } from 'lit';

export const styles = css`
  :host {
    --_max-width: var(--tk-email-change-form-max-width, 32rem);
    --_gap: var(--tk-email-change-form-gap, var(--_space-4));
    max-width: var(--_max-width);
  }
  .body, form { display: grid; gap: var(--_gap); }
  .current { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); overflow-wrap: anywhere; }
  .current bdi { font-weight: 600; min-width: 0; }
  form > .actions { justify-content: flex-start; }
`;
