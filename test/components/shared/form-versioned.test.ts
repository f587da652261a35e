/**
 * Versioned forms: `FormController` over a resource with an ETag — only changed fields sent with If-Match, a
 * 412 that keeps every edit, "Reload and merge" with the reader's fields on top, and the standard footer.
 * Driven through a tiny element editing the signed-in account against the reference backend.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { initialState, Task } from '@lit/task';
import { html } from 'lit';
import { SEED } from '../../../src/backend/index.js';
import { UserUpdate, ValidationError, TEXT_LIMITS, type User, type WithETag } from '../../../src/sdk/index.js';
import { renderTask } from '../../../src/components/shared/feedback/states.js';
import { regionField } from '../../../src/components/shared/fields/region.js';
import { textField } from '../../../src/components/shared/fields/text.js';
import { timeZoneField } from '../../../src/components/shared/fields/time-zone.js';
import { FormController } from '../../../src/components/shared/form-controller.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { buttonByText, choose, clientFor, mount, screen, startBackend, type, type Backend } from '../helpers.js';

type Send = (patch: Partial<UserUpdate>, ifMatch: string | null) => Promise<WithETag<User> | undefined>;

type ProbeValues = { name: string; phone: string | null; locale: string; timezone: string; country: string | null };

class AccountProbe extends TeamkitElement {
  /** What the form's failures were reported as. */
  readonly reported: string[] = [];
  /** Each save's patch and If-Match, as sent. */
  readonly sent: { patch: Partial<UserUpdate>; ifMatch: string | null }[] = [];
  /** Replaces the SDK call, to hold a save open or make it fail a particular way. */
  send: Send | undefined;

  readonly form = new FormController<typeof UserUpdate, ProbeValues, User>(this, UserUpdate, { name: '', phone: null, locale: 'en', timezone: 'UTC', country: null }, {
    // An account may have no language or time zone yet: the probe shows the defaults then.
    toValues: (user) => ({ name: user.name, phone: user.phone, locale: user.locale ?? 'en', timezone: user.timezone ?? 'UTC', country: user.country }),
    reload: ({ signal }) => this.#client().account.get({ signal }),
    onError: (_error, during) => this.reported.push(during),
  });

  readonly #load = new Task(this, {
    args: () => [this.api] as const,
    task: async ([api], { signal }) => {
      if (!api) return initialState;
      const user = await api.account.get({ signal });
      this.form.load(user);
      return user;
    },
  });

  #client() {
    const api = this.api;
    if (!api) throw new Error('no client');
    return api;
  }

  override render() {
    return renderTask(this.#load, {
      complete: () => html`<form novalidate @submit=${this.#save}>
        ${textField(this.form, { name: 'name', label: 'Full name', maxlength: TEXT_LIMITS.personName })}
        ${regionField(this.form, { name: 'country', label: 'Country', locale: 'en', emptyLabel: 'Not set' })}
        ${timeZoneField(this.form, { name: 'timezone', label: 'Time zone', locale: 'en' })}
        ${this.form.renderFooter()}
      </form>`,
    });
  }

  #save = (event: SubmitEvent) => {
    event.preventDefault();
    void this.form.save((patch, ifMatch) => {
      this.sent.push({ patch, ifMatch });
      return this.send ? this.send(patch, ifMatch) : this.#client().account.update(patch, { ifMatch });
    });
  };
}
customElements.define('tk-account-probe', AccountProbe);

