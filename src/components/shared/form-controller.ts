import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type * as z from 'zod/mini';
// The guards' own module, not the SDK's index: a form should not bundle every schema it does not use.
import { isPreconditionFailedError, isValidationError } from '../../sdk/errors/kinds.js';
import type { WithETag } from '../../sdk/http.js';
import { announce } from './announce.js';
import { fieldErrorMessage } from './describe-error.js';
import { renderFormFooter, type FooterOptions } from './feedback/form-footer.js';
import type { FieldForm, FormMessages, FormOptions, FormValues, MergeReport, ValuesOf } from './fields/form-types.js';
import { issueMessage } from './validation-messages.js';

export type { FieldForm, FormMessages, FormOptions, FormValues, MergeReport, ValuesOf } from './fields/form-types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The form's schema, or a function that returns it once it has loaded: a dialog can load its schema with its
 * data, so that a page that never opens it does not bundle zod. Until it is there the form shows no client-side
 * errors and `submit()` hands the values on as they are (the SDK validates before sending either way).
 */
export type SchemaSource<Schema extends z.ZodMiniType> = Schema | (() => Schema | undefined);

/** Numbers the forms of one host, so two forms in one shadow root never share an id. */
const formsPerHost = new WeakMap<HTMLElement, number>();

/**
 * A form's state over the SDK's own input schema: values, client and server field errors, dirty tracking and
 * submission. Errors follow Lion's rule: a field shows its error once it was touched and changed, or after a
 * submit. What the user typed is never discarded on an error; only `reset()` and Cancel replace it.
 *
 * A versioned form also holds the resource it edits and its ETag (`load()`): `save()` sends only the changed
 * fields with `If-Match`; a 412 keeps every edit and offers "Reload and merge" (`reloadAndMerge()`), which
 * re-reads the resource and puts the reader's edits on top. `renderFooter()` is the standard footer.
 */
export class FormController<
  Schema extends z.ZodMiniType,
  Values extends FormValues = ValuesOf<Schema>,
  Resource extends object = Values,
