/**
 * The field kit: one shell wiring label, hint, counter and error to each control, and the fields on it — text,
 * textarea with a code-point counter, checkbox, switch, select, password and verification code. Driven through
 * a tiny element holding two forms, as a user would: type, click, read the screen.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement } from 'lit';
import * as z from 'zod/mini';
import { Email, NewPassword, TEXT_LIMITS, VerificationCode } from '../../../src/sdk/index.js';
import { multiLine, singleLine } from '../../../src/sdk/schemas/text.js';
import { checkboxField, switchField, selectField } from '../../../src/components/shared/fields/choice.js';
import { codeField } from '../../../src/components/shared/fields/code.js';
import { passwordField } from '../../../src/components/shared/fields/password.js';
import { textareaField, textField } from '../../../src/components/shared/fields/text.js';
import { FormController } from '../../../src/components/shared/form-controller.js';
import { setTeamkitLocale } from '../../../src/components/shared/localization.js';
import { controls, tokens } from '../../../src/components/shared/styles.js';
import { choose, screen, type } from '../helpers.js';

const Signup = z.object({
  name: singleLine(1, TEXT_LIMITS.workspaceName),
  email: Email,
  bio: multiLine(20),
  terms: z.boolean().check(z.refine((accepted) => accepted)),
  alerts: z.boolean(),
  plan: z.string().check(z.minLength(1)),
  password: NewPassword,
  code: VerificationCode,
});
const Other = z.object({ name: singleLine(1, 10) });

const blank = { name: '', email: '', bio: '', terms: false, alerts: true, plan: '', password: '', code: '' };

class FieldsProbe extends LitElement {
  static override styles = [tokens, controls];
  readonly form = new FormController(this, Signup, blank);
  /** A second form in the same shadow root, with a field of the same name. */
  readonly other = new FormController(this, Other, { name: '' });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const { form } = this;
    return html`<form novalidate>
      ${textField(form, { name: 'name', label: 'Workspace name', hint: 'Shown to everyone invited.', maxlength: TEXT_LIMITS.workspaceName, required: true })}
      ${textField(form, { name: 'email', label: 'Email', type: 'email', autocomplete: 'email' })}
      ${textareaField(form, { name: 'bio', label: 'About', maxlength: 20 })}
      ${checkboxField(form, { name: 'terms', label: 'I accept the terms' })}
      ${switchField(form, { name: 'alerts', label: 'Usage alerts', hint: 'Emails when you near a limit.' })}
      ${selectField(form, { name: 'plan', label: 'Plan', emptyLabel: 'Choose…', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] })}
      ${passwordField(form, { name: 'password', label: 'Password' })}
      ${codeField(form, { name: 'code', label: 'Code from the email' })}
    </form>
    <form novalidate>${textField(this.other, { name: 'name', label: 'Other name' })}</form>`;
  }
}
customElements.define('tk-fields-probe', FieldsProbe);

/** A new password and the same typed again, as a password change asks for it. */
class RepeatProbe extends LitElement {
  readonly form = new FormController(this, z.object({ password: NewPassword, repeat: z.string() }), { password: '', repeat: '' });

  override render() {
    return html`${passwordField(this.form, { name: 'password', label: 'New password' })}
      ${passwordField(this.form, { name: 'repeat', label: 'Repeat new password', policy: false, hint: 'Type it again.' })}`;
  }
}
customElements.define('tk-repeat-password-probe', RepeatProbe);

