/**
 * The feedback vocabulary's messages: the notice (four tones, dismiss that keeps focus), the form-level error
 * and the state panels. Driven through a tiny element that renders them between two buttons.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { NetworkError, PermissionError, RateLimitError } from '../../../src/sdk/index.js';
import { renderFormError } from '../../../src/components/shared/feedback/form-error.js';
import { renderNotice, type Notice } from '../../../src/components/shared/feedback/notice.js';
import { renderDenied, renderEmpty, renderError } from '../../../src/components/shared/feedback/states.js';
import { controls, tokens } from '../../../src/components/shared/styles.js';
import { buttonByText, hostileStrings, pwned, screen } from '../helpers.js';

const problem = (status: number, code: string) => ({ type: 'about:blank', title: 'Problem', status, code, detail: 'Server words.' });

class FeedbackProbe extends LitElement {
  static override styles = [tokens, controls];
  @property({ attribute: false }) accessor notice: Notice | undefined = undefined;
  @property({ attribute: false }) accessor error: unknown = undefined;
  @property({ type: Boolean }) accessor dismissible = false;
  @property({ type: Boolean }) accessor last = false;
  retries = 0;

  override render() {
    return html`<button type="button">Before</button>
      ${renderNotice(this.notice, this.dismissible ? { onDismiss: () => { this.notice = undefined; } } : {})}
      ${renderFormError(this.error, { retry: () => { this.retries += 1; } })}
      ${this.last ? nothing : html`<button type="button">After</button>`}`;
  }
}
customElements.define('tk-feedback-probe', FeedbackProbe);

class StatesProbe extends LitElement {
  static override styles = [tokens, controls];
  override render() {
    return html`${renderEmpty('No invitations yet', 'Invite people to see them here.')}
      ${renderDenied("You can't see this workspace's invitations", 'Your role (Viewer) doesn’t allow this. Ask a workspace owner or admin.')}
      ${renderError(new PermissionError(problem(403, 'forbidden')), () => undefined)}
      ${renderError(new NetworkError(), () => undefined)}`;
  }
}
customElements.define('tk-states-probe', StatesProbe);

const part = (el: HTMLElement, name: string) => screen(el).querySelector<HTMLElement>(`[part~="${name}"]`);
/** Text as it reads on screen (blocks apart), whitespace collapsed. */
const squash = (node: Element | null | undefined) => (node instanceof HTMLElement ? node.innerText : '').replace(/\s+/g, ' ').trim();

describe('feedback: notices', () => {
  it('shows each tone with its part; only a failure interrupts as an alert', async () => {
    const el = await fixture<FeedbackProbe>(html`<tk-feedback-probe></tk-feedback-probe>`);
    for (const tone of ['success', 'info', 'warning', 'danger'] as const) {
      el.notice = { tone, title: `${tone} title`, detail: 'More words.' };
      await el.updateComplete;
      const notice = part(el, 'notice');
      expect(notice?.getAttribute('part')).to.equal(`notice ${tone}`);
      expect(squash(notice)).to.equal(`${tone} title More words.`);
      expect(notice?.getAttribute('role')).to.equal(tone === 'danger' ? 'alert' : null);
      await expect(el).to.be.accessible();
    }
  });

  it('moves focus to the next control when dismissed, else to the one before', async () => {
    const el = await fixture<FeedbackProbe>(html`<tk-feedback-probe dismissible></tk-feedback-probe>`);
    el.notice = { tone: 'success', title: 'Invitation sent' };
    await el.updateComplete;
    buttonByText(screen(el), 'Dismiss').focus();
    buttonByText(screen(el), 'Dismiss').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(part(el, 'notice')).to.equal(null);
    expect(screen(el).activeElement?.textContent).to.equal('After');

    el.last = true;
    el.notice = { tone: 'danger', title: 'Could not revoke' };
    await el.updateComplete;
    buttonByText(screen(el), 'Dismiss').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(screen(el).activeElement?.textContent).to.equal('Before');
  });

  it('renders untrusted titles and details as text', async () => {
    const { markup } = await hostileStrings();
    const el = await fixture<FeedbackProbe>(html`<tk-feedback-probe></tk-feedback-probe>`);
    for (const hostile of markup) {
      el.notice = { tone: 'danger', title: hostile, detail: hostile };
      await el.updateComplete;
      expect(part(el, 'notice')?.textContent?.replace(/\s+/g, '')).to.equal(`${hostile}${hostile}`.replace(/\s+/g, ''));
    }
    expect(part(el, 'notice')?.querySelector('img, script, svg, iframe, style, a')).to.equal(null);
    expect(pwned()).to.equal(false);
  });
});

describe('feedback: form-level error', () => {
  it('says what went wrong in the reader’s words and offers a retry when one may help', async () => {
    const el = await fixture<FeedbackProbe>(html`<tk-feedback-probe></tk-feedback-probe>`);
    el.error = new NetworkError();
    await el.updateComplete;
    const error = part(el, 'form-error');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(squash(error)).to.include("Can't reach the server Check your connection and try again.");
    buttonByText(screen(el), 'Try again').click();
    expect(el.retries).to.equal(1);
    await expect(el).to.be.accessible();

    el.error = new RateLimitError(problem(429, 'rate_limited'), 7);
    await el.updateComplete;
    expect(squash(part(el, 'form-error'))).to.include('Wait 7 seconds, then try again.');
  });

  it('explains a refusal instead of offering a retry', async () => {
    const el = await fixture<FeedbackProbe>(html`<tk-feedback-probe></tk-feedback-probe>`);
    el.error = new PermissionError(problem(403, 'forbidden'));
    await el.updateComplete;
    expect(squash(part(el, 'form-error'))).to.include("You don't have permission to do this");
    expect(() => buttonByText(screen(el), 'Try again')).to.throw();
  });
});

describe('feedback: state panels', () => {
  it('shows empty, denied and error panels with their parts', async () => {
    const el = await fixture<StatesProbe>(html`<tk-states-probe></tk-states-probe>`);
    const panels = [...screen(el).querySelectorAll('[part~="state"]')];
    expect(panels.map((panel) => panel.getAttribute('part'))).to.deep.equal(['state empty', 'state denied', 'state denied', 'state error']);
    expect(squash(panels[1])).to.equal("You can't see this workspace's invitations Your role (Viewer) doesn’t allow this. Ask a workspace owner or admin.");
    expect(panels[3]?.getAttribute('role')).to.equal('alert');
    expect(panels[3]?.querySelector('[part="retry"]')?.textContent).to.equal('Try again');
    expect(panels[2]?.querySelector('[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
