import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/**
 * The length of `value` as the schemas measure it (`TEXT_LIMITS`): Unicode code points of its NFC form, so
 * an emoji counts 1 where `.length` says 2, and "é" typed as e + ◌́ counts 1 as it will be stored.
 */
export function codePoints(value: string): number {
  let count = 0;
  for (const _ of value.normalize('NFC')) count += 1;
  return count;
}

export interface TextCount {
  used: number;
  max: number;
  /** Within the last tenth of the limit. */
  near: boolean;
  over: boolean;
}

export function countText(value: string, max: number): TextCount {
  const used = codePoints(value);
  return { used, max, near: max - used <= Math.ceil(max / 10), over: used > max };
}

function spoken(left: number): string {
  if (left === 1) return msg('1 character left', { id: 'tk.field.counter_left_one' });
  if (left >= 0) return msg(str`${left} characters left`, { id: 'tk.field.counter_left' });
  if (left === -1) return msg('1 character over the limit', { id: 'tk.field.counter_over_one' });
  return msg(str`${-left} characters over the limit`, { id: 'tk.field.counter_over' });
}

/** "12/1000" on screen; "988 characters left" (or "5 characters over the limit") to assistive technology. */
export function renderCounter(count: TextCount): TemplateResult {
  return html`<span aria-hidden="true" class=${count.over ? 'over' : ''}>${count.used}/${count.max}</span><span class="visually-hidden">${spoken(count.max - count.used)}</span>`;
}

/**
 * A polite live region that speaks only when the count crosses into "near the limit" or "over it", not on
 * every keystroke. It must be on the page before it changes to be heard, so render it always.
 */
export function renderLimitStatus(count: TextCount): TemplateResult {
  return html`<span class="visually-hidden" role="status">${count.over
    ? msg('Over the character limit.', { id: 'tk.field.limit_over' })
    : count.near ? msg('Close to the character limit.', { id: 'tk.field.limit_near' }) : ''}</span>`;
}
