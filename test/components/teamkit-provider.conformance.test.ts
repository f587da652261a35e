import { html } from 'lit';
import { describeConformance } from './conformance.js';
import { mount } from './helpers.js';

const NO_SCREEN = 'The provider draws nothing of its own (its shadow root is a slot): there is no screen to check.';

describeConformance({
  tag: 'teamkit-provider',
  mount: (backend, options) => mount(backend, html`<team-table></team-table>`, options).then((el) => el.closest('teamkit-provider') ?? el),
  content: { notApplicable: NO_SCREEN },
  states: {
    loading: { notApplicable: NO_SCREEN },
    empty: { notApplicable: NO_SCREEN },
    error: { notApplicable: 'It shows nothing it loads: it hands its client, workspace and locale to the elements inside, which load; the account it reads for its language (without a locale attribute) falls back to the page’s language when it fails.' },
    denied: { notApplicable: NO_SCREEN },
    hostile: { notApplicable: NO_SCREEN },
  },
  mutation: { notApplicable: 'It changes nothing on the server.' },
  spanish: { notApplicable: NO_SCREEN },
  keyboard: { notApplicable: NO_SCREEN },
  narrow: { notApplicable: NO_SCREEN },
});
