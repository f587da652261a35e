/**
 * The money field: an amount read and written the reader's way ("1.234,50" in Spanish), the currency's symbol
 * where the locale puts it, and an example when what was typed is not an amount.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { amountInput, formatAmount, moneyField, parseAmount } from '../../../src/components/shared/fields/money.js';
import { FormController } from '../../../src/components/shared/form-controller.js';
import { controls, tokens } from '../../../src/components/shared/styles.js';
import { screen, type } from '../helpers.js';

const Alert = z.object({ threshold: z.number().check(z.minimum(0)) });

class MoneyProbe extends LitElement {
  static override styles = [tokens, controls];
  @property() accessor locale = 'es';
  @property() accessor currency = 'EUR';
  readonly form = new FormController<typeof Alert, { threshold: string }>(this, Alert, { threshold: '' }, {
    toInput: (values) => ({ threshold: amountInput(values.threshold, this.locale, this.currency) }),
  });

  override render() {
    return moneyField(this.form, { name: 'threshold', label: 'Alert below', currency: this.currency, locale: this.locale });
  }
}
customElements.define('tk-money-probe', MoneyProbe);

const inputOf = (el: MoneyProbe) => {
  const input = screen(el).querySelector<HTMLInputElement>('input');
  if (!input) throw new Error('no input');
  return input;
};

describe('money field', () => {
  it('reads amounts the locale\'s way, with or without grouping, symbol or code', () => {
    expect(parseAmount('1.234,50', 'es', 'EUR')).to.equal(1234.5);
    expect(parseAmount('1234,5', 'es', 'EUR')).to.equal(1234.5);
    expect(parseAmount('1.234', 'es', 'EUR')).to.equal(1234);
    expect(parseAmount('12 €', 'es', 'EUR')).to.equal(12);
    expect(parseAmount('1,234.50', 'en', 'USD')).to.equal(1234.5);
    expect(parseAmount('$1,234', 'en', 'USD')).to.equal(1234);
    expect(parseAmount('USD 7', 'en', 'USD')).to.equal(7);
    expect(parseAmount('1\u202f234,50', 'fr', 'EUR')).to.equal(1234.5);
    expect(parseAmount('-5', 'en', 'USD')).to.equal(-5);
  });

  it('takes a lone separator that cannot group thousands as the decimal point', () => {
    expect(parseAmount('10.5', 'es', 'EUR')).to.equal(10.5);
    expect(parseAmount('10,5', 'en', 'USD')).to.equal(10.5);
  });

  it('refuses what is not an amount, and more decimals than the currency has', () => {
    const notAmounts = [['', 'es', 'EUR'], ['abc', 'es', 'EUR'], ['1,2,3', 'es', 'EUR'], ['12,345.67', 'es', 'EUR'], ['12.5', 'en', 'JPY'], ['1.2.3', 'en', 'USD']] as const;
    for (const [text, locale, currency] of notAmounts) expect(parseAmount(text, locale, currency), text).to.equal(undefined);
    expect(parseAmount('1,234', 'es', 'EUR'), 'three decimals of a two-decimal currency').to.equal(undefined);
  });

  it('writes amounts with the currency\'s decimals and no symbol', () => {
    expect(formatAmount(1234.5, 'es', 'EUR')).to.equal('1234,50');
    expect(formatAmount(12345.5, 'es', 'EUR')).to.equal('12.345,50');
    expect(formatAmount(1234.5, 'en', 'USD')).to.equal('1,234.50');
    expect(formatAmount(1234.5, 'en', 'JPY')).to.equal('1,235');
  });

  it('hands the form a number, and rewrites what was typed in full once the reader leaves the field', async () => {
    const el = await fixture<MoneyProbe>(html`<tk-money-probe></tk-money-probe>`);
    const input = inputOf(el);
    type(input, '1.234,5');
    input.blur();
    await el.updateComplete;
    expect(input.value).to.equal('1234,50');
    let sent: unknown;
    expect(await el.form.submit(async (values) => { sent = values; })).to.equal(true);
    expect(sent).to.deep.equal({ threshold: 1234.5 });
  });

  it('shows the symbol where the locale writes it and names the currency in the hint', async () => {
    const spanish = await fixture<MoneyProbe>(html`<tk-money-probe></tk-money-probe>`);
    const money = screen(spanish).querySelector('.money');
    expect(money?.lastElementChild?.textContent).to.equal('€');
    expect(screen(spanish).querySelector('[part~="hint"]')?.textContent).to.equal('Currency: euro (EUR)');
    const english = await fixture<MoneyProbe>(html`<tk-money-probe locale="en" currency="USD"></tk-money-probe>`);
    expect(screen(english).querySelector('.money')?.firstElementChild?.textContent).to.equal('$');
    await expect(english).to.be.accessible();
  });

  it('answers what is not an amount with an example in the reader\'s way, and keeps what was typed', async () => {
    const el = await fixture<MoneyProbe>(html`<tk-money-probe></tk-money-probe>`);
    const input = inputOf(el);
    type(input, 'diez');
    input.blur();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(screen(el).querySelector('[part~="field-error"]')?.textContent).to.equal('Enter an amount, like 1234,50.');
    expect(input.value).to.equal('diez');
    expect(await el.form.submit(async () => {})).to.equal(false);
  });
});
