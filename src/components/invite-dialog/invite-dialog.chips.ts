import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_INVITE_EMAILS } from '../../sdk/index.js';
import type { FormatSettings } from '../shared/context.js';
import { formatList, formatNumber } from '../shared/format.js';
import { emailKey, isInvalidChip, mergeEmails, splitEmails, type EmailChip } from './invite-dialog.emails.js';
import { closeIcon, warningIcon } from './invite-dialog.icons.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface EmailChipsOptions {
  /** Called with the addresses whenever the chips change. */
  onChange: (emails: string[]) => void;
  settings: () => FormatSettings;
  /** Whether change and blur may commit typed text now (not while the field is being replaced). */
  mayCommitOnBlur: () => boolean;
}

/**
 * The emails field: typed or pasted addresses become chips, validated one by one, duplicates merged, at most
 * `MAX_INVITE_EMAILS`; what does not fit stays in the input. Keyboard: Enter, comma, space or blur commit;
 * Backspace in an empty input removes the last chip; ArrowLeft moves into the chips, where arrows, Home and End
 * move and Backspace/Delete remove (one chip is in the tab order at a time).
 */
export class EmailChipsController implements ReactiveController {
  chips: EmailChip[] = [];
  /** Text in the input not yet made a chip. */
  draft = '';
  /** The last status spoken about the chips ("1 duplicate merged"). */
  notice = '';
  /** Addresses beyond the per-invitation maximum, waiting in the input. */
  overflow = 0;
  #active = -1;

  constructor(private readonly host: Host, private readonly options: EmailChipsOptions) {
    host.addController(this);
  }

  hostConnected(): void {}

  get invalidCount(): number {
    return this.chips.filter(isInvalidChip).length;
  }

  get validCount(): number {
    return this.chips.length - this.invalidCount;
  }

  set(chips: EmailChip[]): void {
    this.chips = chips;
    this.options.onChange(chips.map((chip) => chip.email));
    this.host.requestUpdate();
  }

  /** Marks the chips the server refused, by address, with its reason. */
  flag(refused: ReadonlyMap<string, string>): void {
    this.chips = this.chips.map((chip) => ({ ...chip, serverMessage: refused.get(emailKey(chip.email)) ?? chip.serverMessage }));
    this.host.requestUpdate();
  }

  reset(): void {
    this.set([]);
    this.draft = '';
    this.notice = '';
    this.overflow = 0;
  }

  clearNotice(): void {
    this.notice = '';
    this.host.requestUpdate();
  }

  /** Adds addresses as chips; what does not fit stays in the input in front of `rest`, so nothing is lost. */
  add(emails: string[], rest = ''): void {
    this.host.requestUpdate();
    if (!emails.length) {
      this.draft = rest;
      return;
    }
    const outcome = mergeEmails(this.chips, emails, MAX_INVITE_EMAILS);
    this.set(outcome.chips);
    this.overflow = outcome.overflow.length;
    this.draft = [...outcome.overflow, rest].filter(Boolean).join(', ');
    const n = (value: number) => formatNumber(value, this.options.settings());
    const parts: string[] = [];
    if (outcome.added === 1 && emails.length === 1) parts.push(msg(str`${emails[0] ?? ''} added`, { id: 'tk.invite-dialog.notice.added_one' }));
    else if (outcome.added) parts.push(msg(str`${n(outcome.added)} addresses added`, { id: 'tk.invite-dialog.notice.added' }));
    if (outcome.duplicates === 1) parts.push(msg('1 duplicate merged', { id: 'tk.invite-dialog.notice.duplicate' }));
    else if (outcome.duplicates) parts.push(msg(str`${n(outcome.duplicates)} duplicates merged`, { id: 'tk.invite-dialog.notice.duplicates' }));
    this.notice = formatList(parts, this.options.settings());
  }

  commitDraft(): void {
    if (this.draft.trim()) this.add(splitEmails(this.draft));
  }

  input(): HTMLInputElement | null {
    return (this.host.shadowRoot ?? this.host).querySelector<HTMLInputElement>('#field-emails');
  }

