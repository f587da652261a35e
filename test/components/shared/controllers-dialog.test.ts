/**
 * DialogController and the ConfirmController built on it: opening and closing as promises, focus in and back
 * (through shadow roots), Escape and the host's veto, with real key presses.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, nothing, type TemplateResult } from 'lit';
import { ConfirmController, type ConfirmOptions } from '../../../src/components/shared/confirm-controller.js';
import { DialogController } from '../../../src/components/shared/controllers/dialog-controller.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { buttonByText, eventually, screen, type } from '../helpers.js';

/** A test-only element with a rename dialog and a confirm step; `busy` makes the dialog refuse Escape. */
class DialogProbe extends TeamkitElement {
  busy = false;
  closedWith: (string | undefined)[] = [];
  readonly dialog = new DialogController(this, {
    id: 'rename',
    canClose: () => !this.busy,
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('h1'),
    onClose: (value) => this.closedWith.push(value),
  });

  readonly confirm = new ConfirmController(this);

  override render(): TemplateResult {
    const { dialog } = this;
    return html`<h1 tabindex="-1">Settings</h1>
      <button type="button" id="open" @click=${() => void dialog.showModal()}>Rename</button>
      <dialog id=${dialog.id} aria-labelledby=${dialog.titleId}>${dialog.open ? html`
        <h2 id=${dialog.titleId}>Rename the workspace</h2>
        <button type="button" @click=${() => void dialog.hide()}>Close</button>
        <label>Name <input name="name" /></label>
        <button type="button" @click=${() => void dialog.hide('save')}>Save</button>` : nothing}
      </dialog>
      ${this.confirm.render()}`;
  }
}
customElements.define('tk-test-dialog-probe', DialogProbe);

/** A button inside another element's shadow root, as a host page's own components have. */
class NestedTrigger extends HTMLElement {
  readonly button: HTMLButtonElement;
  constructor() {
    super();
    this.button = document.createElement('button');
    this.button.textContent = 'Open from inside';
    this.attachShadow({ mode: 'open' }).append(this.button);
  }
}
customElements.define('tk-test-nested-trigger', NestedTrigger);

// The probe needs no API client: spare the console the development warning about it.
((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set()).add('teamkit-no-client');

const dialogOf = (el: DialogProbe) => screen(el).querySelector<HTMLDialogElement>('dialog#rename');
const confirmOf = (el: DialogProbe) => screen(el).querySelector<HTMLDialogElement>('dialog[data-confirm]');
const focused = (el: DialogProbe) => screen(el).activeElement;

async function probe(): Promise<DialogProbe> {
  const el = await fixture<DialogProbe>(html`<tk-test-dialog-probe></tk-test-dialog-probe>`);
  await el.updateComplete;
  return el;
}

describe('DialogController', () => {
  it('opens modally with focus on the first field, and resolves with the return value once closed', async () => {
    const el = await probe();
    const opener = screen(el).querySelector<HTMLButtonElement>('#open');
    opener?.focus();
    const closed = el.dialog.showModal();
    await eventually(() => dialogOf(el)?.open, 'the dialog did not open');
    expect(dialogOf(el)?.matches(':modal')).to.equal(true);
    expect(el.dialog.open).to.equal(true);
    expect(focused(el)?.getAttribute('name')).to.equal('name');
    expect(screen(el).getElementById(dialogOf(el)?.getAttribute('aria-labelledby') ?? '')?.textContent).to.equal('Rename the workspace');
    await expect(el).to.be.accessible();
    buttonByText(dialogOf(el) ?? el, 'Save').click();
    expect(await closed).to.equal('save');
    await el.updateComplete;
    expect(dialogOf(el)?.open).to.equal(false);
    expect(el.dialog.open).to.equal(false);
    expect(el.closedWith).to.deep.equal(['save']);
    await eventually(() => focused(el) === opener, 'focus did not return to the opener');
  });

  it('closes on Escape as dismissed, unless the host refuses while busy', async () => {
    const el = await probe();
    const opener = screen(el).querySelector<HTMLButtonElement>('#open');
    opener?.focus();
    opener?.click();
    await eventually(() => dialogOf(el)?.open, 'the dialog did not open');
    el.busy = true;
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el)?.open).to.equal(true);
    el.busy = false;
    await sendKeys({ press: 'Escape' });
    await eventually(() => !dialogOf(el)?.open, 'Escape did not close it');
    expect(el.closedWith).to.deep.equal([undefined]);
    await eventually(() => focused(el)?.id === 'open', 'focus did not return to the opener');
  });

  it('gives focus back to a trigger inside another shadow root', async () => {
    const el = await probe();
    const nested = document.createElement('tk-test-nested-trigger') as NestedTrigger;
    el.before(nested);
    nested.button.focus();
    const closed = el.dialog.showModal();
    await eventually(() => dialogOf(el)?.open, 'the dialog did not open');
    await el.dialog.hide();
    expect(await closed).to.equal(undefined);
    expect(nested.shadowRoot?.activeElement).to.equal(nested.button);
    nested.remove();
  });

  it('sends focus to the fallback when the trigger went away', async () => {
    const el = await probe();
    const nested = document.createElement('tk-test-nested-trigger') as NestedTrigger;
    el.before(nested);
    nested.button.focus();
    void el.dialog.showModal();
    await eventually(() => dialogOf(el)?.open, 'the dialog did not open');
    nested.remove();
    await el.dialog.hide();
    await eventually(() => focused(el)?.localName === 'h1', 'focus did not go to the fallback');
  });

  it('opens without blocking the page with show(), once however often it is asked', async () => {
    const el = await probe();
    const first = el.dialog.show();
    const second = el.dialog.show();
    await eventually(() => dialogOf(el)?.open, 'the dialog did not open');
    expect(dialogOf(el)?.matches(':modal')).to.equal(false);
    await el.dialog.hide('done');
    expect([await first, await second]).to.deep.equal(['done', 'done']);
  });

  it('answers a pending open as dismissed when the element leaves the page', async () => {
    const el = await probe();
    const closed = el.dialog.showModal();
    await eventually(() => dialogOf(el)?.open, 'the dialog did not open');
    el.remove();
    expect(await closed).to.equal(undefined);
    expect(el.dialog.open).to.equal(false);
  });

  it('answers as dismissed, without an error, when asked to open by an element that already left the page', async () => {
    const el = await probe();
    el.remove();
    // A controller made after the element left (a dialog loaded on demand) never hears that it was disconnected.
    const late = new DialogController(el, { id: 'rename' });
    expect(await late.showModal()).to.equal(undefined);
    expect(late.open).to.equal(false);
  });
});

