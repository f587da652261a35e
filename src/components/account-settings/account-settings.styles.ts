import { css } from 'lit';

export const styles = css`
  :host {
    --tk-account-settings-gap: var(--_space-4);
    --_sections-gap: var(--tk-account-settings-gap);
  }
  .stack { display: grid; gap: calc(var(--tk-account-settings-gap) * 2); }
`;