  async #remove(index: number, from: 'input' | 'chip'): Promise<void> {
    const removed = this.chips[index];
    if (!removed) return;
    this.set(this.chips.filter((_, i) => i !== index));
    this.overflow = 0;
    this.notice = msg(str`${removed.email} removed`, { id: 'tk.invite-dialog.notice.removed' });
    if (from === 'input') return;
    if (this.chips.length) await this.#focusChip(Math.min(index, this.chips.length - 1));
    else this.input()?.focus();
  }

  #activate(index: number): void {
    if (this.#active === index) return;
    this.#active = index;
    this.host.requestUpdate();
  }

  async #focusChip(index: number): Promise<void> {
    this.#active = index;
    this.host.requestUpdate();
    await this.host.updateComplete;
    (this.host.shadowRoot ?? this.host).querySelectorAll<HTMLButtonElement>('[part~="chip-remove"]')[index]?.focus();
  }

  readonly #onInput = (event: InputEvent): void => {
    const value = (event.target as HTMLInputElement).value;
    // Text up to the last separator is complete; what follows is still being typed.
    const separator = /[\s,;]+(?=[^\s,;]*$)/u.exec(value);
    if (separator) this.add(splitEmails(value.slice(0, separator.index)), value.slice(separator.index + separator[0].length));
    else this.draft = value;
  };

  readonly #onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text') ?? '';
    if (!/[\s,;<]/u.test(text.trim())) return; // one address: the browser inserts it, Enter or blur commits it
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    this.add(splitEmails(input.value.slice(0, start) + text + input.value.slice(end)));
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault(); // commits a chip, never submits
      this.commitDraft();
    } else if (event.key === 'Backspace' && input.value === '' && this.chips.length) {
      event.preventDefault();
      void this.#remove(this.chips.length - 1, 'input');
    } else if (event.key === 'ArrowLeft' && input.selectionStart === 0 && input.selectionEnd === 0 && this.chips.length) {
      event.preventDefault();
      void this.#focusChip(this.chips.length - 1);
    }
  };

  readonly #onCommit = (): void => {
    if (this.options.mayCommitOnBlur()) this.commitDraft();
  };

  #onChipKeydown(event: KeyboardEvent, index: number): void {
    const last = this.chips.length - 1;
    const go = (target: number) => {
      event.preventDefault();
      if (target > last) this.input()?.focus();
      else void this.#focusChip(Math.max(0, target));
    };
    switch (event.key) {
      case 'ArrowLeft': return go(index - 1);
      case 'ArrowRight': return go(index + 1);
      case 'Home': return go(0);
      case 'End': return go(last + 1);
      case 'Backspace':
      case 'Delete':
        event.preventDefault();
        void this.#remove(index, 'chip');
    }
  }

  /** The labelled field: chips and input in one box, then hint, count, overflow, error and the live notice. */
  render(options: { label: string; error: string | undefined }): TemplateResult {
    const { error } = options;
    const n = (value: number) => formatNumber(value, this.options.settings());
    const invalid = this.invalidCount;
    const active = this.#active >= 0 && this.#active < this.chips.length ? this.#active : this.chips.length - 1;
    const describedBy = ['field-emails-hint', 'field-emails-count', this.overflow ? 'field-emails-overflow' : '', error ? 'field-emails-error' : '']
      .filter(Boolean).join(' ');
    return html`<div class="field" part="field field-emails">
      <label for="field-emails" part="label">${options.label}</label>
      <div class="chips-box" part="chips-box" ?data-invalid=${Boolean(error)}
        @click=${(event: Event) => { if (event.target === event.currentTarget) this.input()?.focus(); }}>
        ${this.chips.length ? html`<ul class="chips" part="chips" aria-label=${msg('Added addresses', { id: 'tk.invite-dialog.chips' })}>
          ${this.chips.map((chip, index) => this.#renderChip(chip, index, index === active))}
        </ul>` : nothing}
        <input id="field-emails" part="input email-input" type="text" inputmode="email" autocomplete="off" spellcheck="false"
          autocapitalize="off" placeholder=${ifDefined(this.chips.length ? undefined : msg('name@example.com, …', { id: 'tk.invite-dialog.placeholder' }))}
          .value=${live(this.draft)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}
          @input=${this.#onInput} @paste=${this.#onPaste} @keydown=${this.#onKeydown} @change=${this.#onCommit} @blur=${this.#onCommit} />
      </div>
      <p id="field-emails-hint" class="hint" part="hint">${msg('Separate addresses with commas, spaces or new lines.', { id: 'tk.invite-dialog.emails_hint' })}</p>
      <p id="field-emails-count" class="hint count" part="email-count">
        <span>${this.chips.length === 1 ? msg('1 person', { id: 'tk.invite-dialog.count_one' }) : msg(str`${n(this.chips.length)} people`, { id: 'tk.invite-dialog.count' })}</span>
        ${invalid ? html`<span class="invalid-count">${warningIcon()}${msg(str`${n(invalid)} invalid`, { id: 'tk.invite-dialog.invalid_count' })}</span>` : nothing}
      </p>
      ${this.overflow ? html`<p id="field-emails-overflow" class="hint warning" part="hint">${warningIcon()}${msg(
        str`At most ${n(MAX_INVITE_EMAILS)} people per invitation. The other ${n(this.overflow)} addresses stay in the box for the next round.`,
        { id: 'tk.invite-dialog.overflow' },
      )}</p>` : nothing}
      ${error ? html`<p id="field-emails-error" class="error" part="field-error">${error}</p>` : nothing}
      <p class="hint notice" part="notice" role="status">${this.notice}</p>
    </div>`;
  }

  #renderChip(chip: EmailChip, index: number, active: boolean): TemplateResult {
    const invalid = isInvalidChip(chip);
    const reason = chip.serverMessage ?? msg('Not a valid email address', { id: 'tk.invite-dialog.chip.invalid_reason' });
    return html`<li class="chip" part=${invalid ? 'chip chip-invalid' : 'chip'} ?data-invalid=${invalid} title=${ifDefined(invalid ? reason : undefined)}>
      ${invalid ? warningIcon() : nothing}
      <span class="chip-email">${chip.email}</span>
      ${invalid ? html`<span class="chip-flag" id="chip-${index}-flag">${msg('invalid', { id: 'tk.invite-dialog.chip.invalid' })}<span class="visually-hidden">: ${reason}</span></span>` : nothing}
      <button type="button" class="chip-remove" part="chip-remove" tabindex=${active ? 0 : -1}
        aria-label=${msg(str`Remove ${chip.email}`, { id: 'tk.invite-dialog.chip.remove' })}
        aria-describedby=${ifDefined(invalid ? `chip-${index}-flag` : undefined)}
        @focus=${() => this.#activate(index)}
        @click=${() => void this.#remove(index, 'chip')}
        @keydown=${(event: KeyboardEvent) => this.#onChipKeydown(event, index)}>${closeIcon()}</button>
    </li>`;
  }
}
