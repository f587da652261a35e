/**
 * The permission gate: loading, error with retry, or denied with the reason, before an element's body.
 * Driven through a tiny element that needs `members:invite`, against the reference backend.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { renderGate } from '../../../src/components/shared/feedback/gate.js';
import { PermissionController } from '../../../src/components/shared/permission-controller.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { buttonByText, clientFor, mount, screen, startBackend, type Backend } from '../helpers.js';

class GatedProbe extends TeamkitElement {
  readonly permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  override render() {
    return renderGate(this.permissions, { need: 'members:invite', denied: "You can't invite people to this workspace" })
      ?? html`<p part="body">Invite form</p>`;
  }
}
customElements.define('tk-gated-probe', GatedProbe);

/** Text as it reads on screen (blocks apart), whitespace collapsed. */
const text = (el: HTMLElement) => [...screen(el).children].map((node) => (node instanceof HTMLElement ? node.innerText : '')).join(' ').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) => screen(el).querySelector<HTMLElement>(`[part~="${name}"]`);

describe('feedback: permission gate', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  it('renders the body once the reader may', async () => {
    const el = await mount<GatedProbe>(backend, html`<tk-gated-probe></tk-gated-probe>`, { as: 'admin' });
    expect(text(el)).to.equal('Invite form');
  });

  it('explains a refusal: what, the reader’s role, and who can grant it', async () => {
    const el = await mount<GatedProbe>(backend, html`<tk-gated-probe></tk-gated-probe>`, { as: 'viewer' });
    const denied = part(el, 'denied');
    expect(denied?.getAttribute('part')).to.equal('state denied');
    expect(text(el)).to.equal("You can't invite people to this workspace Your role (Viewer) doesn't allow this. Ask a workspace owner or admin.");
    expect(part(el, 'body')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows loading until the reader’s rights are known', async () => {
    const slow = await startBackend({ latency: 400 });
    const provider = await fixture<HTMLElement>(html`<teamkit-provider .client=${clientFor(slow, 'owner')} workspace-id="ws_acme" locale="en">
      <tk-gated-probe></tk-gated-probe></teamkit-provider>`);
    const el = provider.querySelector<GatedProbe>('tk-gated-probe');
    if (!el) throw new Error('no probe');
    await el.updateComplete;
    expect(part(el, 'loading')?.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'body'), 'never showed the body');
  });

  it('offers a retry when the rights could not be read, and the retry works', async () => {
    backend.faults.add({ method: 'GET', path: '/workspaces/ws_acme/members/me', status: 500 });
    const el = await mount<GatedProbe>(backend, html`<tk-gated-probe></tk-gated-probe>`, { as: 'owner' });
    expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
    expect(text(el)).to.include('Something went wrong');
    await expect(el).to.be.accessible();
    buttonByText(screen(el), 'Try again').click();
    await waitUntil(() => part(el, 'body'), 'retry did not show the body');
  });
});
