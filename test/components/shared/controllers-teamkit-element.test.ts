/**
 * The base element's conventions: `emit()`, the bound formatter, and — in development builds, which the test
 * runner serves — the console warning when an element never gets a client.
 */
import { expect, fixture, html as staticHtml } from '@open-wc/testing';
import { html } from 'lit';
import { TeamkitEvent } from '../../../src/components/shared/events.js';
import { PermissionController } from '../../../src/components/shared/permission-controller.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { clientFor, eventually, mount, startBackend, type Backend } from '../helpers.js';

class BeforePokeEvent extends TeamkitEvent {
  constructor() {
    super('tk-before-poke', { cancelable: true });
  }
}

/** A test-only element that shows what the base class gives it. */
class ProbeElement extends TeamkitElement {
  readonly permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  poke(): boolean {
    return this.emit(new BeforePokeEvent());
  }

  override render() {
    const format = this.format;
    return html`<p id="number">${format.number(1234.5)}</p>
      <p id="date">${format.date('2024-03-01T23:30:00Z', 'datetime')}</p>
      <p id="list">${format.list(['Ana', 'Bo', 'Cy'])}</p>
      <p id="bytes">${format.bytes(1536)}</p>`;
  }
}

let defined = 0;
/** A fresh tag per test: the development warnings are issued once per page and tag. */
function defineProbe(): string {
  const tag = `tk-probe-${++defined}`;
  customElements.define(tag, class extends ProbeElement {});
  return tag;
}

/** Records console warnings while `run` goes on. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings.filter((warning) => warning.includes('tk-probe'));
}

const afterGrace = () => new Promise((resolve) => setTimeout(resolve, 1200));

describe('TeamkitElement', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  it('emit() says whether a listener cancelled the event', async () => {
    const el = await fixture<ProbeElement>(staticHtml`<div></div>`).then((host) => {
      const probe = document.createElement(defineProbe()) as ProbeElement;
      probe.client = clientFor(backend, 'owner');
      host.append(probe);
      return probe;
    });
    expect(el.poke()).to.equal(true);
    el.addEventListener('tk-before-poke', (event) => event.preventDefault());
    expect(el.poke()).to.equal(false);
  });

  it('formats in the locale and time zone of its provider', async () => {
    const tag = defineProbe();
    const el = await mount<ProbeElement>(backend, html`${document.createElement(tag)}`, { locale: 'es', timeZone: 'Europe/Madrid' });
    await el.updateComplete;
    const text = (id: string) => el.shadowRoot?.getElementById(id)?.textContent ?? '';
    expect(text('number')).to.equal('1234,5');
    // 23:30 UTC is already the next day in Madrid.
    expect(text('date')).to.match(/^2 mar 2024, 0:30$/u);
    expect(text('list')).to.equal('Ana, Bo y Cy');
    expect(text('bytes')).to.equal('1,5 kB');
  });

  it('asks for permissions by their typed key', async () => {
    const tag = defineProbe();
    const admin = await mount<ProbeElement>(backend, html`${document.createElement(tag)}`, { as: 'admin' });
    const viewer = await mount<ProbeElement>(backend, html`${document.createElement(tag)}`, { as: 'viewer' });
    await eventually(() => admin.permissions.membership && viewer.permissions.membership, 'memberships never loaded');
    expect(admin.permissions.can('members:manage')).to.equal(true);
    expect(viewer.permissions.can('members:manage')).to.equal(false);
    // @ts-expect-error A misspelt key does not compile (and would never be granted).
    expect(admin.permissions.can('members:mange')).to.equal(false);
  });

  describe('in development builds', () => {
    it('warns once, naming the fixes, when an element has no client a second after connecting', async () => {
      const tag = defineProbe();
      const warnings = await warningsDuring(async () => {
        const host = await fixture<HTMLElement>(staticHtml`<div></div>`);
        host.append(document.createElement(tag), document.createElement(tag));
        await afterGrace();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${tag}> has no API client`);
      expect(warnings[0]).to.include('<teamkit-provider');
      expect(warnings[0]).to.include(`customElements.whenDefined('${tag}')`);
    });

    it('warns when a framework set the client as an attribute', async () => {
      const tag = defineProbe();
      const warnings = await warningsDuring(async () => {
        const host = await fixture<HTMLElement>(staticHtml`<div></div>`);
        const el = document.createElement(tag);
        el.setAttribute('client', '[object Object]');
        host.append(el);
        await afterGrace();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('has a client attribute ("[object Object]")');
      expect(warnings[0]).to.include('set the property');
    });

    it('stays quiet inside a provider, with a client property, or when removed before the grace period', async () => {
      const tags = [defineProbe(), defineProbe(), defineProbe()];
      const warnings = await warningsDuring(async () => {
        await mount(backend, html`${document.createElement(tags[0] ?? '')}`);
        const host = await fixture<HTMLElement>(staticHtml`<div></div>`);
        const withClient = document.createElement(tags[1] ?? '') as ProbeElement;
        withClient.client = clientFor(backend, 'viewer');
        const removed = document.createElement(tags[2] ?? '');
        host.append(withClient, removed);
        removed.remove();
        await afterGrace();
      });
      expect(warnings).to.deep.equal([]);
    });
  });
});
