import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createClock } from '../../src/backend/index.js';
import type { DeliveryRecord, WebhookRecord } from '../../src/backend/store/webhooks.js';
import type { WebhookManager } from '../../src/components/webhook-manager/webhook-manager.component.js';
import type { WebhookCreatedEvent, WebhookTestSentEvent } from '../../src/components/webhook-manager/webhook-manager.events.js';
import { stubClipboard, type ClipboardStub } from './clipboard-stub.js';
import { describeConformance } from './conformance.js';
import { reachability } from './conformance/keyboard.js';
import { atWidth, overflowOf } from './conformance/layout.js';
import {
  buttonByText, choose, eventually, fieldByLabel, holdRequests, mount, normalizeText, screen, sentRequests, startBackend, type,
  type Backend, type BackendOptions, type MountOptions,
} from './helpers.js';

const HOOKS = '/workspaces/ws_acme/webhooks';
const RECEIVER_ANSWER = '{"received":true}';

/**
 * The reference backend with a stand-in receiver: every delivery is answered at once by `answer` (200 by default),
 * so that the element is tested against the delivery log the backend keeps, not against a network.
 */
const backendOptions = (answer: () => Response = () => new Response(RECEIVER_ANSWER, { status: 200 })): BackendOptions => ({
  clock: createClock(),
  webhooks: { fetch: async () => answer(), retryDelaysMs: [] },
});

