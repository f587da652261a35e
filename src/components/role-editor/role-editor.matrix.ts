import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Permission } from '../../sdk/index.js';
import type { FieldForm } from '../shared/fields/index.js';
import { permissionText } from '../shared/permission-labels.js';
import { sortedPermissions, type PermissionGroup } from './role-editor.setup.js';

/** The role form's values: what `RoleCreate` takes, every field present. */
export interface RoleValues extends Record<string, unknown> {
  name: string;
  description: string;
  permissions: string[];
}

/** The catalog by its groups, in the order the API lists them, in the reader's language. */
export function groupCatalog(catalog: readonly Permission[]): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const permission of catalog) {
    const text = permissionText(permission);
    const group = groups.get(permission.group) ?? { label: text.group, entries: [] };
    group.entries.push({ key: permission.key, label: text.label, description: text.description });
    groups.set(permission.group, group);
  }
  return [...groups.values()];
}

/** A control id from a permission key: `members:invite` → `<prefix>-members-invite`. */
const permissionId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^a-z0-9]+/gi, '-')}`;

/** What a role may do, read-only: each permission of the catalog, by group, with whether the role holds it. */
export function renderPermissionList(groups: readonly PermissionGroup[], granted: readonly string[]): TemplateResult {
  return html`<div class="permission-list" part="permissions">${groups.map((group) => html`<section class="permission-group" part="permission-group">
    <h4>${group.label}</h4>
    <ul>${group.entries.map((entry) => {
      const included = granted.includes(entry.key);
      return html`<li class="permission ${included ? 'included' : 'excluded'}" part="permission permission-${included ? 'included' : 'excluded'}">
        <span class="mark" aria-hidden="true">${included ? '✓' : '–'}</span>
        <span class="permission-text"><strong>${entry.label}</strong> <span class="hint">${entry.description}</span></span>
        <span class="badge ${included ? 'success' : ''}" part="badge badge-${included ? 'included' : 'excluded'}">${included
          ? msg('Included', { id: 'tk.role-editor.included' }) : msg('Not included', { id: 'tk.role-editor.excluded' })}</span>
      </li>`;
    })}</ul>
  </section>`)}</div>`;
}

export interface MatrixOptions {
  /** Permissions the editor holds: only these may be given. */
  held: ReadonlySet<string>;
}

/**
 * The permissions of a role being written, as checkboxes by catalog group, each described by what it allows.
 * A permission the editor does not hold stays focusable and readable, unavailable (`aria-disabled`), described by
 * why: nobody gives more rights than they have.
 */
export function renderPermissionMatrix(form: FieldForm<RoleValues>, groups: readonly PermissionGroup[], options: MatrixOptions): TemplateResult {
  const id = form.fieldId('permissions');
  const chosen = form.values.permissions;
  const error = form.errorFor('permissions');
  const lacking = groups.some((group) => group.entries.some((entry) => !options.held.has(entry.key)));
  form.labelField('permissions', msg('Permissions', { id: 'tk.role-editor.permissions' }));
  const toggle = (key: string, on: boolean) => {
    // The values as they are now: two ticks before the next render must both count.
    const current = form.values.permissions;
    form.set('permissions', sortedPermissions(on ? [...current, key] : current.filter((other) => other !== key)));
    form.touch('permissions');
  };
  return html`<fieldset class="field matrix" part="field field-permissions" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">
    <legend part="label">${msg('Permissions', { id: 'tk.role-editor.permissions' })}</legend>
    <p id="${id}-hint" class="hint" part="hint">${msg('Give the role only what its holders need.', { id: 'tk.role-editor.permissions_hint' })}</p>
    ${lacking ? html`<p id="${id}-lacking" class="hint" part="hint">${msg("Permissions you don't have yourself are unavailable: nobody can give more rights than they hold.", { id: 'tk.role-editor.lacking' })}</p>` : nothing}
    ${groups.map((group) => html`<fieldset class="matrix-group" part="matrix-group">
      <legend>${group.label}</legend>
      ${group.entries.map((entry) => {
        const control = permissionId(id, entry.key);
        const unavailable = !options.held.has(entry.key);
        return html`<div class="permission-choice" part="permission${unavailable ? ' permission-unavailable' : ''}">
          <input id=${control} type="checkbox" part="input checkbox" name="permissions" value=${entry.key}
            .checked=${live(chosen.includes(entry.key))} aria-disabled=${unavailable ? 'true' : nothing}
            aria-describedby=${ifDefined(`${control}-description${unavailable ? ` ${id}-lacking` : ''}`)}
            @click=${(event: Event) => { if (unavailable) event.preventDefault(); }}
            @change=${(event: Event) => toggle(entry.key, (event.target as HTMLInputElement).checked)} />
          <label for=${control}>${entry.label}${unavailable
            ? html` <span class="badge" part="badge badge-unavailable">${msg('Not yours to give', { id: 'tk.role-editor.unavailable' })}</span>` : nothing}</label>
          <p id="${control}-description" class="hint">${entry.description}</p>
        </div>`;
      })}
    </fieldset>`)}
    ${error ? html`<p id="${id}-error" class="error" part="field-error">${error}</p>` : nothing}
  </fieldset>`;
}
