import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ApiKeyCreate, Permission, PermissionKey } from '../../sdk/index.js';
import { isWithin, type Standing } from '../../sdk/roles.js';
import { API_KEY_RULES } from '../../sdk/schemas/limits.js';
import { renderShell } from '../shared/fields/shell.js';
import { textField } from '../shared/fields/text.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { FormController } from '../shared/form-controller.js';
import { permissionText } from '../shared/permission-labels.js';
import { dayAllowed, dayBounds, EXPIRY_CHOICES, expiresAtFor, formatDay, type ExpiryChoice } from './api-key-manager.expiry.js';

type KeyValues = { name: string; scopes: PermissionKey[]; expiresAt: string | null };

const EMPTY: KeyValues = { name: '', scopes: [], expiresAt: null };

/**
 * The new key's form: a name, scopes from the permission catalog (those the creator lacks shown unavailable with
 * the reason: a key never does more than its creator), and an expiry — a preset, never, or the end of a chosen
 * day in the reader's time zone.
 */
export class CreateKeyForm {
  readonly form: FormController<typeof ApiKeyCreate, KeyValues>;
  expiry: ExpiryChoice = '90';
  day = '';

  constructor(private readonly host: TeamkitHost, schema: () => typeof ApiKeyCreate | undefined, private readonly now: () => number) {
    this.form = new FormController<typeof ApiKeyCreate, KeyValues>(host, schema, { ...EMPTY, expiresAt: this.#expiresAt() }, {
      // Presets count from the moment of sending, not from when the reader chose them.
      toInput: (values) => ({ ...values, expiresAt: this.#expiresAt() }),
    });
  }

  get #timeZone(): string | undefined {
    return this.host.format.settings.timeZone;
  }

  #expiresAt(): string | null {
    return expiresAtFor(this.expiry, this.day, this.now(), this.#timeZone);
  }

  /** Back to an empty form, after a key was created. */
  clear(): void {
    this.expiry = '90';
    this.day = '';
    this.form.reset({ ...EMPTY, expiresAt: this.#expiresAt() });
  }

  #setExpiry(choice: ExpiryChoice, day = this.day): void {
    this.expiry = choice;
    this.day = day;
    this.form.set('expiresAt', this.#expiresAt());
  }

  /** The fields; the scopes once the catalog and the reader's standing are known. */
  render(permissions: readonly Permission[] | undefined, standing: Standing | undefined): TemplateResult {
    return html`${textField(this.form, {
      name: 'name',
      label: msg('Name', { id: 'tk.api-key-manager.name' }),
      hint: msg('What uses it, so that you recognise it later: "CRM sync", "Deploy bot".', { id: 'tk.api-key-manager.name_hint' }),
      maxlength: API_KEY_RULES.nameMaxLength,
      autocomplete: 'off',
    })}
    ${permissions && standing ? this.#renderScopes(permissions, standing) : nothing}
    ${this.#renderExpiry()}`;
  }

  #renderScopes(permissions: readonly Permission[], standing: Standing): TemplateResult {
    const { form } = this;
    const id = form.fieldId('scopes');
    form.labelField('scopes', msg('Scopes', { id: 'tk.api-key-manager.scopes' }));
    const error = form.errorFor('scopes');
    const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
    const allowed = (key: string) => standing.isOwner || isWithin([key], standing.permissions);
    const groups = new Map<string, Permission[]>();
    for (const permission of permissions) groups.set(permission.group, [...(groups.get(permission.group) ?? []), permission]);
    return html`<fieldset class="field scopes" part="field field-scopes" aria-describedby=${describedBy}>
      <legend part="label">${msg('Scopes', { id: 'tk.api-key-manager.scopes' })}</legend>
      <p id="${id}-hint" class="hint" part="hint">${msg('What the key may do. It acts as you, never with more than your role allows.', { id: 'tk.api-key-manager.scopes_hint' })}</p>
      ${[...groups].map(([group, members]) => html`<div class="scope-group" role="group" aria-labelledby="${id}-${group}">
        <p id="${id}-${group}" class="scope-group-name">${permissionText(members[0] ?? { key: '', label: '', description: '', group }).group}</p>
        ${members.map((permission) => this.#renderScope(permission, allowed(permission.key), describedBy))}
      </div>`)}
      ${error ? html`<p id="${id}-error" class="error" part="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  #renderScope(permission: Permission, allowed: boolean, describedBy: string): TemplateResult {
    const { form } = this;
    const key = permission.key as PermissionKey;
    const id = `${form.fieldId('scopes')}-${key.replace(':', '-')}`;
    const text = permissionText(permission);
    const checked = form.values.scopes.includes(key);
    const invalid = allowed && form.errorFor('scopes') !== undefined;
    return html`<div class="scope ${allowed ? '' : 'unavailable'}">
      <input id=${id} type="checkbox" part="input checkbox" .checked=${live(checked)} ?disabled=${!allowed}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby="${id}-description ${allowed ? describedBy : `${id}-why`}"
        @change=${(event: Event) => {
          const on = (event.target as HTMLInputElement).checked;
          form.set('scopes', on ? [...form.values.scopes, key] : form.values.scopes.filter((scope) => scope !== key));
          form.touch('scopes');
        }} />
      <div class="scope-text">
        <label for=${id}>${text.label} <code class="scope-key">${key}</code></label>
        <span id="${id}-description" class="hint">${text.description}</span>
        ${allowed ? nothing : html`<span id="${id}-why" class="hint why">${msg("Your role doesn't include this, so your keys can't have it.", { id: 'tk.api-key-manager.scope_unavailable' })}</span>`}
      </div>
    </div>`;
  }

  #renderExpiry(): TemplateResult {
    const { form } = this;
    const now = this.now();
    const bounds = dayBounds(now, this.#timeZone);
    const dayMissing = this.expiry === 'date' && !dayAllowed(this.day, now, this.#timeZone);
    const schemaError = form.errorFor('expiresAt');
    const error = schemaError && dayMissing
      ? msg(str`Choose a day from today to ${formatDay(bounds.max, this.host.format.settings.locale)}.`, { id: 'tk.api-key-manager.day_range' })
      : schemaError;
    const dayId = `${form.fieldId('expiresAt')}-day`;
    const errorId = `${form.fieldId('expiresAt')}-error`;
    return renderShell(form, 'expiresAt', {
      label: msg('Expires', { id: 'tk.api-key-manager.expires' }),
      hint: this.#expiryHint(now),
      error,
      after: this.expiry === 'date' ? html`<div class="field day">
        <label for=${dayId}>${msg('Last day it works', { id: 'tk.api-key-manager.day' })}</label>
        <input id=${dayId} type="date" part="input date" min=${bounds.min} max=${bounds.max} .value=${live(this.day)}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? errorId : undefined)}
          @input=${(event: Event) => this.#setExpiry('date', (event.target as HTMLInputElement).value)}
          @blur=${() => form.touch('expiresAt')} />
      </div>` : nothing,
    }, (props) => html`<select id=${props.id} part="input select" aria-invalid=${this.expiry === 'date' ? 'false' : props.invalid}
      aria-describedby=${ifDefined(props.describedBy)}
      @change=${(event: Event) => this.#setExpiry((event.target as HTMLSelectElement).value as ExpiryChoice)}>
      ${EXPIRY_CHOICES.map((choice) => html`<option value=${choice} ?selected=${choice === this.expiry}>${choiceLabel(choice)}</option>`)}
    </select>`);
  }

  #expiryHint(now: number): string {
    if (this.expiry === 'never') {
      return msg("It works until someone revokes it. An expiry is safer: a leaked key then stops working by itself.", { id: 'tk.api-key-manager.never_hint' });
    }
    if (this.expiry === 'date') return msg('It works until the end of that day, your time.', { id: 'tk.api-key-manager.day_hint' });
    const until = expiresAtFor(this.expiry, '', now, this.#timeZone) ?? '';
    const date = this.host.format.date(until);
    return msg(str`It stops working on ${date}.`, { id: 'tk.api-key-manager.until_hint' });
  }
}

function choiceLabel(choice: ExpiryChoice): string {
  switch (choice) {
    case '30': return msg('In 30 days', { id: 'tk.api-key-manager.expiry_30' });
    case '90': return msg('In 90 days', { id: 'tk.api-key-manager.expiry_90' });
    case '365': return msg('In a year', { id: 'tk.api-key-manager.expiry_365' });
    case 'never': return msg('Never', { id: 'tk.api-key-manager.expiry_never' });
    case 'date': return msg('On a date…', { id: 'tk.api-key-manager.expiry_date' });
  }
}