> implements ReactiveController, FieldForm<Values> {
  values: Values;
  /** A failure that belongs to no field (network, permission, 412…), shown above the actions. */
  formError: unknown = undefined;
  submitting = false;
  submitted = false;
  /** Versioned forms: the resource as the server last sent it, with its version. */
  resource: WithETag<Resource> | undefined = undefined;
  reloading = false;
  /** After a save or a merge, until the next one or Cancel. */
  outcome: 'saved' | 'merged' | undefined = undefined;
  merge: MergeReport | undefined = undefined;
  readonly #idPrefix: string;
  #initial: Values;
  readonly #touched = new Set<string>();
  readonly #changed = new Set<string>();
  readonly #serverErrors = new Map<string, string>();
  readonly #labels = new Map<string, string>();
  /** What "Try again" repeats: the last save or reload. */
  #retry: (() => Promise<unknown>) | undefined;
  #reloadAbort: AbortController | undefined;

  constructor(
    private readonly host: Host,
    private readonly schema: SchemaSource<Schema>,
    initial: NoInfer<Values>,
    private readonly options: FormOptions<NoInfer<Values>, NoInfer<Resource>> = {},
  ) {
    this.values = { ...initial };
    this.#initial = { ...initial };
    const count = (formsPerHost.get(host) ?? 0) + 1;
    formsPerHost.set(host, count);
    this.#idPrefix = count === 1 ? 'field' : `field${count}`;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#reloadAbort?.abort();
  }

  requestUpdate(): void {
    this.host.requestUpdate();
  }

  fieldId(name: string): string {
    return `${this.#idPrefix}-${name}`;
  }

  labelField(name: string, label: string): void {
    this.#labels.set(name, label);
  }

  /** The label a field was last rendered with, else its name. */
  labelOf(name: string): string {
    return this.#labels.get(name) ?? name;
  }

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
    return this.dirtyFields.length > 0;
  }

  /** The fields whose value differs from the baseline: those rendered, in screen order, then the others. */
  get dirtyFields(): (keyof Values & string)[] {
    const keys = new Set([...this.#labels.keys(), ...Object.keys(this.values)]);
    return [...keys].filter((key) => key in this.values && this.isFieldDirty(key));
  }

  isFieldDirty(name: keyof Values & string): boolean {
    return !sameValue(this.values[name], this.#initial[name]);
  }

  /** Client-side errors of the current values, by top-level field: the schema's, then the form's own checks. */
  #clientErrors(): Map<string, string> {
    const errors = new Map<string, string>();
    const parsed = this.#schema()?.safeParse(this.#input());
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (!errors.has(field)) errors.set(field, issueMessage(issue));
      }
    }
    for (const [field, message] of Object.entries(this.options.validate?.(this.values) ?? {})) {
      if (typeof message === 'string' && message && !errors.has(field)) errors.set(field, message);
    }
    return errors;
  }

  #schema(): Schema | undefined {
    const source = this.schema;
    return 'safeParse' in source ? source : source();
  }

  #input(): unknown {
    return this.options.toInput ? this.options.toInput(this.values) : this.values;
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
      const field = this.options.serverField?.(fieldError.field) ?? fieldError.field.split('.')[0] ?? '';
      if (field in this.values) {
        this.#serverErrors.set(field, this.options.fieldMessage?.(fieldError) ?? fieldErrorMessage(fieldError.code, fieldError.message));
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
  async submit(action: (input: z.output<Schema>) => Promise<void>): Promise<boolean> {
    this.submitted = true;
    this.formError = undefined;
    this.outcome = undefined;
    const input = this.#input();
    const parsed = this.#schema()?.safeParse(input) ?? { success: true, data: input as z.output<Schema> };
    if (!parsed.success || !this.valid) {
      this.host.requestUpdate();
      await this.focusFirstInvalid();
      return false;
    }
    this.submitting = true;
    this.host.requestUpdate();
    try {
      await action(parsed.data);
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

  focusFirstInvalid(): Promise<void> {
    return this.#focus('[aria-invalid="true"]');
  }

  // ── Versioned forms ──────────────────────────────────────────────────────────────────────────────────────

  /** The version `save()` sends as `If-Match`. */
  get etag(): string | null {
    return this.resource?.etag ?? null;
  }

  /** True after a save was refused because the resource changed elsewhere (412) and the form can re-read it. */
  get stale(): boolean {
    return this.options.reload !== undefined && this.formError !== undefined && isPreconditionFailedError(this.formError);
  }

  /**
   * Makes `resource` the baseline: its values, its ETag. Fields named in `keep` keep what the reader typed
   * (the merge after a 412, or edits made while a save was on its way).
   */
  load(resource: WithETag<Resource>, keep: readonly (keyof Values & string)[] = []): void {
    const typed = this.values;
    this.resource = resource;
    this.reset(this.#valuesOf(resource));
    for (const field of keep) this.set(field, typed[field]);
  }

  #valuesOf(resource: Resource): Values {
    if (this.options.toValues) return this.options.toValues(resource);
    const source = resource as Record<string, unknown>;
    return Object.fromEntries(Object.keys(this.#initial).map((key) => [key, source[key]])) as Values;
  }

  /**
   * Saves the changed fields: validates, then calls `send` with only those fields of the parsed input and the
   * loaded ETag. `send` resolves the saved resource, or undefined when it sent nothing (a cancelled
   * before-event). On success the answer becomes the baseline; anything typed meanwhile stays. On a 412 every
   * edit stays and the footer offers "Reload and merge".
   */
  async save(
    send: (patch: Partial<z.output<Schema>>, ifMatch: string | null) => Promise<WithETag<Resource> | undefined>,
  ): Promise<WithETag<Resource> | undefined> {
    if (this.submitting || this.reloading) return undefined;
    this.#retry = () => this.save(send);
    const fields = this.dirtyFields;
    if (!fields.length) return undefined;
    const sent = { ...this.values };
    let saved: WithETag<Resource> | undefined;
    await this.submit(async (input) => {
      const patch = Object.fromEntries(fields.map((field) => [field, (input as Record<string, unknown>)[field]]));
      try {
        saved = await send(patch as Partial<z.output<Schema>>, this.etag);
      } catch (error) {
        this.options.onError?.(error, 'save');
        throw error;
      }
    });
    if (!saved) return undefined;
    this.load(saved, Object.keys(sent).filter((field) => !sameValue(this.values[field], sent[field])));
    this.outcome = 'saved';
    this.merge = undefined;
    announce(this.messages.saved);
    return saved;
  }

  /**
   * After a 412: re-reads the resource and makes it the baseline with the reader's changed fields on top
   * ("your fields win"); `merge` then names the fields the other change touched. Focus moves to Save.
   */
  async reloadAndMerge(): Promise<boolean> {
    const reload = this.options.reload;
    if (!reload || this.reloading || this.submitting) return false;
    this.#retry = () => this.reloadAndMerge();
    this.reloading = true;
    this.host.requestUpdate();
    this.#reloadAbort = new AbortController();
    try {
      const latest = await reload({ signal: this.#reloadAbort.signal });
      const before = this.#initial;
      const mine = this.dirtyFields;
      const next = this.#valuesOf(latest);
      const theirs = Object.keys(next).filter((key) => !sameValue(next[key], before[key]));
      this.load(latest, mine);
      this.merge = {
        theirs: theirs.filter((field) => !mine.includes(field)),
        overridden: theirs.filter((field) => mine.includes(field)),
      };
      this.outcome = 'merged';
      announce(msg('Loaded the latest version. Your edits are kept: review them and save.', { id: 'tk.form.merged' }));
      await this.#focus('[part~="submit"]');
      return true;
    } catch (error) {
      if (this.#reloadAbort.signal.aborted) return false;
      this.formError = error;
      this.options.onError?.(error, 'reload');
      return false;
    } finally {
      this.reloading = false;
      this.host.requestUpdate();
    }
  }

  /** Repeats the save or reload that failed last. */
  retry(): void {
    void this.#retry?.();
  }

  /** Cancel: back to the loaded values, every error and notice cleared. */
  revert(): void {
    if (this.submitting) return;
    this.outcome = undefined;
    this.merge = undefined;
    this.reset(this.#initial);
  }

  get messages(): FormMessages {
    return {
      saved: msg('Changes saved', { id: 'tk.form.saved' }),
      stale: msg('Someone else changed this', { id: 'tk.error.stale.title' }),
      save: msg('Save changes', { id: 'tk.form.save' }),
      ...this.options.messages?.(),
    };
  }

  /**
   * The standard footer: the save's outcome (saved, changed elsewhere with Reload and merge, a failure with
   * Try again), a dirty summary, Cancel and Save. Render it inside the host's `<form>`: Save submits it.
   */
  renderFooter(options: FooterOptions = {}): TemplateResult {
    return renderFormFooter(this, options);
  }

  async #focus(selector: string): Promise<void> {
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(selector)?.focus();
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
