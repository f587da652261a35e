/**
 * Turns the contract's zod schemas into OpenAPI `components.schemas`, using zod's own `z.toJSONSchema`.
 *
 * Requests are described as zod reads them (`io: 'input'`), responses as zod produces them (`io: 'output'`).
 * Most schemas look the same both ways and get one component; a schema that differs (a default, a transform)
 * gets a second component, `<Name>Input`, for the request side. Only components an operation reaches are kept.
 */
import * as z from 'zod/mini';
import { hostnameRule } from '../../src/sdk/schemas/domains.js';
import { multiLineRule, singleLineRule } from '../../src/sdk/schemas/text.js';
import { websiteRule } from '../../src/sdk/schemas/workspaces.js';

export type JsonSchema = z.core.JSONSchema.BaseSchema;
export type Io = 'input' | 'output';

const REF_PREFIX = '#/components/schemas/';

export const refTo = (name: string): JsonSchema => ({ $ref: `${REF_PREFIX}${name}` });

/**
 * The character rules of `src/sdk/schemas/text.ts`, and the hostname and website rules, in words: JSON Schema
 * cannot say them, and a host that implements the contract must apply them too. Kept here, not in the schemas,
 * so that the words cost the browser bundle nothing.
 */
const TEXT_RULES = new Map<unknown, string>([
  [singleLineRule, 'One line, stored NFC-normalised and trimmed. Refused: control characters, tab and line breaks included (field error `control_character`); bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 (`bidi_override`); nothing visible in it (`no_visible_character`).'],
  [multiLineRule, 'Free text, stored NFC-normalised and trimmed, CRLF and CR as LF. Line breaks and tabs allowed; other control characters refused (`control_character`), as are U+202A–U+202E, U+2066–U+2069 (`bidi_override`) and a non-empty value with nothing visible (`no_visible_character`).'],
  [hostnameRule, 'A domain name such as example.com, stored lower case with internationalised names as punycode and one trailing dot dropped. Refused: IP addresses (`ip_address_not_allowed`), wildcards (`wildcard_not_allowed`), ports, paths, credentials, a single label, labels over 63 characters (`invalid_hostname`).'],
  [websiteRule, 'A web address; `https://` is added when it starts with neither `http://` nor `https://`. Stored with the host in lower case (punycode) and without a lone trailing `/`; refused (`invalid_format`) unless it is then an http(s) URL with a dotted host and no user name or password.'],
]);

const textRuleOf = (schema: z.core.$ZodType): string | undefined => {
  for (const check of schema._zod.def.checks ?? []) {
    const rule = TEXT_RULES.get(check);
    if (rule) return rule;
  }
  return undefined;
};

const isZodSchema = (value: unknown): value is z.ZodMiniType =>
  typeof value === 'object' && value !== null && '_zod' in value;

export class SchemaCatalog {
  readonly #registry = z.registry<{ id: string }>();
  readonly #names = new Map<z.ZodMiniType, string>();
  #generated: Record<Io, Record<string, JsonSchema>> | undefined;
  #inputOnly = new Set<string>();

