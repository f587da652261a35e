/** `CountdownController`: a count on screen that stays true each second while it runs, and stops at zero. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { createClock } from '../../../src/backend/index.js';
import { CountdownController, formatCountdown } from '../../../src/components/shared/clock.js';
import { screen } from '../helpers.js';

const clock = createClock();

class CountdownProbe extends LitElement {
  deadline = '';
  renders = 0;
  readonly countdown = new CountdownController(this, () => clock);

  override render() {
    this.renders += 1;
    const left = this.countdown.secondsLeft(this.deadline);
    return html`<p>${left ? `Resend in ${formatCountdown(left)}` : 'Resend now'}</p>`;
  }
}
customElements.define('tk-countdown-probe', CountdownProbe);

const text = (el: CountdownProbe) => screen(el).querySelector('p')?.textContent;

describe('CountdownController', () => {
  it('counts whole seconds down on screen as time passes, then stops re-rendering', async () => {
    const el = await fixture<CountdownProbe>(html`<tk-countdown-probe></tk-countdown-probe>`);
    el.deadline = new Date(clock.now().getTime() + 61_500).toISOString();
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('Resend in 1:02');

    clock.advance(60_000);
    await waitUntil(() => text(el) === 'Resend in 0:02', `still ${text(el)}`, { timeout: 2500 });
    clock.advance(2_000);
    await waitUntil(() => text(el) === 'Resend now', `still ${text(el)}`, { timeout: 2500 });

    const renders = el.renders;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(el.renders, 'no ticking once nothing counts down').to.equal(renders);
  });

  it('reads minutes and seconds the way a clock does', () => {
    expect([0, 1, 27, 60, 845.2].map(formatCountdown)).to.deep.equal(['0:00', '0:01', '0:27', '1:00', '14:06']);
  });
});
