import type * as z from 'zod/mini';
import type { WithETag } from '../../../sdk/http.js';

// The types a form is described by: what `FormController` takes, and what fields and the footer read of it.

export type FormValues = Record<string, unknown>;

/** The values a form over `Schema` holds: the schema's input with every field present. */
export type ValuesOf<Schema extends z.ZodMiniType> = { [K in keyof z.input<Schema>]-?: z.input<Schema>[K] };

/** What a field needs of its form; the field kit (`shared/fields/`) renders against this. */
export interface FieldForm<Values extends FormValues> {
  readonly values: Values;
  set<K extends keyof Values & string>(name: K, value: Values[K]): void;
  touch(name: keyof Values & string): void;
  errorFor(name: keyof Values & string): string | undefined;
  isFieldDirty(name: keyof Values & string): boolean;
  /** The id of a field's control, unique within the host's shadow root; hint and error ids derive from it. */
  fieldId(name: string): string;
  /** Remembers the label a field shows, so summaries ("Unsaved changes: Name") use the reader's words. */
  labelField(name: string, label: string): void;
  requestUpdate(): void;
}

export interface FormOptions<Values extends FormValues, Resource> {
  /** Maps form values to the schema's input (e.g. '' → null). Identity by default. */
  toInput?: (values: Values) => unknown;
  /**
   * Checks no schema of the API holds, across fields or against the reader's own data: a repeated password that
   * must match, a confirmation phrase. Returns an error message per field that fails (in the reader's words);
   * they show and block `submit()` like the schema's own, after the schema's error for the same field.
   */
  validate?: (values: Values) => Partial<Record<keyof Values & string, string>>;
  /**
   * Words for a server field error this form can say better than the shared ones, e.g. a wrong code with the
   * attempts left; undefined keeps the shared wording (the known code in the reader's language, else the server's).
   */
  fieldMessage?: (error: { field: string; code: string; message: string }) => string | undefined;
  /**
   * The form field a server field error's path names, when the form's values are not the request's top level
   * (`lowBalance.channel` → `channel`). Default: the path's first segment.
   */
  serverField?: (path: string) => string;
  /** Versioned forms: the values a loaded resource shows. Default: the resource's fields of the same names. */
  toValues?: (resource: Resource) => Values;
  /** Versioned forms: reads the latest version, for "Reload and merge" after a 412. */
  reload?: (options: { signal: AbortSignal }) => Promise<WithETag<Resource>>;
  /** A save or a reload failed; report it (`tk-error`). The form shows it either way. */
  onError?: (error: unknown, during: 'save' | 'reload') => void;
  /** Element-specific wording, read at render time so a language switch applies. */
  messages?: () => Partial<FormMessages>;
}

export interface FormMessages {
  /** Shown and announced after a save. */
  saved: string;
  /** Title of the notice after a 412. */
  stale: string;
  /** The Save button's label. */
  save: string;
}

/** What "Reload and merge" did: fields the other change set, and fields where the reader's edit replaced it. */
export interface MergeReport {
  theirs: string[];
  overridden: string[];
}
