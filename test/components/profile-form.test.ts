import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { ProfileForm } from '../../src/components/profile-form/profile-form.component.js';
import { SEED } from '../../src/backend/index.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import {
  buttonByText, choose, clientFor, hostileStrings, mount, pwned, screen, settle, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

/** A real 1×1 PNG: the backend checks that the bytes are the image they claim to be. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

/** The control a visible label names, as a user finds it. */
function control<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string): T {
  const found = [...screen(el).querySelectorAll('label')].find((node) => node.textContent?.trim() === label);
  const target = found?.htmlFor ? screen(el).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

/** What the element shows, whitespace collapsed. */
function text(el: HTMLElement): string {
  return (screen(el).textContent ?? '').replace(/\s+/g, ' ');
}

/** The text of the elements an input's aria-describedby names. */
function description(el: HTMLElement, input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    .map((id) => screen(el).getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

function selectedText(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent?.trim() ?? '';
}

function account(backend: Backend, who: keyof typeof SEED.users = 'owner') {
  const user = backend.store.users.get(SEED.users[who].id);
  if (!user) throw new Error(`no seed user ${who}`);
  return user;
}

function chooseFile(el: HTMLElement, file: File): void {
  const input = screen(el).querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The next event of this type the element fires, typed. */
function oneEvent<K extends keyof GlobalEventHandlersEventMap>(el: HTMLElement, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => el.addEventListener(type, (event) => resolve(event), { once: true }));
}

async function until(el: HTMLElement, shown: string): Promise<void> {
  await waitUntil(() => text(el).includes(shown), `never showed "${shown}"; showing: ${text(el).slice(0, 400)}`);
}

/**
 * Mounts like `mount` and also waits for the language to apply: Spanish loads on demand, and a test after a
 * Spanish one starts while the page may still be switching back.
 */
async function open(backend: Backend, template: ReturnType<typeof html>, options: MountOptions = {}): Promise<ProfileForm> {
  const el = await mount<ProfileForm>(backend, template, options);
  await until(el, options.locale === 'es' ? 'Guardar cambios' : 'Save changes');
  return el;
}

async function save(el: HTMLElement, label = 'Save changes'): Promise<void> {
  buttonByText(screen(el), label).click();
  await (el as ProfileForm).updateComplete;
}

describe('<profile-form>', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  describe('loading', () => {
    it('shows the signed-in person’s profile, without any workspace', async () => {
      const client = clientFor(backend, 'owner');
      const el = await fixture<ProfileForm>(html`<profile-form .client=${client}></profile-form>`);
      await settle(el);
      expect(control(el, 'Full name').value).to.equal('Olivia Owner');
      const email = control(el, 'Email');
      expect(email.value).to.equal('owner@acme.test');
      expect(email.readOnly).to.equal(true);
      expect(description(el, email)).to.include('Verified');
      expect(selectedText(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('United States (+1)');
      expect(control(el, 'Phone number').value).to.equal('4155550101');
      expect(selectedText(control<HTMLSelectElement>(el, 'Language'))).to.equal('English');
      expect(selectedText(control<HTMLSelectElement>(el, 'Country or region'))).to.equal('United States');
      expect(control(el, 'Time zone').value).to.equal('America/New_York');
      expect(text(el)).to.include('No changes to save');
      await expect(el).to.be.accessible();
    });

    it('shows a loading state, then an error with a retry that works', async () => {
      backend.faults.add({ method: 'GET', path: '/me', status: 500 });
      const errors: Event[] = [];
      const client = clientFor(backend, 'owner');
      const el = await fixture<ProfileForm>(html`<profile-form .client=${client} @tk-error=${(e: Event) => errors.push(e)}></profile-form>`);
      await until(el, 'Something went wrong');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Try again').click();
      await waitUntil(() => screen(el).querySelector('form'), 'form never showed');
      expect(control(el, 'Full name').value).to.equal('Olivia Owner');
    });

    it('explains a refused load instead of offering a retry', async () => {
      backend.faults.add({ method: 'GET', path: '/me', status: 403, code: 'forbidden' });
      const el = await mount<ProfileForm>(backend, html`<profile-form></profile-form>`);
      await until(el, "You don't have permission to do this");
      expect(() => buttonByText(screen(el), 'Try again')).to.throw();
      await expect(el).to.be.accessible();
    });

    it('says when it cannot reach the server', async () => {
      backend.faults.add({ method: 'GET', path: '/me', network: true });
      const el = await mount<ProfileForm>(backend, html`<profile-form></profile-form>`);
      await until(el, "Can't reach the server");
      expect(() => buttonByText(screen(el), 'Try again')).not.to.throw();
    });
  });

  describe('editing and saving', () => {
    it('keeps Save unavailable, with the reason, until something changes', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const saveButton = buttonByText(screen(el), 'Save changes');
      expect(screen(el).querySelector('[part~="footer"] [part~="actions"] [part~="submit"]')).to.equal(saveButton);
      expect(screen(el).querySelector('[part~="actions"] [part~="cancel"]')?.textContent?.trim()).to.equal('Cancel');
      expect(saveButton.getAttribute('aria-disabled')).to.equal('true');
      expect(description(el, saveButton)).to.equal('No changes to save');
      let attempts = 0;
      el.addEventListener('tk-before-profile-save', () => attempts++);
      await save(el);
      expect(attempts).to.equal(0);

      type(control(el, 'Full name'), 'Olivia Ortega');
      await el.updateComplete;
      expect(saveButton.getAttribute('aria-disabled')).to.equal('false');
      expect(description(el, saveButton)).to.equal('Unsaved changes: Full name');
    });

    it('sends only the changed fields with the ETag, then shows and announces the save', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Full name'), 'Olivia Ortega');
      choose(control<HTMLSelectElement>(el, 'Country or region'), 'MX');
      await el.updateComplete;
      expect(text(el)).to.include('Unsaved changes: Full name and Country or region');

      const before = oneEvent(el, 'tk-before-profile-save');
      const saved = oneEvent(el, 'tk-profile-saved');
      await save(el);
      expect((await before).patch).to.deep.equal({ name: 'Olivia Ortega', country: 'MX' });
      expect((await saved).user.name).to.equal('Olivia Ortega');
      await until(el, 'Profile saved');
      expect(screen(el).querySelector('[part~="notice"][part~="success"]')?.textContent?.trim()).to.equal('Profile saved');
      await waitUntil(() => document.getElementById('teamkit-announcer-polite')?.textContent === 'Profile saved', 'not announced');

      const stored = account(backend);
      expect(stored.name).to.equal('Olivia Ortega');
      expect(stored.country).to.equal('MX');
      expect(stored.timezone).to.equal('America/New_York');
      expect(text(el)).to.include('No changes to save');
      await expect(el).to.be.accessible();
    });

    it('saves with the keyboard: Enter in a field submits', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const name = control(el, 'Full name');
      name.focus();
      name.select();
      await sendKeys({ type: 'Olivia K' });
      await sendKeys({ press: 'Enter' });
      await until(el, 'Profile saved');
      expect(account(backend).name).to.equal('Olivia K');
    });

    it('lets the host cancel a save', async () => {
      const el = await open(backend, html`<profile-form @tk-before-profile-save=${(e: Event) => e.preventDefault()}></profile-form>`);
      type(control(el, 'Full name'), 'Not saved');
      await save(el);
      await el.updateComplete;
      expect(account(backend).name).to.equal('Olivia Owner');
      expect(control(el, 'Full name').value).to.equal('Not saved');
      expect(text(el)).not.to.include('Profile saved');
    });

    it('Cancel restores every loaded value', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Full name'), 'Someone else');
      type(control(el, 'Phone number'), '999');
      choose(control<HTMLSelectElement>(el, 'Language'), 'de');
      choose(control<HTMLSelectElement>(el, 'Country or region'), '');
      type(control(el, 'Time zone'), 'Asia/Tokyo');
      await el.updateComplete;
      buttonByText(screen(el), 'Cancel').click();
      await el.updateComplete;
      expect(control(el, 'Full name').value).to.equal('Olivia Owner');
      expect(control(el, 'Phone number').value).to.equal('4155550101');
      expect(control<HTMLSelectElement>(el, 'Language').value).to.equal('en');
      expect(control<HTMLSelectElement>(el, 'Country or region').value).to.equal('US');
      expect(control(el, 'Time zone').value).to.equal('America/New_York');
      expect(text(el)).to.include('No changes to save');
    });

    it('shows field errors next to the fields and sends nothing', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const name = control(el, 'Full name');
      type(name, '   ');
      const phone = control(el, 'Phone number');
      type(phone, '12ab');
      const zone = control(el, 'Time zone');
      type(zone, 'Mars/Olympus');
      await save(el);
      await el.updateComplete;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, name)).to.include('This field is required.');
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, phone)).to.include('Check the number');
      expect(zone.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, zone)).to.include('Choose a time zone from the list');
      expect(screen(el).activeElement === name, 'focus on the first invalid field').to.equal(true);
      expect(account(backend).name).to.equal('Olivia Owner');
      expect(phone.value).to.equal('12ab');
      await expect(el).to.be.accessible();
    });

    it('shows a field’s error once it was touched and changed, not before', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const name = control(el, 'Full name');
      type(name, '');
      await el.updateComplete;
      expect(name.getAttribute('aria-invalid')).to.equal('false');
      name.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(description(el, name)).to.include('This field is required.');
    });
  });

  describe('phone', () => {
    it('builds an E.164 number from the country code and the typed number, stored unverified', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`, { as: 'admin' });
      expect(selectedText(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('United Kingdom (+44)');
      choose(control<HTMLSelectElement>(el, 'Country calling code'), 'ES');
      type(control(el, 'Phone number'), '600 12-34 56');
      await el.updateComplete;
      expect(text(el)).to.include('A new number stays unverified');
      const before = oneEvent(el, 'tk-before-profile-save');
      await save(el);
      expect((await before).patch).to.deep.equal({ phone: '+34600123456' });
      await until(el, 'Profile saved');
      expect(account(backend, 'admin').phone).to.equal('+34600123456');
      const phoneGroup = screen(el).querySelector('fieldset');
      expect(phoneGroup?.querySelector('legend')?.textContent).to.include('Unverified');
      await expect(el).to.be.accessible();
    });

    it('takes a number pasted with its own +code and moves the code into the picker', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Phone number'), '+44 7911 123456');
      await el.updateComplete;
      expect(selectedText(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('United Kingdom (+44)');
      expect(control(el, 'Phone number').value).to.equal('7911123456');
      const before = oneEvent(el, 'tk-before-profile-save');
      await save(el);
      expect((await before).patch).to.deep.equal({ phone: '+447911123456' });
    });

    it('removes the number when the field is emptied', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Phone number'), '');
      await save(el);
      await until(el, 'Profile saved');
      expect(account(backend).phone).to.equal(null);
    });
  });

  describe('language, country and time zone', () => {
    it('names languages in the reader’s language and in their own', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const labels = [...control<HTMLSelectElement>(el, 'Language').options].map((option) => option.textContent?.trim());
      expect(labels).to.include.members(['English', 'Spanish — español', 'Portuguese — português', 'French — français', 'German — Deutsch', 'Italian — italiano']);
    });

    it('offers the user’s own language even when it is not in the list', async () => {
      const el = await open(backend, html`<profile-form languages="en es"></profile-form>`, { as: SEED.users.billing.email });
      const language = control<HTMLSelectElement>(el, 'Language');
      expect(language.value).to.equal('pt-BR');
      expect([...language.options].map((option) => option.value)).to.have.members(['en', 'es', 'pt-BR']);
    });

    it('lists every ISO 3166 region, sorted for the reader', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const options = [...control<HTMLSelectElement>(el, 'Country or region').options].filter((option) => option.value !== '');
      expect(options).to.have.length(249);
      const names = options.map((option) => option.textContent?.trim() ?? '');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
    });

    it('suggests every time zone the browser knows and fixes the spelling of a typed one', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const zone = control(el, 'Time zone');
      const suggestions = [...(zone.list?.options ?? [])].map((option) => option.value);
      expect(suggestions).to.include.members(Intl.supportedValuesOf('timeZone'));
      type(zone, 'europe/madrid');
      choose(control<HTMLSelectElement>(el, 'Language'), 'es');
      await el.updateComplete;
      expect(zone.value).to.equal('Europe/Madrid');
      const before = oneEvent(el, 'tk-before-profile-save');
      await save(el);
      expect((await before).patch).to.deep.equal({ timezone: 'Europe/Madrid', locale: 'es' });
      await until(el, 'Profile saved');
      expect(account(backend).timezone).to.equal('Europe/Madrid');
      expect(account(backend).locale).to.equal('es');
    });
  });

  describe('email', () => {
    it('asks the host to start the email change', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const request = oneEvent(el, 'tk-email-change-request');
      buttonByText(screen(el), 'Change email').click();
      expect((await request).email).to.equal('owner@acme.test');
    });

    it('links to the host’s flow, or shows the host’s own action in the slot', async () => {
      const linked = await open(backend, html`<profile-form email-change-href="#change-email"></profile-form>`);
      const link = [...screen(linked).querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Change email');
      expect(link?.getAttribute('href')).to.equal('#change-email');

      const slotted = await open(backend, html`<profile-form><a slot="email-action" href="/email">Update address</a></profile-form>`);
      const slot = screen(slotted).querySelector<HTMLSlotElement>('slot[name="email-action"]');
      expect(slot?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Update address']);
    });
  });

  describe('avatar', () => {
    it('opens the file chooser from the Upload photo button', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const input = screen(el).querySelector<HTMLInputElement>('input[type="file"]');
      let opened = false;
      input?.addEventListener('click', (event) => { opened = true; event.preventDefault(); });
      buttonByText(screen(el), 'Upload photo').click();
      expect(opened).to.equal(true);
      expect(input?.accept).to.equal('image/png,image/jpeg,image/gif,image/webp');
    });

    it('uploads a photo, shows it, and a following save still works', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      const before = oneEvent(el, 'tk-before-avatar-upload');
      const uploaded = oneEvent(el, 'tk-avatar-uploaded');
      chooseFile(el, new File([PNG], 'me.png', { type: 'image/png' }));
      expect((await before).file.name).to.equal('me.png');
      const user = (await uploaded).user;
      expect(user.avatarUrl).to.match(/^data:image\/png;base64,/);
      await waitUntil(() => screen(el).querySelector('img')?.getAttribute('src') === user.avatarUrl, 'photo not shown');
      expect(screen(el).querySelector('img')?.alt).to.equal('Your profile photo');
      expect(() => buttonByText(screen(el), 'Change photo')).not.to.throw();

      // Saved straight away: the upload's answer carried the account's new version, so no 412.
      type(control(el, 'Full name'), 'Olivia With Photo');
      await save(el);
      await until(el, 'Profile saved');
      expect(account(backend).name).to.equal('Olivia With Photo');
      expect(account(backend).avatarUrl).to.equal(user.avatarUrl);
      await expect(el).to.be.accessible();
    });

    it('lets the host stop an upload', async () => {
      const el = await open(backend, html`<profile-form @tk-before-avatar-upload=${(e: Event) => e.preventDefault()}></profile-form>`);
      chooseFile(el, new File([PNG], 'me.png', { type: 'image/png' }));
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(account(backend).avatarUrl).to.equal(null);
      expect(screen(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.include('Upload photo');
    });

    it('refuses other file types and files over 2 MB before uploading', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      let uploads = 0;
      el.addEventListener('tk-before-avatar-upload', () => uploads++);
      const upload = buttonByText(screen(el), 'Upload photo');

      chooseFile(el, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      await el.updateComplete;
      expect(description(el, upload)).to.include('Use a PNG, JPEG, GIF or WebP image.');
      await expect(el).to.be.accessible();

      const big = new Uint8Array(3 * 1024 * 1024);
      big.set(PNG);
      chooseFile(el, new File([big], 'huge.png', { type: 'image/png' }));
      await el.updateComplete;
      expect(description(el, upload)).to.include('This image is 3 MB. Use one of 2 MB or less.');
      expect(uploads).to.equal(0);
      expect(account(backend).avatarUrl).to.equal(null);
    });

    it('keeps the chosen photo after a failed upload and retries it', async () => {
      backend.faults.add({ method: 'POST', path: '/me/avatar', status: 500 });
      const errors: string[] = [];
      const el = await open(backend, html`<profile-form @tk-error=${(e: TeamkitErrorEvent) => errors.push(e.action)}></profile-form>`);
      chooseFile(el, new File([PNG], 'me.png', { type: 'image/png' }));
      await until(el, 'Something went wrong');
      expect(errors).to.deep.equal(['avatar-upload']);
      expect(screen(el).querySelector('img')?.getAttribute('src')).to.match(/^blob:/);
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Try again').click();
      await waitUntil(() => account(backend).avatarUrl !== null, 'retry did not upload');
      await waitUntil(() => screen(el).querySelector('img')?.getAttribute('src')?.startsWith('data:'), 'server photo not shown');
      expect(text(el)).not.to.include('Something went wrong');
    });

    it('explains a type the server refuses', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      // Declared as PNG, but the bytes are not an image: only the server can tell.
      chooseFile(el, new File(['not really a png'], 'fake.png', { type: 'image/png' }));
      await until(el, 'Use a PNG, JPEG, GIF or WebP image.');
      expect(account(backend).avatarUrl).to.equal(null);
      expect(description(el, buttonByText(screen(el), 'Upload photo'))).to.include('Use a PNG, JPEG, GIF or WebP image.');
      expect(screen(el).querySelector('img'), 'the refused file is not shown as the photo').to.equal(null);
    });

    it('removes the photo after confirming, and not when the dialog is cancelled', async () => {
      const user = account(backend);
      backend.store.users.update(user, { avatarUrl: `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`, version: user.version + 1 });
      const el = await open(backend, html`<profile-form></profile-form>`);
      const remove = buttonByText(screen(el), 'Remove photo');
      remove.focus();
      remove.click();
      await waitUntil(() => screen(el).querySelector('dialog')?.open, 'no confirm dialog');
      expect(text(el)).to.include('Remove your photo?');
      await expect(el).to.be.accessible();
      buttonByText(screen(el).querySelector('dialog') as HTMLDialogElement, 'Cancel').click();
      await el.updateComplete;
      expect(account(backend).avatarUrl).not.to.equal(null);
      expect(screen(el).activeElement === remove, 'focus back on Remove photo').to.equal(true);

      const removed = oneEvent(el, 'tk-avatar-removed');
      buttonByText(screen(el), 'Remove photo').click();
      await waitUntil(() => screen(el).querySelector('dialog')?.open, 'no confirm dialog');
      buttonByText(screen(el).querySelector('dialog') as HTMLDialogElement, 'Remove photo').click();
      expect((await removed).user.avatarUrl).to.equal(null);
      await waitUntil(() => !screen(el).querySelector('img'), 'photo still shown');
      expect(text(el)).to.include('OO');
      expect(() => buttonByText(screen(el), 'Upload photo')).not.to.throw();
    });
    it('keeps unsaved edits through a photo upload, and saves them right after it', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Full name'), 'Olivia Typed First');
      choose(control<HTMLSelectElement>(el, 'Country or region'), 'CA');
      const uploaded = oneEvent(el, 'tk-avatar-uploaded');
      chooseFile(el, new File([PNG], 'me.png', { type: 'image/png' }));
      await uploaded;
      await el.updateComplete;
      expect(control(el, 'Full name').value).to.equal('Olivia Typed First');
      expect(control<HTMLSelectElement>(el, 'Country or region').value).to.equal('CA');
      expect(text(el)).to.include('Unsaved changes: Full name and Country or region');
      const before = oneEvent(el, 'tk-before-profile-save');
      await save(el);
      expect((await before).patch).to.deep.equal({ name: 'Olivia Typed First', country: 'CA' });
      await until(el, 'Profile saved');
      expect([account(backend).name, account(backend).country]).to.deep.equal(['Olivia Typed First', 'CA']);
    });

    it('says a failed upload failed, and Discard photo brings back what was there', async () => {
      backend.faults.add({ method: 'POST', path: '/me/avatar', status: 500 });
      const el = await open(backend, html`<profile-form></profile-form>`);
      chooseFile(el, new File([PNG], 'me.png', { type: 'image/png' }));
      await until(el, "Couldn't upload the photo");
      const notice = screen(el).querySelector('[part~="notice"][part~="danger"]');
      expect(notice?.getAttribute('role')).to.equal('alert');
      expect(notice?.textContent).to.include('Something went wrong');
      buttonByText(screen(el), 'Discard photo').click();
      await el.updateComplete;
      expect(screen(el).querySelector('img')).to.equal(null);
      expect(screen(el).querySelector('[part~="avatar"]')?.textContent?.trim()).to.equal('OO');
      expect(text(el)).not.to.include("Couldn't upload the photo");
    });

    it('says a failed removal failed, reports it, and the notice can be dismissed', async () => {
      const user = account(backend);
      backend.store.users.update(user, { avatarUrl: `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`, version: user.version + 1 });
      backend.faults.add({ method: 'DELETE', path: '/me/avatar', network: true });
      const errors: string[] = [];
      const el = await open(backend, html`<profile-form @tk-error=${(e: TeamkitErrorEvent) => errors.push(e.action)}></profile-form>`);
      buttonByText(screen(el), 'Remove photo').click();
      await waitUntil(() => screen(el).querySelector('dialog')?.open, 'no confirm dialog');
      buttonByText(screen(el).querySelector('dialog') as HTMLDialogElement, 'Remove photo').click();
      await until(el, "Couldn't remove the photo");
      expect(text(el)).to.include("Can't reach the server");
      expect(errors).to.deep.equal(['avatar-remove']);
      expect(screen(el).querySelector('img')).not.to.equal(null);
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Dismiss').click();
      await el.updateComplete;
      expect(text(el)).not.to.include("Couldn't remove the photo");
    });
  });

  describe('when the profile changed elsewhere (412)', () => {
    it('keeps every edit, reloads the latest with the edits on top, and saves again', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Full name'), 'Olivia Edited');
      choose(control<HTMLSelectElement>(el, 'Country or region'), 'CA');
      // Meanwhile, in another tab:
      await clientFor(backend, 'owner').account.update({ name: 'Liv', timezone: 'Europe/Paris' });

      await save(el);
      await until(el, 'Your profile was changed somewhere else');
      const stale = screen(el).querySelector('[part~="notice"][part~="warning"]');
      expect(stale?.getAttribute('role')).to.equal('alert');
      expect(stale?.querySelector('[part~="reload"]')?.textContent?.trim()).to.equal('Reload and merge');
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
      expect(control<HTMLSelectElement>(el, 'Country or region').value).to.equal('CA');
      expect(account(backend).name).to.equal('Liv');
      await expect(el).to.be.accessible();

      buttonByText(screen(el), 'Reload and merge').click();
      await until(el, 'Loaded the latest version');
      expect(text(el)).to.include('Changed elsewhere: Time zone.');
      expect(text(el)).to.include('Changed in both places, your version kept: Full name.');
      expect(screen(el).activeElement?.textContent?.trim(), 'focus on Save').to.equal('Save changes');
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
      expect(control<HTMLSelectElement>(el, 'Country or region').value).to.equal('CA');
      expect(control(el, 'Time zone').value).to.equal('Europe/Paris');
      expect(text(el)).to.include('Unsaved changes: Full name and Country or region');

      const before = oneEvent(el, 'tk-before-profile-save');
      await save(el);
      expect((await before).patch).to.deep.equal({ name: 'Olivia Edited', country: 'CA' });
      await until(el, 'Profile saved');
      const stored = account(backend);
      expect([stored.name, stored.country, stored.timezone]).to.deep.equal(['Olivia Edited', 'CA', 'Europe/Paris']);
    });

    it('when re-reading fails, keeps the edits, reports it, and Try again merges', async () => {
      const errors: string[] = [];
      const el = await open(backend, html`<profile-form @tk-error=${(e: TeamkitErrorEvent) => errors.push(e.action)}></profile-form>`);
      type(control(el, 'Full name'), 'Olivia Edited');
      await clientFor(backend, 'owner').account.update({ timezone: 'Europe/Paris' });
      await save(el);
      await until(el, 'Your profile was changed somewhere else');
      backend.faults.add({ method: 'GET', path: '/me', status: 500 });
      buttonByText(screen(el), 'Reload and merge').click();
      await waitUntil(() => screen(el).querySelector('[part~="form-error"]'), 'no form error');
      expect(errors).to.deep.equal(['profile-save', 'reload']);
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Try again').click();
      await until(el, 'Loaded the latest version');
      expect(control(el, 'Time zone').value).to.equal('Europe/Paris');
      expect(control(el, 'Full name').value).to.equal('Olivia Edited');
    });
  });

  describe('server errors on save', () => {
    const cases: { name: string; fault: Parameters<Backend['faults']['add']>[0]; shows: string; retry: boolean }[] = [
      { name: '403', fault: { status: 403, code: 'forbidden' }, shows: "You don't have permission to do this", retry: false },
      { name: '404', fault: { status: 404, code: 'not_found' }, shows: 'Not found', retry: false },
      { name: '409', fault: { status: 409, code: 'conflict' }, shows: "This can't be done right now", retry: false },
      { name: '422', fault: { status: 422, code: 'validation_failed' }, shows: 'Check the highlighted fields', retry: false },
      { name: '429', fault: { status: 429, code: 'rate_limited', retryAfter: 7 }, shows: 'Wait 7 seconds, then try again.', retry: true },
      { name: '500', fault: { status: 500 }, shows: 'Something went wrong', retry: true },
      { name: 'network down', fault: { network: true }, shows: "Can't reach the server", retry: true },
    ];
    for (const { name, fault, shows, retry } of cases) {
      it(`${name}: says what happened, keeps the edits${retry ? ' and retries' : ''}`, async () => {
        backend.faults.add({ method: 'PATCH', path: '/me', ...fault });
        const el = await open(backend, html`<profile-form></profile-form>`);
        const failed = oneEvent(el, 'tk-error');
        type(control(el, 'Full name'), 'Kept Name');
        await save(el);
        expect((await failed).action).to.equal('profile-save');
        await until(el, shows);
        expect(screen(el).querySelector('[role="alert"]')?.textContent).to.include(shows);
        expect(control(el, 'Full name').value).to.equal('Kept Name');
        expect(account(backend).name).to.equal('Olivia Owner');
        await expect(el).to.be.accessible();
        if (retry) {
          buttonByText(screen(el), 'Try again').click();
          await until(el, 'Profile saved');
          expect(account(backend).name).to.equal('Kept Name');
        } else {
          expect(() => buttonByText(screen(el), 'Try again')).to.throw();
        }
      });
    }
  });

  describe('as a viewer', () => {
    it('edits their own profile: it is theirs, whatever their workspace role', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`, { as: 'viewer' });
      expect(control(el, 'Full name').value).to.equal('Victor Viewer');
      type(control(el, 'Full name'), 'Victor V.');
      await save(el);
      await until(el, 'Profile saved');
      expect(account(backend, 'viewer').name).to.equal('Victor V.');
    });

    it('explains why when the server refuses the change', async () => {
      backend.faults.add({ method: 'PATCH', path: '/me', status: 403, code: 'forbidden' });
      const el = await open(backend, html`<profile-form></profile-form>`, { as: 'viewer' });
      type(control(el, 'Full name'), 'Victor V.');
      await save(el);
      await until(el, "You don't have permission to do this");
      expect(text(el)).to.include('Ask a workspace owner or admin for access.');
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted text', () => {
    it('renders hostile names and emails as text, and saves them unchanged', async () => {
      const { markup, unicode, long } = await hostileStrings();
      const client = clientFor(backend, 'owner');
      for (const hostile of [...markup, ...unicode, ...long]) {
        const user = account(backend);
        backend.store.users.update(user, { name: hostile, email: `${hostile}@x.test`, version: user.version + 1 });
        const el = await open(backend, html`<profile-form></profile-form>`, { client });
        expect(control(el, 'Full name').value, hostile).to.equal(hostile);
        expect(control(el, 'Email').value, hostile).to.equal(`${hostile}@x.test`);
        el.parentElement?.remove();
      }
      expect(pwned()).to.equal(false);

      const el = await open(backend, html`<profile-form></profile-form>`, { client });
      for (const hostile of markup) {
        type(control(el, 'Full name'), hostile);
        const saved = oneEvent(el, 'tk-profile-saved');
        await save(el);
        expect((await saved).user.name).to.equal(hostile);
        expect(account(backend).name).to.equal(hostile);
        expect(control(el, 'Full name').value).to.equal(hostile);
      }
      expect(pwned()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('in Spanish', () => {
    it('speaks Spanish and names languages and countries for a Spanish reader', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`, { locale: 'es', as: 'member' });
      expect(control(el, 'Nombre completo').value).to.equal('Mia Member');
      expect(selectedText(control<HTMLSelectElement>(el, 'Idioma'))).to.equal('español');
      const languages = [...control<HTMLSelectElement>(el, 'Idioma').options].map((option) => option.textContent?.trim());
      expect(languages).to.include('inglés — English');
      const country = control<HTMLSelectElement>(el, 'País o región');
      expect(selectedText(country)).to.equal('España');
      const names = [...country.options].filter((option) => option.value !== '').map((option) => option.textContent?.trim() ?? '');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('es').compare));
      expect(text(el)).to.include('No hay cambios que guardar');
      await expect(el).to.be.accessible();

      type(control(el, 'Nombre completo'), 'Mía Miembro');
      await el.updateComplete;
      expect(text(el)).to.include('Cambios sin guardar: Nombre completo');
      await save(el, 'Guardar cambios');
      await until(el, 'Perfil guardado');
    });

    it('switches language in place when the provider’s locale changes', async () => {
      const el = await open(backend, html`<profile-form></profile-form>`);
      type(control(el, 'Full name'), 'Typed before the switch');
      const provider = el.parentElement as HTMLElement & { locale: string };
      provider.locale = 'es';
      await until(el, 'Guardar cambios');
      expect(control(el, 'Nombre completo').value).to.equal('Typed before the switch');
      expect(control<HTMLSelectElement>(el, 'País o región').value).to.equal('US');
      expect(selectedText(control<HTMLSelectElement>(el, 'País o región'))).to.equal('Estados Unidos');
      provider.locale = 'en';
      await until(el, 'Save changes');
    });
  });
});