/** The control a visible label names. */
function control<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string): T {
  const found = [...screen(el).querySelectorAll('label')].find((node) => node.textContent?.trim() === label);
  const target = found?.htmlFor ? screen(el).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

const text = (el: HTMLElement) => (screen(el).textContent ?? '').replace(/\s+/g, ' ');
const part = (el: HTMLElement, name: string) => screen(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const until = (el: HTMLElement, shown: string) => waitUntil(() => text(el).includes(shown), `never showed "${shown}"; showing: ${text(el).slice(0, 300)}`);
const stored = (backend: Backend) => {
  const user = backend.store.users.get(SEED.users.owner.id);
  if (!user) throw new Error('no owner');
  return user;
};

async function submit(el: AccountProbe): Promise<void> {
  buttonByText(screen(el), 'Save changes').click();
  await el.updateComplete;
}

describe('FormController (versioned)', () => {
  let backend: Backend;
  let el: AccountProbe;
  beforeEach(async () => {
    backend = await startBackend();
    el = await mount<AccountProbe>(backend, html`<tk-account-probe></tk-account-probe>`);
  });

  it('keeps Save and Cancel unavailable, with the reason, until something changes', async () => {
    const save = buttonByText(screen(el), 'Save changes');
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(buttonByText(screen(el), 'Cancel').getAttribute('aria-disabled')).to.equal('true');
    const reason = screen(el).getElementById(save.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent?.trim()).to.equal('No changes to save');
    await expect(el).to.be.accessible();

    type(control(el, 'Full name'), 'Olivia Edited');
    await el.updateComplete;
    expect(save.getAttribute('aria-disabled')).to.equal('false');
    expect(reason?.textContent?.trim()).to.equal('Unsaved changes: Full name');
  });

  it('sends only the changed fields with the ETag, then makes the answer the baseline', async () => {
    const etag = el.form.etag;
    expect(etag).to.be.a('string');
    type(control(el, 'Full name'), 'Olivia Edited');
    choose(control<HTMLSelectElement>(el, 'Country'), 'CA');
    await submit(el);
    await until(el, 'Changes saved');
    expect(el.sent).to.deep.equal([{ patch: { name: 'Olivia Edited', country: 'CA' }, ifMatch: etag }]);
    expect([stored(backend).name, stored(backend).country]).to.deep.equal(['Olivia Edited', 'CA']);
    expect(el.form.dirty).to.equal(false);
    expect(el.form.etag).to.be.a('string').and.not.equal(etag);
    expect(part(el, 'notice')?.getAttribute('role')).to.equal(null, 'a success is announced politely, not as an alert');
    await expect(el).to.be.accessible();
  });

  it('names up to three changes, then counts them', async () => {
    type(control(el, 'Full name'), 'Olivia Edited');
    choose(control<HTMLSelectElement>(el, 'Country'), 'CA');
    type(control(el, 'Time zone'), 'Europe/Paris');
    await el.updateComplete;
    expect(part(el, 'dirty-status')?.textContent?.trim()).to.equal('Unsaved changes: Full name, Country, and Time zone');
    el.form.set('locale', 'es');
    await el.updateComplete;
    expect(part(el, 'dirty-status')?.textContent?.trim()).to.equal('4 unsaved changes');
  });

  it('keeps what was typed while the save was on its way', async () => {
    let finish: () => void = () => undefined;
    el.send = async (patch, ifMatch) => {
      await new Promise<void>((resolve) => { finish = resolve; });
      return clientFor(backend, 'owner').account.update(patch, { ifMatch });
    };
    type(control(el, 'Full name'), 'First Edit');
    await submit(el);
    expect(buttonByText(screen(el), 'Saving…').getAttribute('aria-disabled')).to.equal('true');
    type(control(el, 'Time zone'), 'Asia/Tokyo');
    finish();
    await until(el, 'Unsaved changes: Time zone');
    expect(control(el, 'Full name').value).to.equal('First Edit');
    expect(control(el, 'Time zone').value).to.equal('Asia/Tokyo');
    expect(stored(backend).name).to.equal('First Edit');
  });

  it('Cancel restores the loaded values and clears the errors', async () => {
    type(control(el, 'Full name'), '');
    control(el, 'Full name').blur();
    await until(el, 'This field is required.');
    buttonByText(screen(el), 'Cancel').click();
    await el.updateComplete;
    expect(control(el, 'Full name').value).to.equal('Olivia Owner');
    expect(text(el)).not.to.include('This field is required.');
    expect(part(el, 'dirty-status')?.textContent?.trim()).to.equal('No changes to save');
  });

  it('shows client errors after a save attempt, next to the field, and sends nothing', async () => {
    type(control(el, 'Full name'), ' ');
    await el.updateComplete;
    expect(buttonByText(screen(el), 'Save changes').getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'dirty-status')?.textContent?.trim()).to.equal('Check the fields above before saving.');
    await submit(el);
    await until(el, 'This field is required.');
    const name = control(el, 'Full name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(screen(el).activeElement).to.equal(name);
    expect(el.sent).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('puts the server’s field errors next to their fields and keeps the edits', async () => {
    el.send = () => Promise.reject(new ValidationError({
      type: 'about:blank', title: 'Invalid input', status: 422, code: 'validation_failed', detail: 'Invalid.',
      errors: [{ field: 'name', code: 'bidi_override', message: 'Remove invisible characters.' }],
    }));
    type(control(el, 'Full name'), 'Edited');
    await submit(el);
    await until(el, 'Remove the hidden text-direction characters.');
    const name = control(el, 'Full name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.value).to.equal('Edited');
    expect(part(el, 'form-error')).to.equal(null);
    expect(el.reported).to.deep.equal(['save']);
  });

  it('after a failure, says what happened, keeps the edits and tries again', async () => {
    backend.faults.add({ method: 'PATCH', path: '/me', status: 500 });
    type(control(el, 'Full name'), 'Kept Name');
    await submit(el);
    await until(el, 'Something went wrong');
    const error = part(el, 'form-error');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(control(el, 'Full name').value).to.equal('Kept Name');
    expect(el.reported).to.deep.equal(['save']);
    await expect(el).to.be.accessible();
    buttonByText(screen(el), 'Try again').click();
    await until(el, 'Changes saved');
    expect(stored(backend).name).to.equal('Kept Name');
  });

  describe('when the resource changed elsewhere (412)', () => {
    it('keeps every edit, reloads and merges with the reader’s fields on top, names what changed, and saves again', async () => {
      type(control(el, 'Full name'), 'Olivia Edited');
      choose(control<HTMLSelectElement>(el, 'Country'), 'CA');
      await clientFor(backend, 'owner').account.update({ name: 'Liv', timezone: 'Europe/Paris' });

      await submit(el);
      await until(el, 'Someone else changed this');
      expect(part(el, 'notice')?.getAttribute('role')).to.equal('alert');
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
      expect(control<HTMLSelectElement>(el, 'Country').value).to.equal('CA');
      expect(stored(backend).name).to.equal('Liv');
      await expect(el).to.be.accessible();

      buttonByText(screen(el), 'Reload and merge').click();
      await until(el, 'Loaded the latest version');
      expect(text(el)).to.include('Changed elsewhere: Time zone.');
      expect(text(el)).to.include('Changed in both places, your version kept: Full name.');
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
      expect(control<HTMLSelectElement>(el, 'Country').value).to.equal('CA');
      expect(control(el, 'Time zone').value).to.equal('Europe/Paris');
      expect(screen(el).activeElement).to.equal(buttonByText(screen(el), 'Save changes'));
      await expect(el).to.be.accessible();

      await submit(el);
      await until(el, 'Changes saved');
      expect(el.sent.at(-1)?.patch).to.deep.equal({ name: 'Olivia Edited', country: 'CA' });
      const user = stored(backend);
      expect([user.name, user.country, user.timezone]).to.deep.equal(['Olivia Edited', 'CA', 'Europe/Paris']);
    });

    it('keeps the edits when the reload fails, and retries it', async () => {
      type(control(el, 'Full name'), 'Olivia Edited');
      await clientFor(backend, 'owner').account.update({ timezone: 'Europe/Paris' });
      await submit(el);
      await until(el, 'Someone else changed this');
      backend.faults.add({ method: 'GET', path: '/me', network: true });
      buttonByText(screen(el), 'Reload and merge').click();
      await until(el, "Can't reach the server");
      expect(el.reported).to.deep.equal(['save', 'reload']);
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
      buttonByText(screen(el), 'Try again').click();
      await until(el, 'Changed elsewhere: Time zone.');
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
    });
  });
});
