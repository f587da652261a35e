/**
 * The contract's rules for text: how long each string may be, and which characters names and messages may
 * hold. Every schema that takes text is built from these, so the SDK (before sending), the reference backend
 * (`ctx.body`), the components (form validation) and `docs/openapi.json` apply one set of rules.
 */
import * as z from 'zod/mini';

// The limits (and the password rating built on them) live in a module without zod, so that an element that
// only reads one, or a password field's strength hint, does not bundle zod.
export { PASSWORD_POLICY, TEXT_LIMITS, passwordStrength, type PasswordRecommendation, type PasswordStrength } from './limits.js';

/** The `code` of a field error raised by the character rules. */
export type TextIssueCode = 'control_character' | 'bidi_override' | 'no_visible_character';

/** A character-rule issue as zod carries it; the SDK and the backend report its `code` as the field error's. */
export interface TextIssue extends z.core.$ZodIssueBase {
  readonly code: TextIssueCode;
}

// C0 and C1 controls (CR, NEL…), DEL, the Unicode line and paragraph separators, and lone surrogates (no
// encoder can write them); TAB and LF are judged apart, since multi-line text allows them. A line break in a
// name ends up in mail headers (`Subject: …\r\nBcc: …`).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\v-\x1f\x7f-\x9f\u2028\u2029\p{Cs}]/u;
// Embeddings, overrides and isolates reorder the text around them ("\u202Egnp.exe" reads "exe.png").
// LRM, RLM and ALM only mark a direction and are kept: right-to-left names need them.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
// A character that draws something: not white space, not a control or format character, not a
// default-ignorable one (DI: zero-width space and joiners, BOM, Hangul fillers), not a combining mark on its
// own, not the blank Braille pattern.
const VISIBLE = /[^\p{space}\p{Cc}\p{Cf}\p{Cs}\p{DI}\p{M}\u2800]/u;

/**
 * Normalises text and judges its characters, in one check: NFC (so that "é" typed as e + ◌́ is stored as "é"),
 * trimmed, and in multi-line text CRLF and lone CR as LF. Then refuses control characters (in single-line
 * text TAB and LF too), direction overrides, and a non-empty value with nothing visible in it; an empty value
 * is the length checks' to judge.
 */
function textRule(multiLine: boolean): z.core.$ZodCheck<string> {
  return z.check<string>((payload) => {
    const trimmed = payload.value.normalize('NFC').trim();
    const value = (payload.value = multiLine ? trimmed.replace(/\r\n?/g, '\n') : trimmed);
    const [code, message]: [TextIssueCode?, string?] = CONTROL.test(value) || (!multiLine && /[\t\n]/.test(value))
      ? ['control_character', `Remove control characters${multiLine ? '' : ' such as tabs and line breaks'}.`]
      : BIDI.test(value)
        ? ['bidi_override', 'Remove invisible characters that change the text direction.']
        : value && !VISIBLE.test(value) ? ['no_visible_character', 'Enter at least one visible character.'] : [];
    if (!code) return;
    // zod types issues with its own codes only, but carries any code through unchanged; the SDK and the
    // backend report `issue.code` as the field error's `code`, so clients can tell these rules apart.
    const issues: z.core.$ZodRawIssue<TextIssue | z.core.$ZodIssue>[] = payload.issues;
    issues.push({ code, message, input: value, continue: true });
  });
}

/** The rule of single-line text; the OpenAPI generator recognises it to describe it. */
export const singleLineRule = textRule(false);

/** The rule of multi-line text: line breaks and tabs allowed. */
export const multiLineRule = textRule(true);

// The rule runs before the length checks: they count the normalised value, and its error, the more telling
// one, comes first.

/**
 * A name or another single-line label: NFC, trimmed, `min`–`max` code points, no control characters (no
 * line breaks or tabs), no direction overrides, at least one visible character.
 */
export const singleLine = (min: number, max: number) =>
  z.string().check(singleLineRule, ...(min ? [z.minLength(min)] : []), z.maxLength(max));

/**
 * Free text such as a message: NFC, trimmed, line breaks as LF, at most `max` code points; line breaks and
 * tabs allowed, other control characters and direction overrides refused; if not empty, something visible.
 */
export const multiLine = (max: number) => z.string().check(multiLineRule, z.maxLength(max));

/** A string that only has to be bounded (opaque values, search input, confirmations). */
export const bounded = (max: number) => z.string().check(z.maxLength(max));
