import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { isValidationError } from '../../sdk/index.js';
import { fieldErrorMessage } from './describe-error.js';
import { issueMessage } from './validation-messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A form's state over the SDK's own input schema: values, client and server field errors, dirty tracking and
 * submission. Errors follow Lion's rule: a field shows its error once it was touched and changed, or after a
 * submit. What the user typed is never discarded on an error; only `reset()` replaces it.
 */
export class FormController<Values extends Record<string, unknown>> implements ReactiveController {
  values: Values;
  /** A failure that belongs to no field (network, permission, 412…), shown above the actions. */
  formError: unknown = undefined;
  submitting = false;
  submitted = false;
  #initial: Values;
  readonly #touched = new Set<string>();
  readonly #changed = new Set<string>();
  readonly #serverErrors = new Map<string, string>();

  constructor(
    private readonly host: Host,
    private readonly schema: z.ZodMiniType,
    initial: Values,
    /** Maps form values to the schema's input (e.g. '' → null). Identity by default. */
    private readonly toInput: (values: Values) => unknown = (values) => values,
  ) {
    this.values = { ...initial };
    this.#initial = { ...initial };
    host.addController(this);
  }

  hostConnected(): void {}

  /** Replaces values and baseline (after a load or a successful save) and clears all errors. */
  reset(values: Values): void {
    this.values = { ...values };
    this.#initial = { ...values };
    this.#touched.clear();
    this.#changed.clear();
    this.#serverErrors.clear();
    this.submitted = false;
    this.formError = undefined;
    this.host.requestUpdate();
  }

  set<K extends keyof Values & string>(name: K, value: Values[K]): void {
    this.values = { ...this.values, [name]: value };
    this.#changed.add(name);
    this.#serverErrors.delete(name);
    this.host.requestUpdate();
  }

  touch(name: keyof Values & string): void {
    this.#touched.add(name);
    this.host.requestUpdate();
  }

  /** True when any value differs from the baseline. */
  get dirty(): boolean {
    return Object.keys(this.values).some((key) => !sameValue(this.values[key], this.#initial[key]));
  }

  isFieldDirty(name: keyof Values & string): boolean {
    return !sameValue(this.values[name], this.#initial[name]);
  }

  /** Client-side errors of the current values, by top-level field. */
  #clientErrors(): Map<string, string> {
    const errors = new Map<string, string>();
    const parsed = this.schema.safeParse(this.toInput(this.values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!errors.has(field)) errors.set(field, issueMessage(issue));
      }
    }
    return errors;
  }

  /** The error to show next to a field right now, if any. */
  errorFor(name: keyof Values & string): string | undefined {
    const server = this.#serverErrors.get(name);
    if (server) return server;
    const visible = this.submitted || (this.#touched.has(name) && this.#changed.has(name));
    return visible ? this.#clientErrors().get(name) : undefined;
  }

  get valid(): boolean {
    return this.#clientErrors().size === 0;
  }

  /** Maps a server `ValidationError` onto fields; returns false when it carried no field this form has. */
  applyServerErrors(error: unknown): boolean {
    if (!isValidationError(error)) return false;
    let mapped = false;
    for (const fieldError of error.fieldErrors) {
      const field = fieldError.field.split('.')[0] ?? '';
      if (field in this.values) {
        this.#serverErrors.set(field, fieldErrorMessage(fieldError.code, fieldError.message));
        mapped = true;
      }
    }
    this.host.requestUpdate();
    return mapped;
  }

  /**
   * Validates, then runs `action` with the parsed input. Field errors land next to their fields (and focus
   * moves to the first one); any other failure becomes `formError`. Resolves true on success.
   */
  async submit<T>(action: (input: T) => Promise<void>): Promise<boolean> {
    this.submitted = true;
    this.formError = undefined;
    const parsed = this.schema.safeParse(this.toInput(this.values));
    if (!parsed.success) {
      this.host.requestUpdate();
      await this.focusFirstInvalid();
      return false;
    }
    this.submitting = true;
    this.host.requestUpdate();
    try {
      await action(parsed.data as T);
      return true;
    } catch (error) {
      if (!this.applyServerErrors(error)) this.formError = error;
      else await this.focusFirstInvalid();
      return false;
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  async focusFirstInvalid(): Promise<void> {
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = this.host.shadowRoot ?? this.host;
    root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
