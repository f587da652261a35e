/**
 * MemberPicker, in a test-only element over the reference backend's member search: typed and used from the keyboard
 * as the ARIA 1.2 combobox pattern has it, as a screen reader user and a mouse user meet it.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../../src/backend/index.js';
import type { Member } from '../../../src/sdk/index.js';
import { MemberPicker } from '../../../src/components/shared/member-picker/member-picker.js';
import { memberPickerStyles } from '../../../src/components/shared/member-picker/member-picker.styles.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { eventually, mount, normalizeText, screen, sentRequests, startBackend, type Backend } from '../helpers.js';

const ACME = SEED.workspaces.acme;

/** Picks members into a list; the owner cannot be picked. */
class PickerHost extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, memberPickerStyles];
  picked: Member[] = [];
  errors: unknown[] = [];
  readonly picker = new MemberPicker(this, {
    search: (query, signal) => this.api?.members.list(ACME, { query, limit: 5 }, { signal }),
    unavailable: (member) => (member.role === 'owner' ? 'The owner is always in' : undefined),
    onPick: (member) => { this.picked = [...this.picked, member]; },
    onError: (error) => this.errors.push(error),
    debounce: 20,
  });

  protected override render() {
    return html`<button type="button">Before</button>${this.picker.render({ label: 'Add people', hint: 'Search by name or email.' })}`;
  }
}
customElements.define('tk-test-member-picker', PickerHost);

const input = (el: PickerHost) => screen(el).querySelector<HTMLInputElement>('[role="combobox"]') ?? expect.fail('no combobox');
const options = (el: PickerHost) => [...screen(el).querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: PickerHost) => normalizeText(screen(el).querySelector('[role="status"]')?.textContent);
const searches = () => sentRequests().filter((request) => request.path === `/workspaces/${ACME}/members`);

function key(el: PickerHost, name: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init });
  input(el).dispatchEvent(event);
  return event;
}

function typeText(el: PickerHost, text: string): void {
  const box = input(el);
  box.focus();
  for (let end = 1; end <= text.length; end++) {
    box.value = text.slice(0, end);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

describe('MemberPicker', () => {
  let backend: Backend;
  let el: PickerHost;

  beforeEach(async () => {
    backend = await startBackend();
    el = await mount<PickerHost>(backend, html`<tk-test-member-picker></tk-test-member-picker>`);
  });

  it('is a labelled combobox whose suggestions are closed until the reader types', async () => {
    const box = input(el);
    expect(box.labels?.[0]?.textContent).to.equal('Add people');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(screen(el).getElementById(box.getAttribute('aria-controls') ?? '')?.getAttribute('role')).to.equal('listbox');
    expect(searches()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('searches the server once the reader pauses, and says how many matched', async () => {
    typeText(el, 'silva');
    await eventually(() => options(el).length > 0, 'no suggestions');
    expect(searches()).to.have.length(1);
    expect(options(el).map((option) => normalizeText(option.querySelector('.name')?.textContent))).to.deep.equal(['Ana Silva']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(status(el)).to.equal('1 member found.');
    await expect(el).to.be.accessible();
  });

  it('moves through the suggestions with Down and Up, picks with Enter, and empties the box for the next one', async () => {
    typeText(el, 'an');
    await eventually(() => options(el).length > 1, 'not several suggestions');
    key(el, 'ArrowDown');
    await el.updateComplete;
    const [first, second] = options(el);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(first?.id);
    expect(first?.getAttribute('aria-selected')).to.equal('true');
    key(el, 'ArrowDown');
    key(el, 'ArrowUp');
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(second?.id);
    const name = normalizeText(second?.querySelector('.name')?.textContent);
    const enter = key(el, 'Enter');
    await el.updateComplete;
    expect(enter.defaultPrevented, 'Enter submitted the form around it').to.equal(true);
    expect(el.picked.map((member) => member.name)).to.deep.equal([name]);
    expect(input(el).value).to.equal('');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement === el && el.shadowRoot?.activeElement === input(el), 'focus left the box').to.equal(true);
  });

  it('opens on Down without typing, listing the first members by name', async () => {
    input(el).focus();
    key(el, 'ArrowDown');
    await eventually(() => options(el).length === 5, 'no suggestions');
    expect(status(el)).to.match(/^5 of \d+ members shown\. Keep typing to narrow the list\.$/);
  });

  it('keeps an unavailable member listed with the reason, and does not pick them', async () => {
    typeText(el, 'olivia');
    await eventually(() => options(el).length > 0, 'no suggestions');
    const [owner] = options(el);
    expect(owner?.getAttribute('aria-disabled')).to.equal('true');
    expect(normalizeText(owner?.textContent)).to.include('The owner is always in');
    key(el, 'ArrowDown');
    key(el, 'Enter');
    owner?.click();
    await el.updateComplete;
    expect(el.picked).to.deep.equal([]);
  });

  it('picks with a click, keeping focus in the box', async () => {
    typeText(el, 'mia');
    await eventually(() => options(el).length > 0, 'no suggestions');
    const [mia] = options(el);
    mia?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    mia?.click();
    await el.updateComplete;
    expect(el.picked.map((member) => member.id)).to.deep.equal([SEED.members.acme.member]);
  });

  it('closes on Escape, then clears on a second Escape, and lets neither reach a dialog around it', async () => {
    typeText(el, 'ana');
    await eventually(() => options(el).length > 0, 'no suggestions');
    const first = key(el, 'Escape');
    await el.updateComplete;
    expect([first.defaultPrevented, input(el).getAttribute('aria-expanded'), input(el).value]).to.deep.equal([true, 'false', 'ana']);
    const second = key(el, 'Escape');
    await el.updateComplete;
    expect([second.defaultPrevented, input(el).value]).to.deep.equal([true, '']);
    expect(key(el, 'Escape').defaultPrevented, 'an empty, closed box keeps Escape').to.equal(false);
  });

  it('says when nothing matches', async () => {
    typeText(el, 'nobody-at-all');
    await eventually(() => status(el) !== '' && status(el) !== 'Searching…', 'no status');
    expect(status(el)).to.equal('No member matches "nobody-at-all".');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('says a failed search in words, reports it, and tries again on Down', async () => {
    backend.faults.add({ method: 'GET', path: `/workspaces/${ACME}/members`, status: 500 });
    typeText(el, 'ana');
    await eventually(() => status(el).startsWith("Couldn't search"), 'no failure said');
    expect(status(el)).to.equal("Couldn't search: Something went wrong. Press Down to try again.");
    expect(el.errors).to.have.length(1);
    backend.faults.clear();
    key(el, 'ArrowDown');
    await eventually(() => options(el).length > 0, 'Down did not search again');
  });
});
