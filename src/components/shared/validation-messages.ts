import { msg, str } from '@lit/localize';
import type * as z from 'zod/mini';
// The patterns' own module, without zod: a form validates with its schema, which may load later.
import { PATTERNS } from '../../sdk/schemas/patterns.js';
import type { TextIssue } from '../../sdk/schemas/text.js';
import { fieldErrorMessage } from './describe-error.js';

/** The SDK checks formats with plain patterns; a failed one is recognised by the pattern it names. */
const formatOf = (pattern: string | undefined) =>
  (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).find((name) => String(PATTERNS[name]) === pattern);


/** A client-side schema issue in the reader's language (zod's own messages are English and generic). */
export function issueMessage(issue: z.core.$ZodIssue | TextIssue): string {
  if (issue.code === 'control_character' || issue.code === 'bidi_override' || issue.code === 'no_visible_character') {
    return fieldErrorMessage(issue.code, issue.message);
  }
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? msg('This field is required.', { id: 'tk.validation.required' }) : msg(str`Enter at least ${min} characters.`, { id: 'tk.validation.min_length' });
      }
      if (issue.origin === 'array') return msg('Add at least one.', { id: 'tk.validation.min_items' });
      return msg(str`Enter ${min} or more.`, { id: 'tk.validation.min_number' });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return msg(str`Use at most ${max} characters.`, { id: 'tk.validation.max_length' });
      if (issue.origin === 'array') return msg(str`Use at most ${max} entries.`, { id: 'tk.validation.max_items' });
      return msg(str`Enter ${max} or less.`, { id: 'tk.validation.max_number' });
    }
    case 'invalid_format':
      switch (issue.format === 'regex' ? formatOf(issue.pattern) : issue.format) {
        case 'email': return msg('Enter a valid email address, like name@example.com.', { id: 'tk.validation.email' });
        case 'url':
        case 'webUrl':
        case 'httpsUrl': return msg('Enter a full web address starting with https://.', { id: 'tk.validation.url' });
        case 'website': return msg('Enter a web address such as acme.com or https://acme.com.', { id: 'tk.validation.website' });
        case 'code': return msg('Enter the 6-digit code.', { id: 'tk.validation.code' });
        case 'e164':
        case 'phone': return msg('Enter the number in international format: + and the country code, e.g. +34 600 123 456.', { id: 'tk.validation.phone' });
        default: return msg('Check the format of this value.', { id: 'tk.validation.format' });
      }
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? msg('This field is required.', { id: 'tk.validation.required' }) : msg('Check this value.', { id: 'tk.validation.invalid' });
    default:
      return msg('Check this value.', { id: 'tk.validation.invalid' });
  }
}