let serial = 0;
function addEndpoint(backend: Backend, fields: Partial<WebhookRecord> = {}): WebhookRecord {
  serial += 1;
  const now = backend.clock.now().toISOString();
  return backend.store.webhooks.insert({
    id: `whk_test_${serial}`,
    workspaceId: 'ws_acme',
    url: `https://hooks.example.com/teamkit/${serial}`,
    events: ['member.added', 'member.removed', 'invitation.sent', 'invitation.accepted'],
    enabled: true,
    timeoutSeconds: 10,
    secret: `whsec_test_${serial}`,
    previousSecret: null,
    secretRotatedAt: null,
    createdBy: 'usr_olivia',
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

function addDelivery(backend: Backend, webhook: WebhookRecord, fields: Partial<DeliveryRecord> = {}): DeliveryRecord {
  serial += 1;
  const at = backend.clock.now().toISOString();
  const body = JSON.stringify({ id: `evt_${serial}`, type: 'member.added', test: false, data: { target: { label: 'new.colleague@example.com' } } });
  return backend.store.webhookDeliveries.insert({
    id: `dlv_test_${serial}`,
    webhookId: webhook.id,
    workspaceId: webhook.workspaceId,
    event: { id: `evt_${serial}`, type: 'member.added', body },
    trigger: 'event',
    redeliveryOf: null,
    status: 'failed',
    createdAt: at,
    completedAt: at,
    nextAttemptAt: null,
    request: { url: webhook.url, headers: { 'content-type': 'application/json', 'teamkit-event-type': 'member.added' }, body },
    response: { headers: { 'content-type': 'text/html' }, body: '<h1>Bad gateway</h1>', truncated: false },
    responseStatus: 502,
    attempts: [{ at, responseStatus: 502, durationMs: 87, error: null }],
    ...fields,
  } as DeliveryRecord);
}

/** Backends the empty check arranged: no endpoints for them. */
const bare = new WeakSet<Backend>();

const place = (backend: Backend, options: MountOptions = {}, attributes = html``) => {
  if (!bare.has(backend)) {
    const first = addEndpoint(backend);
    addDelivery(backend, first);
    addEndpoint(backend, { enabled: false, events: ['call.completed'] });
  }
  return mount<WebhookManager>(backend, html`<webhook-manager .clock=${backend.clock}>${attributes}</webhook-manager>`, options);
};

const dialog = (el: WebhookManager, id: string) => screen(el).querySelector<HTMLDialogElement>(`dialog#${id}`);

async function opened(el: WebhookManager, id: 'endpoint' | 'delivery' | 'secret' | 'confirm'): Promise<HTMLDialogElement> {
  await eventually(() => dialog(el, id)?.open, `the ${id} dialog did not open`);
  const found = dialog(el, id);
  if (!found) throw new Error(`no ${id} dialog`);
  return found;
}

/** Clicks like a pointer would: the button takes focus first. */
function press(button: HTMLElement | null | undefined): void {
  if (!button) throw new Error('no such button');
  button.focus();
  button.click();
}

const endpointCard = (el: WebhookManager, url: string) => {
  const card = [...screen(el).querySelectorAll<HTMLElement>('[part~="item"]')].find((item) => normalizeText(item.querySelector('[part~="url"]')?.textContent) === url);
  if (!card) throw new Error(`no endpoint ${url}`);
  return card;
};

/** Opens an endpoint's page (by its URL, else the oldest one's, which has a delivery) and waits for its delivery log. */
async function openEndpoint(el: WebhookManager, url?: string): Promise<HTMLElement> {
  const card = url ? endpointCard(el, url) : [...screen(el).querySelectorAll<HTMLElement>('[part~="item"]')].at(-1);
  press(card?.querySelector<HTMLElement>('[part~="open"]'));
  await eventually(() => screen(el).querySelector('[part~="detail"] [part~="log"]') && !screen(el).querySelector('[part~="log"] [part~="loading"]'), 'the endpoint page did not load');
  const detail = screen(el).querySelector<HTMLElement>('[part~="detail"]');
  if (!detail) throw new Error('no endpoint page');
  return detail;
}

async function openAddForm(el: WebhookManager): Promise<HTMLDialogElement> {
  press(buttonByText(screen(el), 'Add endpoint'));
  const form = await opened(el, 'endpoint');
  await eventually(() => form.querySelector('[part~="field-events"]'), 'the event types never loaded');
  return form;
}

function eventType(form: HTMLElement, type: string): HTMLInputElement {
  const label = [...form.querySelectorAll('label')].find((node) => normalizeText(node.textContent) === type);
  if (!(label?.control instanceof HTMLInputElement)) throw new Error(`no event type ${type}`);
  return label.control;
}

const rows = (el: WebhookManager) => [...screen(el).querySelectorAll<HTMLElement>('[part~="log"] tbody tr')];

describeConformance<WebhookManager>({
  tag: 'webhook-manager',
  backend: () => backendOptions(),
  mount: place,
  content: {},
  states: {
    loading: {},
    empty: { arrange: (backend) => bare.add(backend) },
    error: { request: { method: 'GET', path: HOOKS }, action: 'load' },
    denied: { as: 'member' },
    hostile: { arrange: (backend, text) => { addEndpoint(backend, { url: `https://hooks.example.com/${text}` }); } },
  },
  mutation: {
    request: { method: 'POST', path: HOOKS },
    action: 'webhook-create',
    fill: async (el) => {
      const form = await openAddForm(el);
      type(fieldByLabel(screen(el), 'Endpoint URL'), 'https://hooks.example.com/new');
      eventType(form, 'member.added').click();
    },
    values: (el) => [
      fieldByLabel(screen(el), 'Endpoint URL').value,
      [...(dialog(el, 'endpoint')?.querySelectorAll<HTMLInputElement>('.event-type input:checked') ?? [])].map((input) => input.id),
    ],
    submit: (el) => {
      const form = dialog(el, 'endpoint');
      if (form) buttonByText(form, 'Add endpoint').click();
    },
  },
  // The endpoint page holds most of the words: its settings, actions and delivery log.
  spanish: { prepare: async (el) => { await openEndpoint(el); }, same: ['webhooks', 'post', 'https', 'internet'] },
  keyboard: {},
  narrow: {},
});

describe('<webhook-manager>', () => {
  let backend: Backend;
  let clipboard: ClipboardStub | undefined;

  beforeEach(async () => {
    backend = await startBackend(backendOptions());
  });

  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
  });

  it('lists each endpoint with its URL, whether it is enabled and what it receives', async () => {
    const el = await place(backend);
    const cards = [...screen(el).querySelectorAll('[part~="item"]')].map((card) => normalizeText(card.textContent));
    expect(cards[0]).to.match(/^https:\/\/hooks\.example\.com\/teamkit\/\d+ Disabled 1 event: call\.completed Enabled Deliveries and settings$/);
    expect(cards[1]).to.match(/Enabled 4 events: member\.added, member\.removed, invitation\.sent, and 1 more/);
  });

  it('adds an endpoint with event types from the catalog, and shows its signing secret once', async () => {
    const el = await place(backend, {}, html``);
    const created = new Promise<WebhookCreatedEvent>((resolve) => el.addEventListener('tk-webhook-created', resolve, { once: true }));
    const form = await openAddForm(el);
    // Grouped as the catalog groups them, each with its description.
    expect([...form.querySelectorAll('.event-group-name')].map((group) => normalizeText(group.textContent)))
      .to.deep.equal(['Members', 'Invitations', 'Calls', 'Campaigns', 'Callbacks']);
    expect(normalizeText(form.textContent)).to.contain('member.added Someone joined the workspace by accepting an invitation.');
    type(fieldByLabel(screen(el), 'Endpoint URL'), 'https://hooks.example.com/crm');
    eventType(form, 'member.added').click();
    eventType(form, 'invitation.accepted').click();
    buttonByText(form, 'Add endpoint').click();

    const secretDialog = await opened(el, 'secret');
    const secret = fieldByLabel<HTMLTextAreaElement>(screen(el), 'Signing secret').value;
    expect(secret).to.match(/^whsec_/);
    fieldByLabel(screen(el), 'I have stored it somewhere safe').click();
    await el.updateComplete;
    buttonByText(secretDialog, 'Done').click();
    await eventually(() => !secretDialog.open, 'the secret dialog stayed');

    const event = await created;
    expect(event.webhook.events).to.deep.equal(['member.added', 'invitation.accepted']);
    expect(JSON.stringify(event.webhook)).to.not.contain(secret);
    expect(normalizeText(endpointCard(el, 'https://hooks.example.com/crm').textContent)).to.contain('2 events: member.added and invitation.accepted');
    expect(screen(el).innerHTML).to.not.contain(secret);
    await el.refresh();
    expect(sentRequests().filter((request) => request.method === 'GET').map((request) => JSON.stringify(request.body)).join('')).to.not.contain(secret);
  });

  it("shows the server's refusal of an address on the URL field, keeping what was typed", async () => {
    const el = await place(backend);
    const form = await openAddForm(el);
    const url = fieldByLabel(screen(el), 'Endpoint URL');
    eventType(form, 'member.added').click();
    const refusals: [address: string, refusal: string][] = [
      ['http://hooks.example.com/crm', 'Use an https:// address: webhooks are sent over https only.'],
      ['https://10.0.0.7/hooks', 'Use a public address: webhooks are not sent to private, local or reserved addresses.'],
    ];
    for (const [address, refusal] of refusals) {
      type(url, address);
      buttonByText(form, 'Add endpoint').click();
      const describedBy = () => url.getAttribute('aria-describedby')?.split(' ').map((id) => screen(el).getElementById(id)?.textContent ?? '').join(' ');
      await eventually(() => normalizeText(describedBy()).includes(refusal), `${address} was not refused on the field: ${describedBy()}`);
      expect(url.getAttribute('aria-invalid')).to.equal('true');
      expect(url.value).to.equal(address);
    }
    expect(backend.store.webhooks.ofWorkspace('ws_acme').map((webhook) => webhook.url)).to.not.include('https://10.0.0.7/hooks');
  });

  it('starts the form from default-url', async () => {
    const el = await place(backend);
    el.defaultUrl = 'http://127.0.0.1:8787/demo/webhook-receiver';
    await openAddForm(el);
    expect(fieldByLabel(screen(el), 'Endpoint URL').value).to.equal('http://127.0.0.1:8787/demo/webhook-receiver');
  });

  it('turns an endpoint off at once, and back on if the server refuses', async () => {
    const el = await place(backend);
    const [endpoint] = backend.store.webhooks.ofWorkspace('ws_acme');
    if (!endpoint) throw new Error('no endpoint');
    const toggle = () => endpointCard(el, endpoint.url).querySelector<HTMLInputElement>('[role="switch"]');
    const held = holdRequests((request) => request.method === 'PATCH');
    toggle()?.click();
    await el.updateComplete;
    expect(toggle()?.checked, 'not turned off on screen at once').to.equal(false);
    expect(normalizeText(endpointCard(el, endpoint.url).textContent)).to.contain('Disabled');
    held.release();
    await eventually(() => backend.store.webhooks.get(endpoint.id)?.enabled === false, 'not saved');

    backend.faults.add({ method: 'PATCH', path: `${HOOKS}/${endpoint.id}`, status: 500 });
    toggle()?.click();
    await eventually(() => screen(el).querySelector('[part~="notice"][part~="danger"]'), 'no failure shown');
    expect(normalizeText(screen(el).querySelector('[part~="notice"]')?.textContent)).to.contain(`Couldn't turn on deliveries to ${endpoint.url}`);
    expect(toggle()?.checked, 'not rolled back').to.equal(false);
  });

  it('sends a test event and shows its delivery in the log, followed until the endpoint answered', async () => {
    const el = await place(backend);
    const detail = await openEndpoint(el);
    expect(screen(el).activeElement, 'focus moves to the page it opened').to.equal(detail.querySelector('[part~="back"]'));
    const sent = new Promise<WebhookTestSentEvent>((resolve) => el.addEventListener('tk-webhook-test-sent', resolve, { once: true }));
    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Test event'), 'invitation.sent');
    buttonByText(detail, 'Send test event').click();
    expect((await sent).delivery.eventType).to.equal('invitation.sent');
    await eventually(() => normalizeText(rows(el)[0]?.textContent).includes('invitation.sent Test'), 'the test delivery is not in the log');
    await eventually(() => /Succeeded 200/.test(normalizeText(rows(el)[0]?.textContent)), `not followed to its answer: ${normalizeText(rows(el)[0]?.textContent)}`);
  });

  it('opens a delivery to show its request and response as text, scrolling long bodies, and redelivers it', async () => {
    const webhook = addEndpoint(backend);
    const hostile = `<img src=x onerror="window.__pwned=1">${'x'.repeat(3000)}\n`.repeat(3);
    addDelivery(backend, webhook, { response: { headers: { 'content-type': 'text/html' }, body: hostile, truncated: true } });
    bare.add(backend);
    const el = await place(backend);
    await openEndpoint(el, webhook.url);
    expect(normalizeText(rows(el)[0]?.textContent)).to.match(/member\.added Failed 502 87 ms/);
    press(rows(el)[0]?.querySelector('[part~="view"]'));
    const view = await opened(el, 'delivery');
    const body = view.querySelector<HTMLPreElement>('[part~="response-body"]');
    expect(body?.textContent).to.equal(hostile);
    expect(body?.querySelector('img'), 'markup in a body was parsed').to.equal(null);
    expect(body && body.scrollWidth > body.clientWidth, 'a long body does not scroll').to.equal(true);
    expect(normalizeText(view.textContent)).to.contain('Only the start of the answer is kept.');
    expect(view.querySelector('[part~="request-body"]')?.textContent).to.contain('"type": "member.added"');
    await expect(el).to.be.accessible();

    buttonByText(view, 'Redeliver').click();
    await eventually(() => !view.open, 'the dialog stayed after redelivering');
    await eventually(() => rows(el).length === 2 && normalizeText(rows(el)[0]?.textContent).includes('Redelivery'), 'the redelivery is not in the log');
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('rotates the signing secret: the new one is shown once, and the old one\'s grace period is stated', async () => {
    const el = await place(backend);
    const detail = await openEndpoint(el);
    press(buttonByText(detail, 'Rotate secret'));
    buttonByText(await opened(el, 'confirm'), 'Rotate secret').click();
    const secretDialog = await opened(el, 'secret');
    expect(fieldByLabel<HTMLTextAreaElement>(screen(el), 'Signing secret').value).to.match(/^whsec_/);
    expect(normalizeText(secretDialog.textContent)).to.contain('The previous secret also signs deliveries until Jan 16, 2026, 9:00 AM; after that, only the new one does.');
    fieldByLabel(screen(el), 'I have stored it somewhere safe').click();
    await el.updateComplete;
    buttonByText(secretDialog, 'Done').click();
    await eventually(() => !secretDialog.open, 'the secret dialog stayed');
    expect(normalizeText(detail.textContent)).to.contain('The previous secret also signs deliveries until Jan 16, 2026, 9:00 AM.');
  });

  it('deletes an endpoint after confirming, and goes back to the list', async () => {
    const el = await place(backend);
    const detail = await openEndpoint(el);
    const url = normalizeText(detail.querySelector('[part~="url"]')?.textContent);
    press(buttonByText(detail, 'Delete'));
    buttonByText(await opened(el, 'confirm'), 'Delete endpoint').click();
    await eventually(() => !screen(el).querySelector('[part~="detail"]'), 'still on the endpoint page');
    expect([...screen(el).querySelectorAll('[part~="url"]')].map((node) => normalizeText(node.textContent))).to.not.include(url);
    await eventually(() => screen(el).activeElement === buttonByText(screen(el), 'Add endpoint'), 'focus is not on Add endpoint');
  });

  it('explains how to verify signatures, with the Node code to copy', async () => {
    clipboard = stubClipboard();
    const el = await place(backend);
    const help = screen(el).querySelector<HTMLDetailsElement>('[part~="help"]');
    help?.querySelector('summary')?.click();
    await eventually(() => help?.querySelector('pre'), 'the help did not open');
    expect(help?.querySelector('pre')?.textContent).to.contain("createHmac('sha256', secret).update(`${timestamp}.${rawBody}`)");
    help?.querySelector<HTMLButtonElement>('[part~="copy"]')?.click();
    await eventually(() => clipboard?.copied.length === 1, 'nothing copied');
    expect(clipboard.copied[0]).to.contain('export function verifyTeamkitSignature');
    await expect(el).to.be.accessible();
  });

  it("an endpoint's page is reachable from the keyboard and fits a 360 px screen", async () => {
    const el = await place(backend);
    await openEndpoint(el);
    const keyboard = await reachability(el);
    expect(keyboard.unreachable).to.deep.equal([]);
    expect(keyboard.unnamed).to.deep.equal([]);
    const overflow = await atWidth(360, async () => overflowOf(el));
    expect(overflow.sticking).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('tells a viewer why, without asking for the endpoints', async () => {
    const el = await place(backend, { as: 'viewer' });
    expect(normalizeText(screen(el).querySelector('[part~="denied"]')?.textContent)).to.contain("You can't manage this workspace's webhooks")
      .and.contain("Your role (Viewer) doesn't allow this.");
    expect(sentRequests().some((request) => request.path.startsWith(HOOKS))).to.equal(false);
  });
});
