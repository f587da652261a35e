import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Member, Page } from '../../../sdk/index.js';
import { TEXT_LIMITS } from '../../../sdk/schemas/limits.js';
import { announce } from '../announce.js';
import type { TeamkitHost } from '../controllers/host.js';
import { describeError } from '../describe-error.js';
import { initials } from '../format.js';

export interface MemberPickerOptions {
  /** Prefix of the ids the picker renders, unique in the host's shadow root. Default `member-picker`. */
  id?: string;
  /**
   * One page of the members matching `query` (trimmed; empty for the first ones by name), from the server:
   * `client.members.list(workspaceId, { query, limit: 8 }, { signal })`. Undefined while there is no client.
   */
  search: (query: string, signal: AbortSignal) => Promise<Page<Member>> | undefined;
  /** Why a member cannot be picked: they stay listed, unavailable, with the reason. Undefined when they can. */
  unavailable?: (member: Member) => string | undefined;
  /** The reader picked a member; the box empties, ready for the next one. */
  onPick: (member: Member) => void;
  /** A search failed (an aborted one does not): report it, e.g. as `tk-error` `members-search`. The picker says so. */
  onError?: (error: unknown) => void;
  /** How long typing pauses before the search goes out, in ms. Default 250. */
  debounce?: number;
}

export interface MemberPickerView {
  label: string;
  hint?: string;
  placeholder?: string;
  /** What an option says besides the name and email, e.g. the member's role. */
  detail?: (member: Member) => string;
}

type Status = 'idle' | 'searching' | 'done' | 'failed';

/**
 * A search picker over the server-side member search, as the ARIA 1.2 combobox pattern (list autocomplete) has it:
 * typing searches after a pause (the previous search aborted), Down and Up move through the suggestions (Down opens
 * them; Alt+Down opens without moving), Enter picks, Escape closes them and then clears the box, Tab leaves. Focus
 * stays in the box; the suggestion in view is `aria-activedescendant`. A member who cannot be picked stays listed
 * with the reason. How many matched, or why the search failed, is said in a polite status.
 *
 * ```ts
 * readonly #picker = new MemberPicker(this, {
 *   search: (query, signal) => this.api?.members.list(workspaceId, { query, limit: 8 }, { signal }),
 *   unavailable: (member) => (member.role === 'owner' ? ownerReason() : undefined),   // words through msg
 *   onPick: (member) => this.#add(member),
 *   onError: (error) => this.reportError(error, 'members-search'),
 * });
 * html`${this.#picker.render({ label: addPeopleLabel() })}`;   // and memberPickerStyles in the element's styles
 * ```
 * Shared so that every "pick a member" reads and works the same (group members, the new owner of a workspace).
 */
export class MemberPicker implements ReactiveController {
  readonly id: string;
  #text = '';
  #open = false;
  #active = -1;
  #results: readonly Member[] = [];
  #total = 0;
  /** The query the results answer. */
  #query: string | undefined;
  #status: Status = 'idle';
  #error: unknown;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #scrollActive = false;

  constructor(private readonly host: TeamkitHost, private readonly options: MemberPickerOptions) {
    this.id = options.id ?? 'member-picker';
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  hostUpdated(): void {
    if (!this.#scrollActive) return;
    this.#scrollActive = false;
    this.#optionElement(this.#active)?.scrollIntoView({ block: 'nearest' });
  }

  /** What is typed in the box. */
  get text(): string {
    return this.#text;
  }

  /** Whether the suggestions are showing. */
  get expanded(): boolean {
    return this.#open && this.#results.length > 0;
  }

  /** Empties the box and closes the suggestions. */
  clear(): void {
    this.#cancel();
    this.#text = '';
    this.#close();
  }

  /** Puts focus in the box. */
  focus(): void {
    this.#input()?.focus();
  }

  /** Searches again with what is typed, e.g. after the members changed. */
  refresh(): void {
    this.#query = undefined;
    if (this.#open) this.#search(this.#text.trim());
  }

  #input(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.id}-input`);
  }

  #optionElement(index: number): HTMLElement | null {
    const member = this.#results[index];
    return member ? this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(this.#optionId(member))}"]`) : null;
  }

  #optionId(member: Member): string {
    return `${this.id}-option-${member.id}`;
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #close(): void {
    this.#open = false;
    this.#active = -1;
    this.host.requestUpdate();
  }

  /** Opens the suggestions, searching first unless they already answer what is typed. */
  #show(): void {
    this.#open = true;
    const query = this.#text.trim();
    if (this.#query !== query || this.#status === 'failed') this.#search(query);
    this.host.requestUpdate();
  }

  #onInput(value: string): void {
    this.#text = value;
    this.#open = true;
    this.#active = -1;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#search(value.trim()), this.options.debounce ?? 250);
    this.host.requestUpdate();
  }

