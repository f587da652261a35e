import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { NotificationPreferencesElement } from '../../src/components/notification-preferences/notification-preferences.component.js';
import { describeConformance } from './conformance.js';
import { atWidth } from './conformance/layout.js';
import {
  buttonByText, choose, clientFor, eventually, fieldByLabel, holdRequests, mount, normalizeText, screen, sentRequests, startBackend, type,
  type Backend, type MountOptions,
} from './helpers.js';

type Element = NotificationPreferencesElement;

const place = (backend: Backend, options: MountOptions = {}, template = html`<notification-preferences></notification-preferences>`) =>
  mount<Element>(backend, template, options);

/** A switch of the matrix by its accessible name, "Usage alerts by SMS". */
function toggle(el: Element, name: string): HTMLInputElement {
  const found = screen(el).querySelector<HTMLInputElement>(`input[role="switch"][aria-label="${name}"]`);
  if (!found) throw new Error(`no switch "${name}"`);
  return found;
}

/** Every switch's state, by name: what the reader sees of the matrix. */
const matrix = (el: Element) => Object.fromEntries([...screen(el).querySelectorAll<HTMLInputElement>('input[role="switch"][aria-label]')]
  .map((input) => [input.getAttribute('aria-label'), input.checked]));

/** Text as the reader sees it laid out, whitespace collapsed. */
const read = (node: globalThis.Element | null | undefined) => normalizeText(node instanceof HTMLElement ? node.innerText : undefined);

const choice = (backend: Backend, who: string, key: string) => backend.store.users.get(who)?.notificationChoices?.[key];

/** The rule of one topic in the rules form. */
const ruleOf = (el: Element, topic: string) => screen(el).querySelector<HTMLFieldSetElement>(`fieldset[data-topic="${topic}"]`);

/** A checkbox of a rule by its visible label. */
function ruleBox(el: Element, topic: string, label: string): HTMLInputElement {
  const labelled = [...(ruleOf(el, topic)?.querySelectorAll('label') ?? [])].find((node) => normalizeText(node.textContent) === label);
  const box = labelled?.control;
  if (!(box instanceof HTMLInputElement)) throw new Error(`no box "${label}" in ${topic}`);
  return box;
}

describeConformance<Element>({
  tag: 'notification-preferences',
  mount: (backend, options) => mount(backend, html`<notification-preferences></notification-preferences>`, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'Every account has the API\'s topics and a low-balance alert: there is nothing to be empty.' },
    error: { request: { method: 'GET', path: '/me/notification-preferences' }, action: 'load' },
    denied: { as: 'member' },
    hostile: {
      arrange: (backend, text) => {
        const group = backend.store.groups.get(SEED.groups.engineering);
        if (group) backend.store.groups.update(group, { name: text });
      },
    },
  },
  mutation: {
    request: { method: 'PATCH', path: '/me/notification-preferences' },
    action: 'notification-preference-change',
    values: (el) => matrix(el),
    submit: (el) => toggle(el, 'Usage alerts by SMS').click(),
  },
  spanish: { same: ['app'] },
  keyboard: {},
  narrow: {},
});

