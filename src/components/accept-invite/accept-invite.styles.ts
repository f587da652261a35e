import { css } from 'lit';

export const styles = css`
  :host {
    --tk-accept-invite-max-width: 480px;
    --tk-accept-invite-padding: var(--_space-6);
    --tk-accept-invite-background: var(--_bg);
    --tk-accept-invite-logo-size: 56px;
    max-width: var(--tk-accept-invite-max-width);
  }
  .card {
    display: grid; gap: var(--_space-6); padding: var(--tk-accept-invite-padding); background: var(--tk-accept-invite-background);
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .header { display: flex; gap: var(--_space-4); align-items: center; min-width: 0; }
  /* The workspace's logo: the shared avatar, square-cornered as workspace logos are. */
  .logo {
    width: var(--tk-accept-invite-logo-size); height: var(--tk-accept-invite-logo-size); border-radius: var(--_radius);
    font-weight: 700; font-size: 1.2em;
  }
  .workspace { margin: 0; font-size: 1.1em; overflow-wrap: anywhere; min-width: 0; }
  h2 { margin: 0; font-size: 1.35em; overflow-wrap: anywhere; }
  h2:focus-visible { outline: none; box-shadow: var(--_focus); }
  .details { display: grid; grid-template-columns: max-content 1fr; gap: var(--_space-2) var(--_space-4); margin: 0; }
  .details dt { color: var(--_muted); }
  .details dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
  /* A narrow card stacks each term over its value, so an email is not broken into a column of a few letters. */
  .card { container-type: inline-size; }
  @container (max-width: 22rem) {
    .details { grid-template-columns: minmax(0, 1fr); gap: 0; }
    .details dd + dt { margin-top: var(--_space-2); }
  }
  .muted { color: var(--_muted); }
  form { display: grid; gap: var(--_space-4); }
  .names { display: grid; gap: var(--_space-4); grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); }
  .note { margin: 0; color: var(--_muted); overflow-wrap: anywhere; }
  .sign-in { display: grid; gap: var(--_space-3); justify-items: start; }
  .sign-in p { margin: 0; overflow-wrap: anywhere; }
  a.button {
    display: inline-flex; align-items: center; min-height: 36px; padding: 0 var(--_space-4); border-radius: var(--_radius-sm);
    background: var(--_accent); color: var(--_accent-text); text-decoration: none; font-weight: 600;
  }
  .outcome { display: grid; gap: var(--_space-3); justify-items: start; }
  .outcome p { margin: 0; overflow-wrap: anywhere; }
  .outcome.success h2 { color: var(--_success); }
  button[type='submit'] { width: 100%; }
`;
