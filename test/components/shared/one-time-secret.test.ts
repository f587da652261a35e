/**
 * OneTimeSecretController and CopyController: a secret shown once, that cannot be dismissed before the reader
 * says they stored it (real Escape presses), copied with visible feedback or selected for copying by hand, and
 * gone from the page once closed.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { CopyController } from '../../../src/components/shared/clipboard.js';
import { copyStyles } from '../../../src/components/shared/clipboard.styles.js';
import { OneTimeSecretController } from '../../../src/components/shared/one-time-secret.js';
import { secretStyles } from '../../../src/components/shared/one-time-secret.styles.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { stubClipboard, type ClipboardStub } from '../clipboard-stub.js';
import { buttonByText, eventually, fieldByLabel, normalizeText, screen } from '../helpers.js';

const SECRET = 'whsec_0123456789abcdef0123456789abcdef';

/** A test-only element that shows a secret from a button, and copies an id shown as text. */
class SecretProbe extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, copyStyles, secretStyles];
  readonly secret = new OneTimeSecretController(this);
  readonly copy = new CopyController(this, { copiedMs: 200 });
  closed = false;

  override render(): TemplateResult {
    return html`<button type="button" id="show" @click=${() => void this.secret.show({
      title: 'Your signing secret', description: 'Verify deliveries with it.', label: 'Signing secret', secret: SECRET,
    }).then(() => { this.closed = true; })}>Show</button>
      <code id="user-id">usr_olivia</code>${this.copy.render({
        key: 'user', text: () => 'usr_olivia', name: 'Copy user ID', select: () => this.renderRoot.querySelector('#user-id'),
      })}
      ${this.secret.render()}`;
  }
}
customElements.define('tk-test-secret-probe', SecretProbe);

// The probe needs no API client: spare the console the development warning about it.
((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set()).add('teamkit-no-client');

const dialogOf = (el: SecretProbe) => screen(el).querySelector<HTMLDialogElement>('dialog#secret');
const status = (root: ParentNode) => normalizeText(root.querySelector('[part~="copy-status"]')?.textContent);

async function showSecret(): Promise<SecretProbe> {
  const el = await fixture<SecretProbe>(html`<tk-test-secret-probe></tk-test-secret-probe>`);
  const show = screen(el).querySelector<HTMLButtonElement>('#show');
  show?.focus();
  show?.click();
  await eventually(() => dialogOf(el)?.open, 'the secret dialog did not open');
  return el;
}

describe('OneTimeSecretController', () => {
  let clipboard: ClipboardStub | undefined;

  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
  });

  it('shows the secret in a labelled read-only field, with focus on Copy, and passes axe', async () => {
    const el = await showSecret();
    const field = fieldByLabel<HTMLTextAreaElement>(screen(el), 'Signing secret');
    expect(field.value).to.equal(SECRET);
    expect(field.readOnly).to.equal(true);
    expect(screen(el).activeElement?.getAttribute('part')).to.equal('copy');
    await expect(el).to.be.accessible();
  });

  it('refuses Escape and Done until "I have stored it", saying why, then closes and forgets the secret', async () => {
    const el = await showSecret();
    const dialog = dialogOf(el);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog?.open).to.equal(true);
    expect(normalizeText(dialog?.querySelector('[part~="notice"][part~="warning"]')?.textContent)).to.contain('Confirm that you stored it first');
    expect(dialog?.querySelector('[role="alert"]')).to.be.instanceOf(Element);

    if (!dialog) throw new Error('no dialog');
    buttonByText(dialog, 'Done').click();
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(screen(el).activeElement, 'Done sends the reader to the confirmation').to.equal(fieldByLabel(screen(el), 'I have stored it somewhere safe'));

    await sendKeys({ press: 'Space' });
    await eventually(() => buttonByText(dialog, 'Done').getAttribute('aria-disabled') === 'false', 'Done stayed unavailable');
    expect(dialog.querySelector('[part~="notice"]'), 'the refusal stays once confirmed').to.equal(null);
    await sendKeys({ press: 'Escape' });
    await eventually(() => el.closed, 'Escape did not close it once confirmed');
    expect(screen(el).activeElement?.id, 'focus is back on what opened it').to.equal('show');
    expect(screen(el).innerHTML).to.not.contain(SECRET);
  });

  it('starts unconfirmed every time it shows a secret', async () => {
    const el = await showSecret();
    fieldByLabel(screen(el), 'I have stored it somewhere safe').click();
    await el.updateComplete;
    const dialog = dialogOf(el);
    if (!dialog) throw new Error('no dialog');
    buttonByText(dialog, 'Done').click();
    await eventually(() => el.closed, 'Done did not close it');
    screen(el).querySelector<HTMLButtonElement>('#show')?.click();
    await eventually(() => dialogOf(el)?.open, 'the secret dialog did not open again');
    expect(fieldByLabel<HTMLInputElement>(screen(el), 'I have stored it somewhere safe').checked).to.equal(false);
  });

  it('copies with "Copied" beside the button for a while, or selects the secret for copying by hand', async () => {
    clipboard = stubClipboard();
    const el = await showSecret();
    const dialog = dialogOf(el);
    if (!dialog) throw new Error('no dialog');
    buttonByText(dialog, 'Copy').click();
    await eventually(() => status(dialog) === '✓ Copied', 'no "Copied"');
    expect(clipboard.copied).to.deep.equal([SECRET]);
    expect(dialog.querySelector('[part~="copy-status"]')?.getAttribute('role')).to.equal('status');

    clipboard.block();
    buttonByText(dialog, 'Copy').click();
    await eventually(() => /^Couldn't copy automatically\. It's selected: press (Ctrl\+C|⌘C) to copy it\.$/.test(status(dialog)), 'no way to copy by hand');
    const field = fieldByLabel<HTMLTextAreaElement>(screen(el), 'Signing secret');
    expect(screen(el).activeElement).to.equal(field);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal(SECRET);
  });
});

describe('CopyController', () => {
  let clipboard: ClipboardStub | undefined;

  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
  });

  it('names the button after the value, says "Copied", then falls silent', async () => {
    clipboard = stubClipboard();
    const el = await fixture<SecretProbe>(html`<tk-test-secret-probe></tk-test-secret-probe>`);
    const button = screen(el).querySelector<HTMLButtonElement>('[part~="copy"]');
    expect(button?.getAttribute('aria-label')).to.equal('Copy user ID');
    button?.click();
    await eventually(() => status(screen(el)) === '✓ Copied', 'no "Copied"');
    expect(clipboard.copied).to.deep.equal(['usr_olivia']);
    await eventually(() => status(screen(el)) === '', '"Copied" stayed');
  });

  it('selects text shown outside a field when the clipboard is blocked', async () => {
    clipboard = stubClipboard();
    clipboard.block();
    const el = await fixture<SecretProbe>(html`<tk-test-secret-probe></tk-test-secret-probe>`);
    screen(el).querySelector<HTMLButtonElement>('[part~="copy"]')?.click();
    await eventually(() => status(screen(el)).startsWith("Couldn't copy automatically"), 'no way to copy by hand');
    expect(getSelection()?.toString()).to.equal('usr_olivia');
  });
});
