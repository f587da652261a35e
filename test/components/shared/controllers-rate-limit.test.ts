/** `RateLimitController`: the wait a 429 asked for, counted down in words, and gone once anything else happens. */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { RateLimitController } from '../../../src/components/shared/controllers/rate-limit-controller.js';
import { RateLimitError, ValidationError } from '../../../src/sdk/index.js';

class WaitProbe extends LitElement {
  readonly wait = new RateLimitController(this);

  override render() {
    return html`<p>${this.wait.seconds}</p>`;
  }
}
customElements.define('tk-wait-probe', WaitProbe);

const tooMany = (retryAfter: number | null) => new RateLimitError({ type: 'about:blank', title: 'Too many requests', status: 429, code: 'rate_limited', detail: 'Slow down.' }, retryAfter);

describe('RateLimitController', () => {
  it('counts down the Retry-After of a 429 and says when the reader may try again', async () => {
    const el = await fixture<WaitProbe>(html`<tk-wait-probe></tk-wait-probe>`);
    const error = tooMany(90);
    el.wait.note(error);
    expect(el.wait.seconds).to.be.within(89, 90);
    expect(el.wait.detail(error)).to.match(/^Too many attempts\. You can try again in 1:(30|29)\.$/);

    el.wait.note(undefined);
    expect([el.wait.seconds, el.wait.detail(error)]).to.deep.equal([0, 'You can try again now.']);
    expect(el.wait.detail(ValidationError.fromFields([])), 'no words for other failures').to.equal(undefined);
  });

  it('assumes half a minute when the server named no wait', async () => {
    const el = await fixture<WaitProbe>(html`<tk-wait-probe></tk-wait-probe>`);
    el.wait.note(tooMany(null));
    expect(el.wait.seconds).to.be.within(29, 30);
  });
});
