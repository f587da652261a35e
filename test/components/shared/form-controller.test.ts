/**
 * `FormController` over the SDK's own schemas: values typed from the schema's input, `submit` handing over the
 * schema's output (normalised as the server will store it), and the footer in Spanish. The type assertions
 * below are checked by `tsc`, the rest in the browser.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement } from 'lit';
import { ValidationError, WorkspaceCreate, type WorkspaceCreate as WorkspaceInput } from '../../../src/sdk/index.js';
import { textField } from '../../../src/components/shared/fields/text.js';
import { FormController } from '../../../src/components/shared/form-controller.js';
import { setTeamkitLocale } from '../../../src/components/shared/localization.js';
import { controls, tokens } from '../../../src/components/shared/styles.js';
import { screen, type } from '../helpers.js';

class WorkspaceProbe extends LitElement {
  static override styles = [tokens, controls];
  readonly form = new FormController(this, WorkspaceCreate, { name: '', website: null, industry: null, timezone: 'UTC' });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<form novalidate>${textField(this.form, { name: 'name', label: 'Workspace name' })}${this.form.renderFooter()}</form>`;
  }
}
customElements.define('tk-workspace-probe', WorkspaceProbe);

/** The same form with a schema that arrives later, as a dialog's does when it loads it with its data. */
class LazySchemaProbe extends LitElement {
  schema: typeof WorkspaceCreate | undefined;
  readonly form = new FormController<typeof WorkspaceCreate>(this, () => this.schema, { name: '', website: null, industry: null, timezone: 'UTC' });

  override render() {
    return html`<form novalidate>${textField(this.form, { name: 'name', label: 'Workspace name' })}</form>`;
  }
}
customElements.define('tk-lazy-schema-probe', LazySchemaProbe);

/** A form with a check no schema holds: the repeated name must match. */
class RepeatProbe extends LitElement {
  readonly form = new FormController<typeof WorkspaceCreate, { name: string; repeat: string; website: null; industry: null; timezone: string }>(
    this, WorkspaceCreate, { name: '', repeat: '', website: null, industry: null, timezone: 'UTC' }, {
      toInput: ({ repeat: _repeat, ...input }) => input,
      validate: (values) => (values.repeat === values.name ? {} : { repeat: 'The names do not match.' }),
    },
  );

  override render() {
    return html`<form novalidate>${textField(this.form, { name: 'name', label: 'Name' })}${textField(this.form, { name: 'repeat', label: 'Repeat' })}</form>`;
  }
}
customElements.define('tk-repeat-probe', RepeatProbe);

/** A form that words one server field error its own way. */
class WordingProbe extends LitElement {
  readonly form = new FormController(this, WorkspaceCreate, { name: '', website: null, industry: null, timezone: 'UTC' }, {
    fieldMessage: (error) => (error.code === 'taken' ? 'Someone has that name: pick another.' : undefined),
  });

  override render() {
    return html`<form novalidate>${textField(this.form, { name: 'name', label: 'Name' })}</form>`;
  }
}
customElements.define('tk-wording-probe', WordingProbe);

/** A form whose values sit one level down in the request, as `lowBalance.channel` does. */
class NestedProbe extends LitElement {
  readonly form = new FormController(this, WorkspaceCreate, { name: '', website: null, industry: null, timezone: 'UTC' }, {
    serverField: (path) => path.replace(/^workspace\./, ''),
  });

  override render() {
    return html`<form novalidate>${textField(this.form, { name: 'name', label: 'Name' })}</form>`;
  }
}
customElements.define('tk-nested-probe', NestedProbe);

