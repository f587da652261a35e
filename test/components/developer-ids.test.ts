import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { DeveloperIds } from '../../src/components/developer-ids/developer-ids.component.js';
import { stubClipboard, type ClipboardStub } from './clipboard-stub.js';
import { describeConformance } from './conformance.js';
import { eventually, mount, normalizeText, screen, startBackend, type Backend } from './helpers.js';

const show = (backend: Backend, as?: string) => mount<DeveloperIds>(backend, html`<developer-ids></developer-ids>`, { as });

const items = (el: DeveloperIds) => [...screen(el).querySelectorAll<HTMLElement>('[part~="item"]')];
const value = (item: HTMLElement | undefined) => normalizeText(item?.querySelector('[part~="value"]')?.textContent);

describeConformance<DeveloperIds>({
  tag: 'developer-ids',
  mount: (backend, options) => mount(backend, html`<developer-ids></developer-ids>`, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'Whoever reads it has a user id, and is in the workspace whose id it shows: there is always something to show.' },
    error: { request: { method: 'GET', path: '/workspaces/ws_acme/members/me' }, action: 'load' },
    denied: { notApplicable: 'Ids are not credentials: everyone in a workspace may read their own id and the workspace\'s (support asks for them), so no permission gates it.' },
    hostile: { notApplicable: 'It shows only ids the server makes and the API address the host configured: no text anyone types reaches it.' },
  },
  mutation: { notApplicable: 'It changes nothing: copying happens in the browser.' },
  spanish: { same: ['base'] },
  keyboard: {},
  narrow: {},
});

describe('<developer-ids>', () => {
  let backend: Backend;
  let clipboard: ClipboardStub | undefined;

  beforeEach(async () => {
    backend = await startBackend();
  });

  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
  });

  it("shows the reader's user id, the workspace's id and the API base URL, each named", async () => {
    const el = await show(backend);
    expect(items(el).map((item) => normalizeText(item.querySelector('[part~="label"]')?.textContent)))
      .to.deep.equal(['Your user ID', 'Workspace ID', 'API base URL']);
    expect(items(el).map(value)).to.deep.equal(['usr_olivia', 'ws_acme', new URL('/api', location.href).href]);
  });

  it('shows each reader their own id, whatever their role', async () => {
    const el = await show(backend, 'viewer');
    const viewer = backend.store.users.byEmail('viewer@acme.test');
    expect(value(items(el)[0])).to.equal(viewer?.id);
  });

  it('copies an id with "Copied" beside its button, or selects it to copy by hand', async () => {
    clipboard = stubClipboard();
    const el = await show(backend);
    const workspace = items(el)[1];
    const button = workspace?.querySelector<HTMLButtonElement>('[part~="copy"]');
    expect(button?.getAttribute('aria-label')).to.equal('Copy the workspace ID');
    button?.click();
    await eventually(() => normalizeText(workspace?.querySelector('[part~="copy-status"]')?.textContent) === '✓ Copied', 'no "Copied"');
    expect(clipboard.copied).to.deep.equal(['ws_acme']);

    clipboard.block();
    items(el)[0]?.querySelector<HTMLButtonElement>('[part~="copy"]')?.click();
    await eventually(() => normalizeText(items(el)[0]?.querySelector('[part~="copy-status"]')?.textContent).startsWith("Couldn't copy automatically"), 'no way to copy by hand');
    expect(getSelection()?.toString()).to.equal('usr_olivia');
    expect(normalizeText(workspace?.querySelector('[part~="copy-status"]')?.textContent), 'feedback of another id stayed').to.equal('');
  });
});