/** The control a visible label names. */
function control<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string): T {
  const found = [...screen(el).querySelectorAll('label')].find((node) => node.textContent?.trim() === label);
  const target = found?.htmlFor ? screen(el).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

/** Text as assistive technology reads it: without what is `aria-hidden`. */
function accessibleText(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(accessibleText).join('');
}

/** What assistive technology reads as a control's description. */
function description(el: HTMLElement, input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    .map((id) => {
      const node = screen(el).getElementById(id);
      return node ? accessibleText(node).replace(/\s+/g, ' ').trim() : '';
    }).join(' | ');
}

/** The visible text of the field a control sits in. */
const fieldText = (input: HTMLElement) => (input.closest('[part~="field"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What the polite live regions inside a control's field say now. */
const spoken = (input: HTMLElement) => [...(input.closest('[part~="field"]')?.querySelectorAll('[role="status"]') ?? [])]
  .map((node) => node.textContent?.trim()).filter(Boolean).join(' ');

async function probe(): Promise<FieldsProbe> {
  return fixture<FieldsProbe>(html`<tk-fields-probe></tk-fields-probe>`);
}

describe('field kit', () => {
  it('ties label, hint and error to each control, with ids unique in the shadow root', async () => {
    const el = await probe();
    const name = control(el, 'Workspace name');
    expect(description(el, name)).to.equal('Shown to everyone invited.');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    const ids = [...screen(el).querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(control(el, 'Other name')).not.to.equal(name);
    await expect(el).to.be.accessible();
  });

  it('shows an error once the field was touched and changed, not before (Lion’s rule)', async () => {
    const el = await probe();
    const name = control(el, 'Workspace name');
    name.focus();
    name.blur();
    await el.updateComplete;
    expect(name.getAttribute('aria-invalid')).to.equal('false', 'touched but not changed');
    const email = control(el, 'Email');
    type(email, 'not-an-email');
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false', 'changed but still being typed');
    email.blur();
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, email)).to.equal('Enter a valid email address, like name@example.com.');
    expect(email.getAttribute('spellcheck')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows every error after a submit, and moves focus to the first', async () => {
    const el = await probe();
    expect(await el.form.submit(async () => undefined)).to.equal(false);
    expect(screen(el).activeElement).to.equal(control(el, 'Workspace name'));
    expect(screen(el).querySelectorAll('[aria-invalid="true"]').length).to.be.greaterThan(4);
    await expect(el).to.be.accessible();
  });

  it('counts a textarea in code points, as the schema does: an emoji is one', async () => {
    const el = await probe();
    const about = control<HTMLTextAreaElement>(el, 'About');
    type(about, 'Hi 👋🏽 team');
    await el.updateComplete;
    // H, i, space, 👋, skin tone, space, t, e, a, m: ten code points, twelve UTF-16 units.
    expect(fieldText(about)).to.include('10/20');
    expect(description(el, about)).to.equal('10 characters left');
    expect(spoken(about)).to.equal('');
    type(about, 'Twenty-one characters');
    await el.updateComplete;
    expect(description(el, about)).to.equal('1 character over the limit');
    expect(spoken(about)).to.equal('Over the character limit.');
    about.blur();
    await el.updateComplete;
    expect(description(el, about)).to.include('Use at most 20 characters.');
    expect(about.value).to.equal('Twenty-one characters', 'nothing typed is cut');
  });

  it('says politely when a text field nears its limit, and counts only then', async () => {
    const el = await probe();
    const name = control(el, 'Workspace name');
    expect(Number(name.getAttribute('maxlength'))).to.equal(2 * TEXT_LIMITS.workspaceName, 'a backstop no valid value reaches');
    type(name, 'a'.repeat(60));
    await el.updateComplete;
    expect(fieldText(name)).not.to.include('/80');
    expect(spoken(name)).to.equal('');
    type(name, '😀'.repeat(75));
    await el.updateComplete;
    expect(fieldText(name)).to.include('75/80');
    expect(description(el, name)).to.equal('Shown to everyone invited. | 5 characters left');
    expect(spoken(name)).to.equal('Close to the character limit.');
    expect(el.form.errorFor('name')).to.equal(undefined, '75 emoji are 150 UTF-16 units but 75 code points: valid');
  });

  it('toggles a checkbox and a switch from their labels', async () => {
    const el = await probe();
    const terms = control(el, 'I accept the terms');
    const alerts = control(el, 'Usage alerts');
    expect(alerts.getAttribute('role')).to.equal('switch');
    expect(alerts.checked).to.equal(true);
    expect(description(el, alerts)).to.equal('Emails when you near a limit.');
    screen(el).querySelector<HTMLLabelElement>(`label[for="${terms.id}"]`)?.click();
    screen(el).querySelector<HTMLLabelElement>(`label[for="${alerts.id}"]`)?.click();
    await el.updateComplete;
    expect([el.form.values.terms, el.form.values.alerts]).to.deep.equal([true, false]);
    expect(alerts.checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a select’s value after a reset, even once the reader picked another', async () => {
    const el = await probe();
    const plan = control<HTMLSelectElement>(el, 'Plan');
    expect(plan.selectedOptions[0]?.textContent).to.equal('Choose…');
    choose(plan, 'pro');
    await el.updateComplete;
    expect(el.form.values.plan).to.equal('pro');
    el.form.reset({ ...blank, plan: 'free' });
    await el.updateComplete;
    expect(plan.selectedOptions[0]?.textContent).to.equal('Free');
    choose(plan, '');
    await el.updateComplete;
    expect(el.form.values.plan).to.equal(null, 'the empty choice is null');
  });

  it('states the password policy, counts down to it, then hints at strength', async () => {
    const el = await probe();
    const password = control(el, 'Password');
    expect(password.getAttribute('autocomplete')).to.equal('new-password');
    expect(description(el, password)).to.equal('Use at least 12 characters.');
    type(password, 'abcdefghi');
    await el.updateComplete;
    expect(description(el, password)).to.equal('Use at least 12 characters: 3 more to go.');
    expect(spoken(password)).to.equal('');
    type(password, 'abcdefghijkl');
    await el.updateComplete;
    expect(description(el, password)).to.equal('Long enough: 12 characters or more. Strength: weak. Add a number and a symbol to make it stronger.');
    expect(spoken(password)).to.equal('The password is long enough.');
    type(password, 'abcdefghijk1');
    await el.updateComplete;
    expect(description(el, password)).to.equal('Long enough: 12 characters or more. Strength: fair. Add a symbol to make it stronger.');
    type(password, 'Tr0ub4dor & 3 more words');
    await el.updateComplete;
    expect(description(el, password)).to.equal('Long enough: 12 characters or more. Strength: strong.');
  });

  it('states no policy for a new password typed again to confirm it, which password managers still fill as new', async () => {
    const el = await fixture<RepeatProbe>(html`<tk-repeat-password-probe></tk-repeat-password-probe>`);
    const repeat = control(el, 'Repeat new password');
    type(repeat, 'abc');
    await el.updateComplete;
    expect([repeat.autocomplete, description(el, repeat)]).to.deep.equal(['new-password', 'Type it again.']);
    expect(description(el, control(el, 'New password'))).to.equal('Use at least 12 characters.');
  });

  it('shows and hides the password with a pressed toggle', async () => {
    const el = await probe();
    const password = control(el, 'Password');
    const toggle = [...screen(el).querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Show password');
    if (!toggle) throw new Error('no Show password button');
    expect([password.type, toggle.getAttribute('aria-pressed'), toggle.getAttribute('aria-controls')]).to.deep.equal(['password', 'false', password.id]);
    toggle.click();
    await el.updateComplete;
    expect([password.type, toggle.getAttribute('aria-pressed')]).to.deep.equal(['text', 'true']);
    toggle.click();
    await el.updateComplete;
    expect(password.type).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('takes a pasted "123 456" as the code 123456, on the numeric keyboard with one-time-code autofill', async () => {
    const el = await probe();
    const code = control(el, 'Code from the email');
    expect([code.inputMode, code.autocomplete]).to.deep.equal(['numeric', 'one-time-code']);
    type(code, '123 456');
    await el.updateComplete;
    expect([code.value, el.form.values.code]).to.deep.equal(['123456', '123456']);
    type(code, '12a-3');
    await el.updateComplete;
    expect(code.value).to.equal('123');
    code.blur();
    await el.updateComplete;
    expect(description(el, code)).to.equal('Enter the 6-digit code.');
  });

  it('speaks Spanish', async () => {
    await setTeamkitLocale('es');
    try {
      const el = await probe();
      await waitUntil(() => description(el, control(el, 'Password')) === 'Usa al menos 12 caracteres.', 'not in Spanish');
      const about = control<HTMLTextAreaElement>(el, 'About');
      type(about, 'Hola');
      await el.updateComplete;
      expect(description(el, about)).to.equal('Quedan 16 caracteres');
      expect(screen(el).textContent).to.include('Mostrar contraseña');
    } finally {
      await setTeamkitLocale('en');
    }
  });
});
