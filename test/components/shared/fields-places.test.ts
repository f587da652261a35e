/**
 * The place fields other elements reuse: phone (calling code + number → one E.164 value), region and time zone.
 * Driven through a tiny element with one form, as a user would.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { Country, Phone, TimeZone } from '../../../src/sdk/index.js';
import { PhoneField } from '../../../src/components/shared/fields/phone-field.js';
import { regionField } from '../../../src/components/shared/fields/region.js';
import { timeZoneField } from '../../../src/components/shared/fields/time-zone.js';
import { FormController } from '../../../src/components/shared/form-controller.js';
import { controls, tokens } from '../../../src/components/shared/styles.js';
import { choose, screen, type } from '../helpers.js';

const Contact = z.object({ phone: z.union([z.literal(''), Phone]), country: z.nullable(Country), timezone: TimeZone });

class PlacesProbe extends LitElement {
  static override styles = [tokens, controls];
  @property() accessor locale = 'en';
  @property() accessor hint: string | undefined = undefined;
  readonly form = new FormController(this, Contact, { phone: '+34600123456', country: 'ES', timezone: 'Europe/Madrid' });
  readonly phone = new PhoneField(this, this.form, 'phone', { country: () => this.form.values.country });

  override render() {
    const { form, locale } = this;
    return html`
      ${this.phone.render({ label: 'Phone', locale, verified: true, hint: this.hint })}
      ${regionField(form, { name: 'country', label: 'Country', locale, emptyLabel: 'Not set', onChange: (region) => this.phone.followCountry(region) })}
      ${timeZoneField(form, { name: 'timezone', label: 'Time zone', locale })}`;
  }
}
customElements.define('tk-places-probe', PlacesProbe);

function control<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string): T {
  const found = [...screen(el).querySelectorAll('label')].find((node) => node.textContent?.trim() === label);
  const target = found?.htmlFor ? screen(el).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

const text = (el: HTMLElement) => (screen(el).textContent ?? '').replace(/\s+/g, ' ');
const chosen = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim();

describe('place fields', () => {
  it('splits a stored number into its calling code and number, and shows it verified', async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe></tk-places-probe>`);
    expect(chosen(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('Spain (+34)');
    expect(control(el, 'Phone number').value).to.equal('600123456');
    expect(text(el)).to.include('Verified');
    await expect(el).to.be.accessible();
  });

  it('composes one E.164 value from what is typed, and follows a reset from outside', async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe></tk-places-probe>`);
    choose(control<HTMLSelectElement>(el, 'Country calling code'), 'FR');
    type(control(el, 'Phone number'), '06 12 34 56 78');
    await el.updateComplete;
    expect(el.form.values.phone).to.equal('+330612345678');
    expect(text(el)).not.to.include('Verified');
    expect(text(el)).to.include('A new number stays unverified until you confirm it');
    el.form.reset({ phone: '+14155550100', country: 'US', timezone: 'America/New_York' });
    await el.updateComplete;
    expect(chosen(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('United States (+1)');
    expect(control(el, 'Phone number').value).to.equal('4155550100');
  });

  it("says the form's own hint under the number instead of the default ones", async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe hint="We send a code by SMS to check it."></tk-places-probe>`);
    type(control(el, 'Phone number'), '600 000 000');
    await el.updateComplete;
    const number = control(el, 'Phone number');
    const described = (number.getAttribute('aria-describedby') ?? '').split(' ').map((id) => screen(el).getElementById(id)?.textContent?.trim());
    expect(described).to.deep.equal(['We send a code by SMS to check it.']);
  });

  it('lets the calling code follow the country while no number is typed', async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe></tk-places-probe>`);
    type(control(el, 'Phone number'), '');
    choose(control<HTMLSelectElement>(el, 'Country'), 'PT');
    await el.updateComplete;
    expect(chosen(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('Portugal (+351)');
    expect(el.form.values.phone).to.equal('');
  });

  it('names regions for the reader and keeps the choice when the language changes', async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe></tk-places-probe>`);
    const country = control<HTMLSelectElement>(el, 'Country');
    choose(country, 'DE');
    await el.updateComplete;
    expect(chosen(country)).to.equal('Germany');
    el.locale = 'es';
    await el.updateComplete;
    expect(chosen(country)).to.equal('Alemania');
    expect(chosen(control<HTMLSelectElement>(el, 'Country calling code'))).to.equal('España (+34)');
    expect(el.form.values.country).to.equal('DE');
  });

  it('fixes the spelling of a typed time zone, shows the time there, and refuses an unknown one', async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe></tk-places-probe>`);
    const zone = control(el, 'Time zone');
    expect(text(el)).to.match(/Local time there: .+\./);
    type(zone, 'asia/tokyo ');
    await el.updateComplete;
    expect(el.form.values.timezone).to.equal('Asia/Tokyo');
    type(zone, 'Mars/Olympus');
    zone.blur();
    await el.updateComplete;
    expect(zone.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.include('Choose a time zone from the list, such as Europe/Madrid.');
    expect(text(el)).to.include('Type a city or region and pick it from the list.');
    const list = screen(el).getElementById(zone.getAttribute('list') ?? '');
    expect(list?.querySelectorAll('option').length).to.be.greaterThan(300);
    await expect(el).to.be.accessible();
  });

  it('offers this device’s time zone in one click', async () => {
    const el = await fixture<PlacesProbe>(html`<tk-places-probe></tk-places-probe>`);
    el.form.set('timezone', 'Pacific/Chatham');
    await el.updateComplete;
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const button = [...screen(el).querySelectorAll('button')].find((node) => node.textContent?.includes("Use this device's time zone"));
    if (!button) throw new Error('no device time zone button');
    button.click();
    await el.updateComplete;
    expect(el.form.values.timezone).to.equal(device);
  });
});
