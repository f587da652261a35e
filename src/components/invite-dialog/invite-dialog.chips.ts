import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_INVITE_EMAILS } from '../../sdk/schemas/limits.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { renderShell } from '../shared/fields/shell.js';
import type { FieldForm } from '../shared/fields/form-types.js';
import { emailKey, isInvalidChip, mergeEmails, splitEmails, type EmailChip } from './invite-dialog.emails.js';
import { closeIcon, warningIcon } from './invite-dialog.icons.js';

export interface EmailChipsOptions {
  /** The form whose `emails` field the chips are. */
  form: FieldForm<{ emails: string[] }>;
  /** The SDK's `Email` schema, once it has loaded with the dialog's data. */
  isEmail: (email: string) => boolean;
  /** Whether change and blur may commit typed text now (not while the field is being replaced). */
  mayCommitOnBlur: () => boolean;
}

/**
 * The emails field: typed or pasted addresses become chips, validated one by one, duplicates merged, at most
 * `MAX_INVITE_EMAILS`; what does not fit stays in the input. Keyboard: Enter, comma, space or blur commit;
 * Backspace in an empty input removes the last chip; ArrowLeft moves into the chips, where arrows, Home and End
 * move and Backspace/Delete remove (one chip is in the tab order at a time).
 */
export class EmailChipsController {
  chips: EmailChip[] = [];
  /** Text in the input not yet made a chip. */
  draft = '';
  /** The last status spoken about the chips ("1 duplicate merged"). */
  notice = '';
  /** Addresses beyond the per-invitation maximum, waiting in the input. */
  overflow = 0;
  #active = -1;

  constructor(private readonly host: TeamkitHost, private readonly options: EmailChipsOptions) {}

  get invalidCount(): number {
    return this.chips.filter(isInvalidChip).length;
  }

  get validCount(): number {
    return this.chips.length - this.invalidCount;
  }

  set(chips: EmailChip[]): void {
    this.chips = chips;
    this.options.form.set('emails', chips.map((chip) => chip.email));
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
    const outcome = mergeEmails(this.chips, emails, MAX_INVITE_EMAILS, this.options.isEmail);
    this.set(outcome.chips);
    this.overflow = outcome.overflow.length;
    this.draft = [...outcome.overflow, rest].filter(Boolean).join(', ');
    const { format } = this.host;
    const { added, duplicates } = outcome;
    const parts: string[] = [];
    if (added === 1 && emails.length === 1) parts.push(msg(str`${emails[0] ?? ''} added`, { id: 'tk.invite-dialog.notice.added_one' }));
    else if (added) {
      parts.push(format.plural(added) === 'one'
        ? msg(str`${format.number(added)} address added`, { id: 'tk.invite-dialog.notice.added_single' })
        : msg(str`${format.number(added)} addresses added`, { id: 'tk.invite-dialog.notice.added' }));
    }
    if (duplicates) {
      parts.push(format.plural(duplicates) === 'one'
        ? msg(str`${format.number(duplicates)} duplicate merged`, { id: 'tk.invite-dialog.notice.duplicate' })
        : msg(str`${format.number(duplicates)} duplicates merged`, { id: 'tk.invite-dialog.notice.duplicates' }));
    }
    this.notice = format.list(parts);
  }

  commitDraft(): void {
    if (this.draft.trim()) this.add(splitEmails(this.draft));
  }

  input(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.options.form.fieldId('emails')}`);
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
    this.host.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="chip-remove"]')[index]?.focus();
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

  /** The field on the shared shell: chips and input in one box, the hint (and what did not fit), the count, the error, the live notice. */
  render(options: { label: string; error: string | undefined }): TemplateResult {
    const { format } = this.host;
    const count = this.chips.length;
    const invalid = this.invalidCount;
    const active = this.#active >= 0 && this.#active < count ? this.#active : count - 1;
    const hint = html`${msg('Separate addresses with commas, spaces or new lines.', { id: 'tk.invite-dialog.emails_hint' })}${this.overflow
      ? html`<span class="warning">${warningIcon()}${format.plural(this.overflow) === 'one'
        ? msg(str`At most ${format.number(MAX_INVITE_EMAILS)} people per invitation. The other address stays in the box for the next round.`, { id: 'tk.invite-dialog.overflow_one' })
        : msg(str`At most ${format.number(MAX_INVITE_EMAILS)} people per invitation. The other ${format.number(this.overflow)} addresses stay in the box for the next round.`, { id: 'tk.invite-dialog.overflow' })}</span>`
      : nothing}`;
    const counter = html`<span>${format.plural(count) === 'one'
      ? msg(str`${format.number(count)} person`, { id: 'tk.invite-dialog.count_one' })
      : msg(str`${format.number(count)} people`, { id: 'tk.invite-dialog.count' })}</span>${invalid
      ? html`<span class="invalid-count">${warningIcon()}${msg(str`${format.number(invalid)} invalid`, { id: 'tk.invite-dialog.invalid_count' })}</span>`
      : nothing}`;
    return renderShell(this.options.form, 'emails', {
      label: options.label, hint, counter, ...(options.error ? { error: options.error } : {}),
      after: html`<p class="hint notice" part="notice" role="status">${this.notice}</p>`,
    }, (props) => html`<div class="chips-box" part="chips-box" ?data-invalid=${props.invalid === 'true'}
        @click=${(event: Event) => { if (event.target === event.currentTarget) this.input()?.focus(); }}>
        ${count ? html`<ul class="chips" part="chips" aria-label=${msg('Added addresses', { id: 'tk.invite-dialog.chips' })}>
          ${this.chips.map((chip, index) => this.#renderChip(chip, index, index === active))}
        </ul>` : nothing}
        <input id=${props.id} part="input email-input" type="text" inputmode="email" autocomplete="off" spellcheck="false"
          autocapitalize="off" placeholder=${ifDefined(count ? undefined : msg('name@example.com, …', { id: 'tk.invite-dialog.placeholder' }))}
          .value=${live(this.draft)} aria-invalid=${props.invalid} aria-describedby=${ifDefined(props.describedBy)}
          @input=${this.#onInput} @paste=${this.#onPaste} @keydown=${this.#onKeydown} @change=${this.#onCommit} @blur=${this.#onCommit} />
      </div>`);
  }

  #renderChip(chip: EmailChip, index: number, active: boolean): TemplateResult {
    const invalid = isInvalidChip(chip);
    const reason = chip.serverMessage ?? msg('Not a valid email address', { id: 'tk.invite-dialog.chip.invalid_reason' });
    return html`<li class="chip" part=${invalid ? 'chip chip-invalid' : 'chip'} ?data-invalid=${invalid} title=${invalid ? `${chip.email}: ${reason}` : chip.email}>
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