describe('ConfirmController', () => {
  const question: ConfirmOptions = { title: 'Remove Ana?', message: 'She loses access at once.', confirmLabel: 'Remove', danger: true };

  it('resolves true when confirmed, false when cancelled, and gives focus back', async () => {
    const el = await probe();
    const opener = screen(el).querySelector<HTMLButtonElement>('#open');
    opener?.focus();
    const yes = el.confirm.ask(question);
    await eventually(() => confirmOf(el)?.open, 'no confirm dialog');
    expect(focused(el)?.getAttribute('part')).to.equal('confirm-cancel');
    expect(confirmOf(el)?.textContent).to.include('She loses access at once.');
    await expect(el).to.be.accessible();
    buttonByText(confirmOf(el) ?? el, 'Remove').click();
    expect(await yes).to.equal(true);
    await eventually(() => focused(el) === opener, 'focus did not return');
    expect(confirmOf(el)).to.equal(null);

    const no = el.confirm.ask(question);
    await eventually(() => confirmOf(el)?.open, 'no confirm dialog');
    await sendKeys({ press: 'Escape' });
    expect(await no).to.equal(false);
  });

  it('keeps the confirm button disabled until the text is typed exactly', async () => {
    const el = await probe();
    const answer = el.confirm.ask({ ...question, typedConfirmation: 'Acme Inc.' });
    await eventually(() => confirmOf(el)?.open, 'no confirm dialog');
    const input = screen(el).querySelector<HTMLInputElement>('#confirm-typed');
    expect(focused(el)).to.equal(input);
    const accept = buttonByText(confirmOf(el) ?? el, 'Remove');
    expect(accept.disabled).to.equal(true);
    if (input) type(input, 'Acme Inc');
    await el.updateComplete;
    expect(accept.disabled).to.equal(true);
    if (input) type(input, 'Acme Inc.');
    await el.updateComplete;
    expect(accept.disabled).to.equal(false);
    accept.click();
    expect(await answer).to.equal(true);
  });

  it('answers an open question with false when asked another', async () => {
    const el = await probe();
    const first = el.confirm.ask(question);
    await eventually(() => confirmOf(el)?.open, 'no confirm dialog');
    const second = el.confirm.ask({ ...question, title: 'Remove Bo?' });
    expect(await first).to.equal(false);
    await eventually(() => confirmOf(el)?.open && confirmOf(el)?.textContent?.includes('Remove Bo?'), 'the second question did not show');
    buttonByText(confirmOf(el) ?? el, 'Cancel').click();
    expect(await second).to.equal(false);
  });
});
