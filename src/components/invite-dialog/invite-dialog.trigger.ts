import type { ReactiveController } from 'lit';
import type { TeamkitHost } from '../shared/controllers/host.js';

let reasons = 0;

/**
 * Makes the slotted trigger of a dialog the reader may not use explain itself instead of opening it:
 * `aria-disabled="true"` and `aria-describedby` pointing at the reason, shown beside it. The reason is a light-DOM
 * child of the host (slotted into `<name>-reason`), because the trigger is light DOM too and `aria-describedby`
 * cannot point into a shadow root (Spectrum's help-text manager keeps its text in the light DOM for the same
 * reason). The trigger's own attributes come back as they were once the reader may use it.
 */
export class DeniedTriggerController implements ReactiveController {
  readonly #reason: HTMLElement;
  readonly #saved = new Map<Element, { disabled: string | null; describedBy: string | null }>();

  constructor(private readonly host: TeamkitHost, private readonly slot: string) {
    this.#reason = document.createElement('span');
    this.#reason.slot = `${slot}-reason`;
    this.#reason.id = `tk-${host.localName}-${slot}-reason-${++reasons}`;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.sync(undefined);
  }

  /** Marks the slotted triggers as unavailable for `reason`, or (undefined) restores them. */
  sync(reason: string | undefined): void {
    const triggers = reason === undefined ? [] : [...this.host.querySelectorAll(`:scope > [slot="${this.slot}"]`)];
    for (const [trigger, saved] of this.#saved) {
      if (triggers.includes(trigger)) continue;
      restore(trigger, 'aria-disabled', saved.disabled);
      restore(trigger, 'aria-describedby', saved.describedBy);
      this.#saved.delete(trigger);
    }
    if (reason === undefined) {
      this.#reason.remove();
      return;
    }
    this.#reason.textContent = reason;
    if (this.#reason.parentNode !== this.host) this.host.append(this.#reason);
    for (const trigger of triggers) {
      if (this.#saved.has(trigger)) continue;
      const describedBy = trigger.getAttribute('aria-describedby');
      this.#saved.set(trigger, { disabled: trigger.getAttribute('aria-disabled'), describedBy });
      trigger.setAttribute('aria-disabled', 'true');
      trigger.setAttribute('aria-describedby', [describedBy, this.#reason.id].filter(Boolean).join(' '));
    }
  }
}

function restore(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
