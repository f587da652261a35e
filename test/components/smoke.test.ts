// Proves the browser pipeline: TypeScript served to Chromium, msw's service worker from /, and the
// reference backend answering through its msw handlers.
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createBackend } from '../../src/backend/index.js';
import { createHandlers } from '../../src/backend/msw.js';

describe('browser test pipeline', () => {
  const backend = createBackend();
  const worker = setupWorker(...createHandlers(backend, '/api'));

  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());

  it('lists the workspaces of a signed-in user from the reference backend', async () => {
    const token = backend.signIn('owner@acme.test');
    const response = await fetch('/api/workspaces', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).to.equal(200);
    const page = (await response.json()) as { items: { name: string }[]; total: number };
    expect(page.total).to.be.greaterThan(0);
    expect(page.items.map((workspace) => workspace.name)).to.include('Acme Inc.');
  });

  it('refuses a request without a token with a problem document', async () => {
    const response = await fetch('/api/workspaces');
    expect(response.status).to.equal(401);
    expect(response.headers.get('content-type')).to.contain('application/problem+json');
  });
});