describe('<notification-preferences>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('shows the topics as rows and the channels as columns, each switch named by both', async () => {
    const el = await place(backend);
    const headers = [...screen(el).querySelectorAll('thead th')].map((th) => normalizeText(th.textContent));
    expect(headers).to.deep.equal(['Topic', 'Email', 'SMS', 'In-app']);
    const usage = screen(el).querySelector('tr[data-topic="usage_alerts"]');
    expect(read(usage?.querySelector('th'))).to.equal('Usage alerts When usage nears a limit of your plan.');
    expect(matrix(el)).to.include({ 'Usage alerts by email': true, 'Usage alerts by SMS': false, 'Usage alerts in the app': true, 'Product announcements by email': false });
    expect(read(screen(el).querySelector('tr[data-topic="billing_receipts"] [part~="cell-sms"]')), 'a channel the topic lacks').to.equal('— Not offered');
    await expect(el).to.be.accessible();
  });

  it('saves a switch at once: on screen while it is sent, then stored', async () => {
    const el = await place(backend);
    const changed = new Promise<Event>((resolve) => el.addEventListener('tk-notification-preference-changed', resolve, { once: true }));
    const held = holdRequests((request) => request.method === 'PATCH');
    toggle(el, 'Usage alerts by SMS').click();
    await el.updateComplete;
    expect(toggle(el, 'Usage alerts by SMS').checked, 'shown before the server answers').to.equal(true);
    held.release();
    await changed;
    expect(choice(backend, SEED.users.owner.id, 'usage_alerts:sms')).to.equal(true);
    expect(toggle(el, 'Usage alerts by SMS').checked).to.equal(true);
    expect(screen(el).querySelector('[part~="notice"]'), 'a saved switch speaks for itself').to.equal(null);
  });

  it('puts the switch back and says why when the server fails', async () => {
    const el = await place(backend);
    backend.faults.add({ method: 'PATCH', path: '/me/notification-preferences', status: 500 });
    const errors: string[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event.action));
    toggle(el, 'Campaign completions in the app').click();
    await eventually(() => screen(el).querySelector('[part~="notice"][part~="danger"]'), 'no failure shown');
    expect(read(screen(el).querySelector('[part~="notice"][part~="danger"]')))
      .to.equal("Couldn't turn off Campaign completions in the app Something went wrong. Try again. If it keeps happening, contact support. Dismiss");
    expect(toggle(el, 'Campaign completions in the app').checked, 'the switch came back').to.equal(true);
    expect(choice(backend, SEED.users.owner.id, 'campaign_completed:in_app')).to.equal(undefined);
    expect(errors).to.deep.equal(['notification-preference-change']);
    await expect(el).to.be.accessible();
  });

  it('sends nothing when a listener cancels the change, and shows the switch as it was', async () => {
    const el = await place(backend);
    el.addEventListener('tk-before-notification-preference-change', (event) => event.preventDefault(), { once: true });
    toggle(el, 'Usage alerts by email').click();
    await el.updateComplete;
    expect(toggle(el, 'Usage alerts by email').checked).to.equal(true);
    expect(sentRequests().filter((request) => request.method === 'PATCH')).to.deep.equal([]);
  });

  it('keeps SMS off for someone without a verified phone, saying why and where to add one', async () => {
    const el = await place(backend, { as: 'member' }, html`<notification-preferences phone-url="#phone"></notification-preferences>`);
    const sms = toggle(el, 'Usage alerts by SMS');
    expect(sms.getAttribute('aria-disabled')).to.equal('true');
    const reason = screen(el).getElementById(sms.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).to.equal('Add a phone number and verify it to get SMS.');
    const notice = screen(el).querySelector('[part~="channel-sms"]');
    expect(read(notice)).to.equal('Add a phone number and verify it to get SMS. Add a phone number');
    expect(notice?.querySelector('a')?.getAttribute('href')).to.equal('#phone');
    sms.click();
    await el.updateComplete;
    expect(sms.checked).to.equal(false);
    expect(sentRequests().filter((request) => request.method === 'PATCH')).to.deep.equal([]);
    const option = [...screen(el).querySelectorAll('option')].find((node) => node.value === 'sms');
    expect(option?.disabled).to.equal(true);
    expect(option?.textContent).to.equal('By SMS (unavailable)');
  });

  it('puts the host\'s own control in place of the phone link', async () => {
    const el = await place(backend, { as: 'member' }, html`<notification-preferences phone-url="#phone"><button slot="phone-action">Open phone settings</button></notification-preferences>`);
    const slot = screen(el).querySelector<HTMLSlotElement>('[part~="channel-sms"] slot');
    expect(slot?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Open phone settings']);
  });

  it('saves the low-balance alert in the workspace\'s currency, read the Spanish way', async () => {
    const el = await place(backend, { workspaceId: SEED.workspaces.labs, locale: 'es' });
    const root = screen(el);
    expect(read(root.querySelector('[part~="notice"][part~="warning"]'))).to.equal('La alerta está fijada en 10,00 US$. Al guardarla, pasa a EUR.');
    expect(read(root.querySelector('[part~="field-threshold"] [part~="hint"]'))).to.equal('Moneda: euro (EUR)');
    fieldByLabel(root, 'Avisarme cuando el saldo sea bajo').click();
    const threshold = fieldByLabel(root, 'Cuando el saldo baje de');
    type(threshold, '1.234,5');
    threshold.blur();
    choose(fieldByLabel<HTMLSelectElement>(root, 'Cómo enviarla'), 'in_app');
    const saved = new Promise<Event>((resolve) => el.addEventListener('tk-low-balance-alert-updated', resolve, { once: true }));
    buttonByText(root, 'Guardar alerta').click();
    await saved;
    expect(backend.store.users.get(SEED.users.owner.id)?.lowBalance).to.deep.equal({ enabled: true, threshold: 1234.5, currency: 'EUR', channel: 'in_app' });
    await eventually(() => read(root.querySelector('[part~="summary"]')).startsWith('Activada'), 'the summary did not change');
    const amount = new Intl.NumberFormat('es', { style: 'currency', currency: 'EUR' }).format(1234.5);
    expect(read(root.querySelector('[part~="summary"]'))).to.equal(normalizeText(`Activada: te avisamos cuando el saldo baje de ${amount} (En la app).`));
    expect(threshold.value).to.equal('1234,50');
    expect(root.querySelector('[part~="notice"][part~="warning"]'), 'the alert is in the workspace\'s currency now').to.equal(null);
  });

  it('answers an amount it cannot read with an example, and sends nothing', async () => {
    const el = await place(backend);
    const root = screen(el);
    const threshold = fieldByLabel(root, 'When the balance falls below');
    type(threshold, 'ten dollars');
    threshold.blur();
    buttonByText(root, 'Save alert').click();
    await eventually(() => threshold.getAttribute('aria-invalid') === 'true', 'the amount was not refused');
    expect(read(root.querySelector('[part~="field-threshold"] [part~="field-error"]'))).to.equal('Enter an amount, like 1,234.50.');
    expect(threshold.value).to.equal('ten dollars');
    expect(sentRequests().filter((request) => request.method === 'PATCH')).to.deep.equal([]);
  });

  it('lets an admin say who in the workspace is told, and how', async () => {
    const el = await place(backend);
    ruleBox(el, 'usage_alerts', 'Engineering').click();
    ruleBox(el, 'usage_alerts', 'Email').click();
    await el.updateComplete;
    expect(read(screen(el).querySelector('[part~="dirty-status"]:not(form[part~="low-balance"] *)'))).to.equal('Unsaved changes: Usage alerts');
    const updated = new Promise<Event>((resolve) => el.addEventListener('tk-notification-rules-updated', resolve, { once: true }));
    buttonByText(screen(el), 'Save rules').click();
    await updated;
    expect(backend.store.notificationRules.get(SEED.workspaces.acme)?.rules.usage_alerts).to.deep.equal({
      audience: { owner: true, admins: true, everyone: false, roleIds: [], groupIds: [SEED.groups.engineering] },
      channels: ['in_app'],
    });
    await eventually(() => read(screen(el).querySelector('form[part~="rules"] [part~="notice"]')).startsWith('Notification rules saved'), 'no saved notice');
  });

  it('keeps an admin\'s edits when someone else changed the rules meanwhile, and merges them on reload', async () => {
    const el = await place(backend);
    ruleBox(el, 'usage_alerts', 'Everyone').click();
    const other = clientFor(backend, 'admin');
    const latest = await other.notificationRules.get(SEED.workspaces.acme);
    const rules = latest.rules.map((rule) => (rule.topic === 'billing_receipts' ? { ...rule, audience: { ...rule.audience, admins: true } } : rule));
    await other.notificationRules.update(SEED.workspaces.acme, { rules }, { ifMatch: latest.etag });

    buttonByText(screen(el), 'Save rules').click();
    await eventually(() => screen(el).querySelector('form[part~="rules"] [part~="reload"]'), 'no Reload and merge');
    expect(read(screen(el).querySelector('form[part~="rules"] [role="alert"]'))).to.match(/^Someone else changed this/);
    expect(ruleBox(el, 'usage_alerts', 'Everyone').checked, 'the edit was kept').to.equal(true);

    buttonByText(screen(el), 'Reload and merge').click();
    await eventually(() => ruleBox(el, 'billing_receipts', 'Admins').checked, 'the other change did not come in');
    expect(ruleBox(el, 'usage_alerts', 'Everyone').checked, 'the edit survived the merge').to.equal(true);
    expect(read(screen(el).querySelector('form[part~="rules"] [part~="notice"][part~="info"]'))).to.include('Billing receipts');
    buttonByText(screen(el), 'Save rules').click();
    await eventually(() => backend.store.notificationRules.get(SEED.workspaces.acme)?.rules.usage_alerts?.audience.everyone, 'the merged rules were not saved');
    expect(backend.store.notificationRules.get(SEED.workspaces.acme)?.rules.billing_receipts?.audience.admins).to.equal(true);
  });

  it('shows a member the workspace\'s rules read-only, with the reason', async () => {
    const el = await place(backend, { as: 'member' });
    expect(screen(el).querySelector('form[part~="rules"]')).to.equal(null);
    expect(read(screen(el).querySelector('.rules-summary'))).to.include('Usage alerts Who: the owner and admins How: Email and In-app');
    expect(read(screen(el).querySelector('.section:last-of-type [part~="notice"][part~="info"]')))
      .to.equal("Only people who manage the workspace can change these rules Your role (Member) doesn't allow this. Ask a workspace owner or admin.");
    expect(sentRequests().filter((request) => request.status === 403)).to.deep.equal([]);
  });

  it('turns each topic into a card of named switches on a phone', async () => {
    const el = await place(backend);
    await atWidth(360, async () => {
      const row = screen(el).querySelector<HTMLElement>('tr[data-topic="usage_alerts"]');
      expect(getComputedStyle(row ?? document.body).display).to.equal('grid');
      expect(read(row)).to.equal('Usage alerts When usage nears a limit of your plan. Email SMS In-app');
      await expect(el).to.be.accessible();
    });
  });
});
