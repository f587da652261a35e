import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldForm, FormValues } from './form-types.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';
import { textOf } from './text.js';

/** How a locale writes amounts of a currency: its separators, the currency's decimals and where its symbol goes. */
export interface MoneyFormat {
  decimal: string;
  group: string;
  /** ISO 4217's exponent: 2 for EUR and USD, 0 for JPY. */
  fractionDigits: number;
  symbol: string;
  symbolFirst: boolean;
}

const formats = new Map<string, MoneyFormat>();

export function moneyFormat(locale: string, currency: string): MoneyFormat {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const parts = money.formatToParts(1);
    const number = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const part = (type: string, from: Intl.NumberFormatPart[]) => from.find((each) => each.type === type)?.value;
    const symbolAt = parts.findIndex((each) => each.type === 'currency');
    format = {
      decimal: part('decimal', number) ?? '.',
      group: part('group', number) ?? ',',
      fractionDigits: money.resolvedOptions().maximumFractionDigits ?? 2,
      symbol: part('currency', parts) ?? currency,
      symbolFirst: symbolAt >= 0 && symbolAt < parts.findIndex((each) => each.type === 'integer'),
    };
    formats.set(key, format);
  }
  return format;
}

/** White space of any kind, which some locales group thousands with (French writes "1 234,50" with a narrow no-break space). */
const SPACES = /[\s\u00a0\u202f]/gu;

/**
 * An amount as the reader typed it in their locale's way — "1.234,50" or "1234,5" in Spanish, "1,234.50" in
 * English, with or without the currency's symbol or code — or undefined when it is not one. A single separator
 * that cannot be a thousands separator (not followed by exactly three digits) is the decimal point, so "10.5"
 * typed on a Spanish page is ten and a half. More decimals than the currency has are refused, not rounded.
 */
export function parseAmount(text: string, locale: string, currency: string): number | undefined {
  const { decimal, group, fractionDigits, symbol } = moneyFormat(locale, currency);
  let rest = text.replaceAll(symbol, '').replaceAll(currency, '').replace(SPACES, '');
  const negative = /^[-\u2212]/u.test(rest);
  if (negative) rest = rest.slice(1);
  const groupMark = /^[\s\u00a0\u202f]$/u.test(group) ? '' : group;
  const other = decimal === ',' ? '.' : ',';
  let point = rest.lastIndexOf(decimal);
  if (point < 0) {
    const single = rest.indexOf(other) === rest.lastIndexOf(other) ? rest.indexOf(other) : -1;
    if (single >= 0 && (other !== groupMark || rest.length - single - 1 !== 3)) point = single;
  }
  const whole = point < 0 ? rest : rest.slice(0, point);
  const fraction = point < 0 ? '' : rest.slice(point + 1);
  const escaped = groupMark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const grouped = groupMark ? new RegExp(`^\\d{1,3}(?:${escaped}\\d{3})+$`, 'u') : undefined;
  const digits = /^\d+$/.test(whole) ? whole : grouped?.test(whole) ? whole.replaceAll(groupMark, '') : undefined;
  if (digits === undefined || !/^\d*$/.test(fraction) || fraction.length > fractionDigits) return undefined;
  const value = Number(`${digits}.${fraction || '0'}`);
  return negative ? -value : value;
}

/** The amount in the locale's way, with the currency's decimals and no symbol: "1234,50", "1,234.50", "1,235" (JPY). */
export function formatAmount(value: number, locale: string, currency: string): string {
  const { fractionDigits } = moneyFormat(locale, currency);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * The schema's input for a money field's text, for a form's `toInput`: the amount, undefined while empty (the
 * schema says it is required) and NaN when it is not an amount (the field then says how to write one).
 */
export function amountInput(text: string, locale: string, currency: string): number | undefined {
  return text.trim() === '' ? undefined : parseAmount(text, locale, currency) ?? Number.NaN;
}

export interface MoneyFieldOptions<Values> extends ShellOptions {
  /** A field holding the amount as typed (a string); the form's `toInput` turns it into a number with `amountInput`. */
  name: FieldName<Values, string>;
  /** ISO 4217, e.g. `EUR`. */
  currency: string;
  /** Where the amount is read and written, e.g. the provider's locale. */
  locale: string;
}

/**
 * An amount of money in the reader's locale: the currency's symbol beside the input where the locale puts it,
 * a decimal keyboard, what they type read their way ("1.234,50" in Spanish) and rewritten in full once they leave
 * the field ("10,5" → "10,50"), so they see how it was understood. Unless `hint` says otherwise, the hint names
 * the currency (the symbol alone is ambiguous: $). A value that is not an amount gets an example in its place.
 */
export function moneyField<Values extends FormValues>(form: FieldForm<Values>, options: MoneyFieldOptions<Values>): TemplateResult {
  const { name, currency, locale } = options;
  const format = moneyFormat(locale, currency);
  const text = textOf(form.values[name]);
  const shown = form.errorFor(name);
  const notAnAmount = text.trim() !== '' && parseAmount(text, locale, currency) === undefined;
  const example = formatAmount(1234.5, locale, currency);
  const hint = options.hint ?? currencyHint(currency, locale);
  return renderShell(form, name, {
    ...options,
    hint,
    error: shown && notAnAmount ? msg(str`Enter an amount, like ${example}.`, { id: 'tk.field.money.invalid' }) : shown,
  }, (props) => {
    const symbol = html`<span class="currency" part="currency" aria-hidden="true">${format.symbol}</span>`;
    const input = html`<input
      id=${props.id}
      name=${name}
      part="input money"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${live(text)}
      aria-invalid=${props.invalid}
      aria-describedby=${ifDefined(props.describedBy)}
      @input=${(event: InputEvent) => form.set(name, (event.target as HTMLInputElement).value as Values[typeof name])}
      @blur=${() => {
        const value = parseAmount(textOf(form.values[name]), locale, currency);
        const written = value === undefined ? undefined : formatAmount(value, locale, currency);
        if (written !== undefined && written !== form.values[name]) form.set(name, written as Values[typeof name]);
        form.touch(name);
      }}
    />`;
    return html`<div class="money">${format.symbolFirst ? html`${symbol}${input}` : html`${input}${symbol}`}</div>`;
  });
}

/** "Currency: euro (EUR)": which currency, in the reader's words. */
function currencyHint(currency: string, locale: string): string {
  let label = currency;
  try {
    label = new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    // An unknown code shows as it is.
  }
  return msg(str`Currency: ${label} (${currency})`, { id: 'tk.field.money.currency' });
}
