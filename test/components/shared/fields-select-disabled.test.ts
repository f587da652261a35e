/** A select field's option may be shown but not choosable, e.g. a channel the reader cannot receive yet. */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import * as z from 'zod/mini';
import { selectField } from '../../../src/components/shared/fields/choice.js';
import { FormController } from '../../../src/components/shared/form-controller.js';
import { screen } from '../helpers.js';

class ChannelProbe extends LitElement {
  readonly form = new FormController(this, z.object({ channel: z.string() }), { channel: 'email' });

  override render() {
    return selectField(this.form, {
      name: 'channel',
      label: 'Send it',
      options: [{ value: 'email', label: 'By email' }, { value: 'sms', label: 'By SMS (unavailable)', disabled: true }],
    });
  }
}
customElements.define('tk-channel-probe', ChannelProbe);

describe('select field', () => {
  it('shows an unavailable option without letting the reader choose it', async () => {
    const el = await fixture<ChannelProbe>(html`<tk-channel-probe></tk-channel-probe>`);
    const options = [...screen(el).querySelectorAll('option')].map((option) => [option.textContent, option.disabled]);
    expect(options).to.deep.equal([['By email', false], ['By SMS (unavailable)', true]]);
    expect(screen(el).querySelector('select')?.value).to.equal('email');
    await expect(el).to.be.accessible();
  });
});
