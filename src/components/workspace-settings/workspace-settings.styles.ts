import { css } from 'lit';

export const styles = css`
  :host {
    --tk-workspace-settings-gap: var(--_space-6);
    --tk-workspace-settings-nav-width: 13rem;
    --_sections-gap: var(--tk-workspace-settings-gap);
    --_sections-nav-width: var(--tk-workspace-settings-nav-width);
  }
  .stack { display: grid; gap: var(--tk-workspace-settings-gap); }
`;
