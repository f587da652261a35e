import { css } from 'lit';

export const styles = css`
  :host {
    --_avatar-size: var(--tk-profile-form-avatar-size, 72px);
    --_max-width: var(--tk-profile-form-max-width, 48rem);
    --_gap: var(--tk-profile-form-gap, var(--_space-4));
    max-width: var(--_max-width);
  }
  form { display: grid; gap: var(--_space-6); }
  .grid { display: grid; gap: var(--_gap); align-items: start; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); }
  .field { align-content: start; }
  .with-badge { display: flex; gap: var(--_space-2); align-items: center; flex-wrap: wrap; }
  .proposed { font-weight: 600; }
  .with-badge input { flex: 1; min-width: 12rem; }
`;