  /** Registers every zod schema a module exports, under its export name (the first name wins for aliases). */
  addModule(module: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(module)) {
      if (isZodSchema(value) && /^[A-Z]/.test(name)) this.add(value, name);
    }
  }

  add(schema: z.ZodMiniType, name: string): string {
    const known = this.#names.get(schema);
    if (known) return known;
    if ([...this.#names.values()].includes(name)) throw new Error(`Two different schemas are named ${name}`);
    this.#names.set(schema, name);
    this.#registry.add(schema, { id: name });
    this.#generated = undefined;
    return name;
  }

  nameOf(schema: z.ZodMiniType): string | undefined {
    return this.#names.get(schema);
  }

  /** A `$ref` to the schema as requests (`input`) or responses (`output`) use it. */
  ref(schema: z.ZodMiniType, io: Io): JsonSchema {
    const name = this.#names.get(schema);
    if (!name) throw new Error('Register a schema before referencing it');
    this.#generate();
    return refTo(this.#componentName(name, io));
  }

  /** The generated JSON Schema of a registered schema (its own body, not a `$ref`). */
  body(schema: z.ZodMiniType, io: Io): JsonSchema {
    const name = this.#names.get(schema);
    if (!name) throw new Error('Register a schema before reading it');
    const generated = this.#generate()[io][name];
    if (!generated) throw new Error(`zod did not generate ${name}`);
    return generated;
  }

  /** `components.schemas`: every component reachable from `roots`, sorted by name so output is stable. */
  components(roots: unknown): Record<string, JsonSchema> {
    const generated = this.#generate();
    const byComponent = new Map<string, JsonSchema>();
    for (const name of this.#names.values()) {
      const output = generated.output[name];
      const input = generated.input[name];
      if (output) byComponent.set(name, output);
      if (input && this.#inputOnly.has(name)) byComponent.set(`${name}Input`, input);
    }
    const reached = new Set<string>();
    const visit = (node: unknown): void => {
      for (const name of refsIn(node)) {
        if (reached.has(name)) continue;
        reached.add(name);
        visit(byComponent.get(name));
      }
    };
    visit(roots);
    const missing = [...reached].filter((name) => !byComponent.has(name));
    if (missing.length) throw new Error(`Unresolved schema references: ${missing.join(', ')}`);
    return Object.fromEntries([...reached].sort().map((name) => [name, byComponent.get(name) as JsonSchema]));
  }

  #componentName(name: string, io: Io): string {
    return io === 'input' && this.#inputOnly.has(name) ? `${name}Input` : name;
  }

  /**
   * Generates both views. A schema whose input view differs from its output view gets an `Input` twin;
   * that can make the schemas referencing it differ too, so repeat until nothing new differs.
   */
  #generate(): Record<Io, Record<string, JsonSchema>> {
    if (this.#generated) return this.#generated;
    this.#inputOnly = new Set();
    const output = this.#convert('output');
    for (;;) {
      const input = this.#convert('input');
      const differing = Object.keys(input).filter(
        (name) => !this.#inputOnly.has(name) && !sameJson(input[name], output[name]),
      );
      if (differing.length === 0) return (this.#generated = { input, output });
      for (const name of differing) this.#inputOnly.add(name);
    }
  }

  #convert(io: Io): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(this.#registry, {
      io,
      target: 'draft-2020-12',
      uri: (id) => `${REF_PREFIX}${this.#componentName(id, io)}`,
      override: ({ zodSchema, jsonSchema }) => {
        const textRule = textRuleOf(zodSchema);
        if (textRule) jsonSchema.description ??= textRule;
        // zod/mini's `z.int()` costs the browser bundle 0.4 KB; `multipleOf(1)` says the same for a fraction of it.
        if (jsonSchema.type === 'number' && jsonSchema.multipleOf === 1) {
          jsonSchema.type = 'integer';
          delete jsonSchema.multipleOf;
        }
        // zod marks a plain object's output as closed (`additionalProperties: false`) because parsing strips
        // unknown keys. The SDK tolerates extra response fields, so the contract should not forbid them:
        // a server adding a field is not a breaking change.
        const def = zodSchema._zod.def;
        if (io === 'output' && def.type === 'object' && !('catchall' in def && def.catchall)) {
          delete jsonSchema.additionalProperties;
        }
      },
    });
    return Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => {
        const { $schema: _dialect, $id: _id, ...rest } = schema;
        return [name, rest];
      }),
    );
  }
}

/** Component names a JSON value references through `#/components/schemas/…`. */
export function refsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) refsIn(item, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        found.add(value.slice(REF_PREFIX.length));
      } else {
        refsIn(value, found);
      }
    }
  }
  return found;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
