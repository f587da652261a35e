import { css } from 'lit';

export const styles = css`
  :host {
    --_avatar-size: var(--tk-workspace-form-logo-size, 72px);
    --_gap: var(--tk-workspace-form-gap, var(--_space-4));
    display: grid;
    gap: var(--_space-4);
    max-width: var(--tk-workspace-form-max-width, 48rem);
  }
  form { display: grid; gap: var(--_space-6); }
  fieldset.grid {
    display: grid; gap: var(--_gap); align-items: start; margin: 0; padding: 0; border: 0; min-width: 0;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  fieldset[disabled] input, fieldset[disabled] select { background: var(--_surface); color: var(--_muted); }
  .field { align-content: start; }
  .industry-other { margin-top: var(--_space-2); }
  .industry-other label { font-weight: 500; }
`;
