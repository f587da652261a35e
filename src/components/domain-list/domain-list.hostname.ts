import { msg, str } from '@lit/localize';
import type { HostnameIssueCode } from '../../sdk/index.js';

/** The SDK's rule, `(typed) => { hostname } | { code }`; it loads with zod, on first need (see the element). */
export type NormalizeHostname = (typed: string) => { hostname: string } | { code: HostnameIssueCode; message: string };

/** Why a typed domain name is refused, in the reader's words; the codes are the SDK's (and the server's field errors'). */
export function hostnameProblem(code: string, typed: string): string | undefined {
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
export function takenText(hostname: string, inThisWorkspace: boolean): string {
  return inThisWorkspace
    ? msg(str`${hostname} is already in this workspace.`, { id: 'tk.domain-list.hostname_duplicate' })
    : msg(str`${hostname} is verified by another workspace. If it's yours, ask its admins to remove it.`, { id: 'tk.domain-list.hostname_taken' });
}
