// What only a reader who may add domains uses, loaded with the list for them: the add form (the shared form
// controller and fields) and the SDK's hostname rule (with zod). A reader who may only look never loads it.
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Domain, DomainCreate } from '../../sdk/index.js';
import { isApiError } from '../../sdk/errors/api-error.js';
import { isConflictError } from '../../sdk/errors/kinds.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import { normalizeHostname, type DomainCreate as DomainCreateSchema } from '../../sdk/schemas/domains.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { describeError } from '../shared/describe-error.js';
import { renderFormError } from '../shared/feedback/form-error.js';
import { textField } from '../shared/fields/text.js';
import { FormController } from '../shared/form-controller.js';

/** Why a typed domain name is refused, in the reader's words; the codes are the SDK's (and the server's field errors'). */
function hostnameProblem(code: string, typed: string): string | undefined {
  if (typed.trim() === '') return msg('Enter a domain name.', { id: 'tk.domain-list.hostname_required' });
  switch (code) {
    case 'wildcard_not_allowed': return msg("Enter one domain: wildcards such as *.example.com aren't allowed.", { id: 'tk.domain-list.hostname_wildcard' });
    case 'ip_address_not_allowed': return msg('Enter a domain name, not an IP address.', { id: 'tk.domain-list.hostname_ip' });
    case 'invalid_hostname':
    case 'too_big':
    case 'control_character':
    case 'bidi_override': return msg('Enter a domain name such as example.com, without https:// or a path.', { id: 'tk.domain-list.hostname_invalid' });
    default: return undefined;
  }
}

/** A refusal of the domain itself (409): someone already has it. */
function takenText(hostname: string, inThisWorkspace: boolean): string {
  return inThisWorkspace
    ? msg(str`${hostname} is already in this workspace.`, { id: 'tk.domain-list.hostname_duplicate' })
    : msg(str`${hostname} is verified by another workspace. If it's yours, ask its admins to remove it.`, { id: 'tk.domain-list.hostname_taken' });
}

/** Adds the domain `input` names (the element's action: events, busy state, notice); undefined when it did not. */
export type AddDomain = (input: DomainCreate) => Promise<Domain | undefined>;

/**
 * The "Add domain" form: the hostname as typed, checked by the SDK's rule (an address, a wildcard or an IP
 * address is refused in words before sending) and sent normalised (`Example.com` → `example.com`). A domain the
 * server refuses as taken, or already here, is said on the field, which keeps what was typed.
 */
export class AddDomainForm {
  readonly form: FormController<typeof DomainCreateSchema>;
  /** A hostname the server refused and why, shown on the field while it is what is typed. */
  #refused: { typed: string; message: string } | undefined;

  constructor(host: TeamkitHost, private readonly listed: (hostname: string) => boolean) {
    // No schema: the rule's own codes get this form's words through `validate`; the SDK validates again before sending.
    this.form = new FormController<typeof DomainCreateSchema>(host, () => undefined, { hostname: '' }, {
      toInput: (values): DomainCreate => {
        const checked = normalizeHostname(values.hostname);
        return { hostname: 'hostname' in checked ? checked.hostname : values.hostname };
      },
      validate: (values) => {
        if (this.#refused?.typed === values.hostname) return { hostname: this.#refused.message };
        const checked = normalizeHostname(values.hostname);
        return { hostname: 'code' in checked ? hostnameProblem(checked.code, values.hostname) : undefined };
      },
      fieldMessage: (error): string | undefined => hostnameProblem(error.code, this.form.values.hostname),
    });
  }

  /** Sends the form through `add`; on success the field empties for the next domain. */
  async submit(add: AddDomain): Promise<void> {
    const typed = this.form.values.hostname;
    let added: Domain | undefined;
    await this.form.submit(async (input) => {
      try {
        added = await add(input);
      } catch (error) {
        if (!isConflictError(error)) throw error;
        this.#refused = { typed, message: this.#conflictText(error, input.hostname) };
      }
    });
    if (added) this.form.reset({ hostname: '' });
    else if (this.#refused?.typed === typed) await this.form.focusFirstInvalid();
  }

  #conflictText(error: unknown, hostname: string): string {
    if (isApiError(error) && error.code === 'domain_taken') return takenText(hostname, false);
    if (this.listed(hostname)) return takenText(hostname, true);
    return describeError(error).detail;
  }

  render(busy: boolean, retry: () => void): TemplateResult {
    const form = this.form;
    return html`${textField(form, {
      name: 'hostname',
      label: msg('Domain', { id: 'tk.domain-list.hostname' }),
      hint: msg('For example example.com, without https://.', { id: 'tk.domain-list.hostname_hint' }),
      maxlength: TEXT_LIMITS.hostname,
      autocomplete: 'off',
      inputmode: 'url',
    })}
      <button type="submit" class="primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy
        ? msg('Adding…', { id: 'tk.domain-list.adding' }) : msg('Add domain', { id: 'tk.domain-list.add' })}</button>
      ${renderFormError(form.formError, { retry })}`;
  }
}