/** True only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Values = WorkspaceProbe['form']['values'];
type Submitted = Parameters<Parameters<WorkspaceProbe['form']['submit']>[0]>[0];
const valuesFollowTheSchemaInput: Same<Values, { name: string; website: string | null; industry: string | null; timezone: string }> = true;
const submitHandsOverTheSchemaOutput: Same<Submitted, WorkspaceInput> = true;

describe('FormController', () => {
  it('types its values from the schema and hands the parsed output to submit', async () => {
    expect([valuesFollowTheSchemaInput, submitHandsOverTheSchemaOutput]).to.deep.equal([true, true]);
    const el = await fixture<WorkspaceProbe>(html`<tk-workspace-probe></tk-workspace-probe>`);
    type(screen(el).querySelector('input') as HTMLInputElement, '  Cafe\u0301 Team  ');
    let received: WorkspaceInput | undefined;
    expect(await el.form.submit(async (input) => { received = input; })).to.equal(true);
    expect(received?.name).to.equal('Café Team', 'trimmed and NFC, as the server stores it');
    expect(el.form.values.name).to.equal('  Cafe\u0301 Team  ', 'what the reader typed stays as typed');
  });

  it('keeps every value when the action fails, and names the failure', async () => {
    const el = await fixture<WorkspaceProbe>(html`<tk-workspace-probe></tk-workspace-probe>`);
    type(screen(el).querySelector('input') as HTMLInputElement, 'Acme');
    const failure = new Error('boom');
    expect(await el.form.submit(() => Promise.reject(failure))).to.equal(false);
    expect(el.form.formError).to.equal(failure);
    expect(el.form.values.name).to.equal('Acme');
  });

  it('validates with a schema that loads later: nothing is flagged before it is there, everything after', async () => {
    const el = await fixture<LazySchemaProbe>(html`<tk-lazy-schema-probe></tk-lazy-schema-probe>`);
    const input = screen(el).querySelector('input') as HTMLInputElement;
    type(input, '   ');
    input.blur();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false', 'no schema yet: nothing to check against');
    let received: unknown;
    expect(await el.form.submit(async (values) => { received = values; })).to.equal(true);
    expect(received).to.deep.include({ name: '   ' }, 'handed on as typed, for the SDK to check');

    el.schema = WorkspaceCreate;
    el.requestUpdate();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(await el.form.submit(async () => undefined)).to.equal(false);
    expect(el.form.valid).to.equal(false);
  });

  it("shows the form's own checks next to their fields after a submit, and refuses to submit until they pass", async () => {
    const el = await fixture<RepeatProbe>(html`<tk-repeat-probe></tk-repeat-probe>`);
    const [name, repeat] = [...screen(el).querySelectorAll('input')];
    if (!name || !repeat) throw new Error('no fields');
    type(name, 'Acme');
    type(repeat, 'Acne');
    await el.updateComplete;
    expect(repeat.getAttribute('aria-invalid')).to.equal('false', 'not yet: the field was never left');
    let sent = 0;
    expect(await el.form.submit(async () => { sent += 1; })).to.equal(false);
    await el.updateComplete;
    expect(repeat.getAttribute('aria-invalid')).to.equal('true');
    expect(screen(el).querySelector('[part~="field-repeat"] [part~="field-error"]')?.textContent?.trim()).to.equal('The names do not match.');
    expect([sent, el.form.valid]).to.deep.equal([0, false]);

    type(repeat, 'Acme');
    expect(await el.form.submit(async () => { sent += 1; })).to.equal(true);
    expect(sent).to.equal(1);
  });

  it("words a server field error the form's own way when it knows better, else the shared way", async () => {
    const el = await fixture<WordingProbe>(html`<tk-wording-probe></tk-wording-probe>`);
    type(screen(el).querySelector('input') as HTMLInputElement, 'Acme');
    const error = () => screen(el).querySelector('[part~="field-error"]')?.textContent?.trim();
    await el.form.submit(() => Promise.reject(ValidationError.fromFields([{ field: 'name', code: 'taken', message: 'Name taken.' }])));
    await el.updateComplete;
    expect(error()).to.equal('Someone has that name: pick another.');
    await el.form.submit(() => Promise.reject(ValidationError.fromFields([{ field: 'name', code: 'control_character', message: 'Bad.' }])));
    await el.updateComplete;
    expect(error()).to.equal('Remove line breaks, tabs and other control characters.');
  });

  it('puts a server field error on the field its path names, when the form maps the path', async () => {
    const el = await fixture<NestedProbe>(html`<tk-nested-probe></tk-nested-probe>`);
    const input = screen(el).querySelector('input') as HTMLInputElement;
    type(input, 'Acme');
    expect(await el.form.submit(() => Promise.reject(ValidationError.fromFields([{ field: 'workspace.name', code: 'taken', message: 'Name taken.' }])))).to.equal(false);
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(screen(el).querySelector('[part~="field-error"]')?.textContent?.trim()).to.equal('Name taken.');
    expect(el.form.formError, 'reported as a failure of the whole form').to.equal(undefined);
  });

  it('speaks Spanish in its footer', async () => {
    await setTeamkitLocale('es');
    try {
      const el = await fixture<WorkspaceProbe>(html`<tk-workspace-probe></tk-workspace-probe>`);
      const status = () => screen(el).querySelector('[part~="dirty-status"]')?.textContent?.trim();
      await waitUntil(() => status() === 'No hay cambios que guardar', `footer not in Spanish: ${status()}`);
      type(screen(el).querySelector('input') as HTMLInputElement, 'Acme');
      await el.updateComplete;
      expect(status()).to.equal('Cambios sin guardar: Workspace name');
      expect(screen(el).querySelector('[part~="submit"]')?.textContent?.trim()).to.equal('Guardar cambios');
    } finally {
      await setTeamkitLocale('en');
    }
  });
});
