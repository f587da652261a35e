/** `PollController`: looks again with a growing wait until the thing settles; nothing runs while the host is away. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { PollController } from '../../../src/components/shared/controllers/poll-controller.js';

class PollProbe extends LitElement {
  readonly poll = new PollController(this, { first: 20, factor: 2, max: 80 });

  override render() {
    return html`<p>${this.poll.polling ? 'Watching' : 'Settled'}</p>`;
  }
}
customElements.define('tk-poll-probe', PollProbe);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake job on the server: each look records when it came, and whether it was aborted. */
function job(readyAfterLooks: number) {
  const looks: { at: number; aborted: () => boolean }[] = [];
  const check = (signal: AbortSignal) => {
    looks.push({ at: performance.now(), aborted: () => signal.aborted });
    return Promise.resolve(looks.length >= readyAfterLooks ? 'ready' : 'pending');
  };
  return { looks, check };
}

describe('PollController', () => {
  it('looks again with a growing wait until the answer says it has settled, then stops', async () => {
    const el = await fixture<PollProbe>(html`<tk-poll-probe></tk-poll-probe>`);
    const { looks, check } = job(4);
    const seen: string[] = [];
    const started = performance.now();
    el.poll.start({ check, onValue: (value) => { seen.push(value); return value === 'pending'; }, onError: () => false });
    expect(el.poll.polling).to.equal(true);
    await waitUntil(() => !el.poll.polling, 'never settled', { timeout: 2000 });
    expect(seen).to.deep.equal(['pending', 'pending', 'pending', 'ready']);
    const gaps = looks.map((look, index) => look.at - (looks[index - 1]?.at ?? started));
    // 20, 40, 80, then capped at 80 ms (timers may fire late, never early; a millisecond of rounding aside).
    expect(gaps.map((gap) => gap >= 19)).to.deep.equal([true, true, true, true]);
    expect(gaps[1]).to.be.at.least(39);
    expect(gaps[2]).to.be.at.least(79);
    expect(gaps[3]).to.be.at.least(79).and.below(160);
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.include('Settled');
    await pause(200);
    expect(looks.length, 'no look after it settled').to.equal(4);
  });

  it('keeps looking after a failure it may recover from, and stops after one it may not', async () => {
    const el = await fixture<PollProbe>(html`<tk-poll-probe></tk-poll-probe>`);
    const failures: string[] = [];
    let looks = 0;
    el.poll.start({
      check: () => {
        looks += 1;
        return Promise.reject(new Error(looks < 3 ? 'offline' : 'gone'));
      },
      onValue: () => true,
      onError: (error) => {
        failures.push((error as Error).message);
        return (error as Error).message === 'offline';
      },
    });
    await waitUntil(() => !el.poll.polling, 'never stopped', { timeout: 2000 });
    expect(failures).to.deep.equal(['offline', 'offline', 'gone']);
  });

  it('aborts the look on its way when the host leaves the page, and looks again at once when it is back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><tk-poll-probe></tk-poll-probe></div>`);
    const el = wrapper.querySelector('tk-poll-probe') as PollProbe;
    const signals: AbortSignal[] = [];
    let answer: (value: string) => void = () => {};
    el.poll.start({
      check: (signal) => {
        signals.push(signal);
        return new Promise<string>((resolve) => { answer = resolve; });
      },
      onValue: (value) => value === 'pending',
      onError: () => true,
    });
    await waitUntil(() => signals.length === 1, 'never looked');
    el.remove();
    expect(signals[0]?.aborted, 'the look on its way was not aborted').to.equal(true);
    answer('ready');
    await pause(150);
    expect(signals.length, 'it looked while away').to.equal(1);
    expect(el.poll.polling, 'an aborted look settled nothing').to.equal(true);

    wrapper.append(el);
    await waitUntil(() => signals.length === 2, 'it did not look again once back');
    answer('ready');
    await waitUntil(() => !el.poll.polling, 'never settled once back');
  });

  it('watches one thing at a time: starting again lets the previous go, and stop ends it', async () => {
    const el = await fixture<PollProbe>(html`<tk-poll-probe></tk-poll-probe>`);
    const first = job(100);
    el.poll.start({ check: first.check, onValue: () => true, onError: () => false });
    await waitUntil(() => first.looks.length === 1, 'never looked');
    const second = job(100);
    el.poll.start({ check: second.check, onValue: () => true, onError: () => false });
    await waitUntil(() => second.looks.length >= 2, 'the new watch never ran');
    expect(first.looks.length, 'the previous watch went on').to.equal(1);
    el.poll.stop();
    const looks = second.looks.length;
    await pause(200);
    expect(second.looks.length, 'it looked after stop()').to.equal(looks);
    expect(el.poll.polling).to.equal(false);
  });
});