  async #search(query: string): Promise<void> {
    this.#cancel();
    const abort = new AbortController();
    this.#abort = abort;
    const searching = this.options.search(query, abort.signal);
    if (!searching) return;
    this.#status = 'searching';
    this.host.requestUpdate();
    try {
      const page = await searching;
      if (abort.signal.aborted) return;
      this.#results = page.items;
      this.#total = page.total;
      this.#query = query;
      this.#status = 'done';
      this.#active = -1;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#status = 'failed';
      this.#error = error;
      this.#results = [];
      this.options.onError?.(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      this.host.requestUpdate();
    }
  }

  #move(step: 1 | -1): void {
    const count = this.#results.length;
    if (!count) return;
    this.#active = this.#active < 0 ? (step === 1 ? 0 : count - 1) : (this.#active + step + count) % count;
    this.#scrollActive = true;
    this.host.requestUpdate();
  }

  #pick(member: Member): void {
    const reason = this.options.unavailable?.(member);
    if (reason) {
      announce(reason);
      return;
    }
    this.#cancel();
    this.#text = '';
    this.#query = undefined;
    this.#close();
    this.options.onPick(member);
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const open = this.#open;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        // Closed, or open on a failed search: (search again and) show the suggestions.
        if (!open || this.#status === 'failed') {
          this.#show();
          if (event.altKey) return;
        }
        this.#move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        const member = open ? this.#results[this.#active] : undefined;
        if (!member) return;
        event.preventDefault();
        this.#pick(member);
        return;
      }
      case 'Escape':
        // Handled here, so that a dialog around the picker stays open: Escape first closes, then clears.
        if (open) this.#close();
        else if (this.#text) this.clear();
        else return;
        event.preventDefault();
        event.stopPropagation();
        return;
      case 'Tab':
        if (open) this.#close();
        return;
      default:
    }
  };

  #statusText(): string {
    if (!this.#open) return '';
    const count = (n: number) => this.host.format.number(n);
    switch (this.#status) {
      case 'searching':
        return msg('Searching…', { id: 'tk.picker.searching' });
      case 'failed':
        return msg(str`Couldn't search: ${describeError(this.#error).title}. Press Down to try again.`, { id: 'tk.picker.failed' });
      case 'done': {
        const shown = this.#results.length;
        if (!shown) {
          return this.#query
            ? msg(str`No member matches "${this.#query}".`, { id: 'tk.picker.none' })
            : msg('There are no members to pick.', { id: 'tk.picker.empty' });
        }
        if (shown < this.#total) {
          return msg(str`${count(shown)} of ${count(this.#total)} members shown. Keep typing to narrow the list.`, { id: 'tk.picker.some' });
        }
        return this.host.format.plural(shown) === 'one'
          ? msg(str`${count(shown)} member found.`, { id: 'tk.picker.found_one' })
          : msg(str`${count(shown)} members found.`, { id: 'tk.picker.found' });
      }
      default:
        return '';
    }
  }

  render(view: MemberPickerView): TemplateResult {
    const { id } = this;
    const expanded = this.expanded;
    const active = expanded ? this.#results[this.#active] : undefined;
    const hintId = view.hint ? `${id}-hint` : '';
    return html`<div class="picker" part="picker">
      <label for="${id}-input" part="label">${view.label}</label>
      <div class="picker-box">
        <input id="${id}-input" part="input picker-input" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${id}-list"
          aria-activedescendant=${ifDefined(active && this.#optionId(active))} aria-describedby=${ifDefined(hintId || undefined)}
          placeholder=${ifDefined(view.placeholder)} maxlength=${TEXT_LIMITS.search} .value=${live(this.#text)}
          @input=${(event: InputEvent) => this.#onInput((event.target as HTMLInputElement).value)}
          @keydown=${this.#onKeydown} @blur=${() => this.#close()} />
        ${this.#status === 'searching' && this.#open ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      </div>
      ${view.hint ? html`<p id=${hintId} class="hint" part="hint">${view.hint}</p>` : nothing}
      <ul id="${id}-list" role="listbox" part="picker-list" aria-label=${view.label} ?hidden=${!expanded}>
        ${expanded ? this.#results.map((member, index) => this.#renderOption(member, index === this.#active, view)) : nothing}
      </ul>
      <p id="${id}-status" class="picker-status" part="picker-status" role="status">${this.#statusText()}</p>
    </div>`;
  }

  #renderOption(member: Member, active: boolean, view: MemberPickerView): TemplateResult {
    const reason = this.options.unavailable?.(member);
    const detail = view.detail?.(member);
    return html`<li id=${this.#optionId(member)} role="option" part="picker-option${reason ? ' picker-option-unavailable' : ''}"
      class=${active ? 'active' : ''} aria-selected=${active ? 'true' : 'false'} aria-disabled=${reason ? 'true' : nothing}
      @mousedown=${(event: Event) => event.preventDefault()} @click=${() => this.#pick(member)}>
      <span class="avatar" aria-hidden="true"><span>${initials(member.name)}</span></span>
      <span class="who">
        <bdi class="name">${member.name}</bdi>
        <span class="email">${member.email}${detail ? html` · ${detail}` : nothing}</span>
        ${reason ? html`<span class="reason">${reason}</span>` : nothing}
      </span>
    </li>`;
  }
}
