// Proves the browser pipeline: TypeScript served to Chromium, msw's service worker from /, a handler answering.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

describe('browser test pipeline', () => {
  const worker = setupWorker(http.get('/api/workspaces', () => HttpResponse.json({ items: [], nextCursor: null, total: 0 })));

  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());

  it('answers a fetch through msw', async () => {
    const response = await fetch('/api/workspaces');
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ items: [], nextCursor: null, total: 0 });
  });
});
