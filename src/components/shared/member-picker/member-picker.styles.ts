import { css } from 'lit';

/** The member picker's look; an element that renders a `MemberPicker` adds these to its styles. */
export const memberPickerStyles = css`
  .picker { display: grid; gap: var(--_space-1); min-width: 0; }
  .picker > label { font-weight: 600; }
  .picker-box { position: relative; }
  .picker-box .spinner { position: absolute; inset-inline-end: var(--_space-3); top: calc(50% - 10px); }
  .picker [role='listbox'] {
    margin: 0; padding: var(--_space-1); list-style: none; max-height: 16rem; overflow-y: auto;
    border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_bg);
  }
  .picker [role='listbox'][hidden] { display: none; }
  .picker [role='option'] {
    display: flex; gap: var(--_space-2); align-items: center; padding: var(--_space-2); border-radius: var(--_radius-sm);
    cursor: pointer; min-width: 0;
  }
  .picker [role='option']:hover, .picker [role='option'].active { background: var(--_accent-soft); }
  .picker [role='option'].active { outline: 2px solid var(--_accent); outline-offset: -2px; }
  .picker [role='option'][aria-disabled='true'] { cursor: not-allowed; }
  .picker [role='option'][aria-disabled='true'] .who { opacity: 0.75; }
  .picker .who { display: grid; min-width: 0; overflow-wrap: anywhere; }
  .picker .name { font-weight: 600; }
  .picker .email, .picker .reason { color: var(--_muted); font-size: 0.9em; }
  .picker .reason { font-style: italic; }
  .picker-status { margin: 0; color: var(--_muted); font-size: 0.9em; }
  .picker-status:empty { display: none; }
  @media (forced-colors: active) {
    .picker [role='option'].active { outline-color: Highlight; }
  }
`;
