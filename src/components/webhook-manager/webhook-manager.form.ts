import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Webhook, WebhookCreate, WebhookEventType } from '../../sdk/index.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { textField } from '../shared/fields/text.js';
import { FormController } from '../shared/form-controller.js';

type EndpointValues = { url: string; events: string[] };

/**
 * The endpoint form, for adding one or editing one: its URL (the server has the last word on which addresses it
 * sends to, and its refusal lands on the field) and the event types it subscribes to, grouped as the API's
 * catalog groups them, each with its description.
 */
export class EndpointForm {
  readonly form: FormController<typeof WebhookCreate, EndpointValues>;
  /** The endpoint being edited; undefined while adding one. */
  editing: Webhook | undefined;

  constructor(host: TeamkitHost, schema: () => typeof WebhookCreate | undefined, private readonly defaultUrl: () => string) {
    this.form = new FormController<typeof WebhookCreate, EndpointValues>(host, schema, { url: '', events: [] });
  }

  /** A new endpoint's form, starting from the element's default URL; a draft left from before stays. */
  startAdding(): void {
    const keepDraft = this.editing === undefined && this.form.dirty;
    this.editing = undefined;
    if (!keepDraft) this.form.reset({ url: this.defaultUrl(), events: [] });
  }

  startEditing(webhook: Webhook): void {
    this.editing = webhook;
    this.form.reset({ url: webhook.url, events: [...webhook.events] });
  }

  /** Back to an empty form, after an endpoint was added or saved. */
  clear(): void {
    this.editing = undefined;
    this.form.reset({ url: this.defaultUrl(), events: [] });
  }

  /** The fields; the event types once the catalog is known. */
  render(eventTypes: readonly WebhookEventType[] | undefined): TemplateResult {
    return html`${textField(this.form, {
      name: 'url',
      type: 'url',
      label: msg('Endpoint URL', { id: 'tk.webhook-manager.url' }),
      hint: msg('Where deliveries are sent, as POST requests over https. It must be reachable from the internet.', { id: 'tk.webhook-manager.url_hint' }),
      placeholder: 'https://example.com/webhooks',
      maxlength: TEXT_LIMITS.url,
      autocomplete: 'off',
    })}
    ${eventTypes ? this.#renderEvents(eventTypes) : nothing}`;
  }

  #renderEvents(eventTypes: readonly WebhookEventType[]): TemplateResult {
    const { form } = this;
    const id = form.fieldId('events');
    form.labelField('events', msg('Events', { id: 'tk.webhook-manager.events' }));
    const error = form.errorFor('events');
    const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
    const groups = new Map<string, WebhookEventType[]>();
    for (const type of eventTypes) groups.set(type.group, [...(groups.get(type.group) ?? []), type]);
    const count = this.form.values.events.length;
    return html`<fieldset class="field event-types" part="field field-events" aria-describedby=${describedBy}>
      <legend part="label">${msg('Events', { id: 'tk.webhook-manager.events' })}</legend>
      <p id="${id}-hint" class="hint" part="hint">${msg('What this endpoint is sent. Choose only what it handles.', { id: 'tk.webhook-manager.events_hint' })}
        <span class="chosen">${msg(str`${count} chosen.`, { id: 'tk.webhook-manager.events_chosen' })}</span></p>
      ${[...groups].map(([group, types]) => html`<div class="event-group" role="group" aria-labelledby="${id}-group-${group}">
        <p id="${id}-group-${group}" class="event-group-name"><bdi>${group}</bdi></p>
        ${types.map((type) => this.#renderEventType(type, describedBy))}
      </div>`)}
      ${error ? html`<p id="${id}-error" class="error" part="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  #renderEventType(type: WebhookEventType, describedBy: string): TemplateResult {
    const { form } = this;
    const id = `${form.fieldId('events')}-${type.type.replace(/[^a-z0-9_-]/gi, '-')}`;
    const checked = form.values.events.includes(type.type);
    return html`<div class="event-type">
      <input id=${id} type="checkbox" part="input checkbox" .checked=${live(checked)}
        aria-invalid=${form.errorFor('events') ? 'true' : 'false'} aria-describedby="${id}-description ${describedBy}"
        @change=${(event: Event) => {
          const on = (event.target as HTMLInputElement).checked;
          form.set('events', on ? [...form.values.events, type.type] : form.values.events.filter((name) => name !== type.type));
          form.touch('events');
        }} />
      <div class="event-type-text">
        <label for=${id}><code>${type.type}</code></label>
        <span id="${id}-description" class="hint"><bdi>${type.description}</bdi></span>
      </div>
    </div>`;
  }
}
