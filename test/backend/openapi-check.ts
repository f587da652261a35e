/**
 * Checks an answer of the reference backend against `docs/openapi.json` with a standard JSON Schema validator
 * (Ajv, draft 2020-12), independently of the zod schemas the document was generated from: the status must be
 * declared for the operation, the body must fit the declared media type's schema, and the API's own headers
 * (`ETag`, `Retry-After`, `Idempotent-Replayed`) must be declared where they are sent and fit their schema.
 * Backend tests run every answer through it, so the document cannot drift from what the backend does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface OpenApiResponse {
  $ref?: string;
  headers?: Record<string, { $ref?: string; required?: boolean; schema?: object }>;
  content?: Record<string, { schema?: object }>;
}

interface OpenApiOperation {
  operationId: string;
  responses: Record<string, OpenApiResponse>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { responses: Record<string, OpenApiResponse>; headers: Record<string, { schema?: object }> };
}

const DOCUMENT_ID = 'https://teamkit.test/openapi.json';
const API_HEADERS = ['etag', 'retry-after', 'idempotent-replayed'];

const document = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: DOCUMENT_ID, components: document.components }, DOCUMENT_ID);

const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ $id: `https://teamkit.test/checks/${validators.size}`, ...rebase(schema) });
    validators.set(key, validate);
  }
  return validate;
}

/** Points the document's local `#/components/…` references at the registered document. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)) as object;
}

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => {
    const segments = path.split('/').filter(Boolean);
    return {
      method: method.toUpperCase(),
      path,
      operation,
      pattern: new RegExp(`^/${segments.map((segment) => (segment.startsWith('{') ? '[^/]+' : segment)).join('/')}$`),
      literals: segments.filter((segment) => !segment.startsWith('{')).length,
    };
  })).sort((a, b) => b.literals - a.literals);

function resolve(response: OpenApiResponse): OpenApiResponse {
  if (!response.$ref) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  const target = document.components.responses[name];
  assert.ok(target, `no response ${response.$ref}`);
  return target;
}

/** Asserts that one answer is what the document says the operation answers. */
export function checkAgainstOpenApi(method: string, pathname: string, response: Response, body: unknown, bodyText: string): void {
  const found = operations.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
  const what = `${method} ${pathname} → ${response.status}`;
  if (!found) {
    assert.equal(response.status, 404, `${what}: not in the document, so it must be 404`);
    return;
  }
  const declared = found.operation.responses[String(response.status)] ?? found.operation.responses.default;
  assert.ok(declared, `${what}: status not declared for ${found.operation.operationId} (declared: ${Object.keys(found.operation.responses).join(', ')})`);
  const expected = resolve(declared);

  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? null;
  if (!expected.content) {
    assert.equal(bodyText, '', `${what}: a body where the document declares none`);
  } else {
    assert.ok(contentType && expected.content[contentType], `${what}: content type ${contentType} not declared (${Object.keys(expected.content).join(', ')})`);
    const schema = expected.content[contentType]?.schema;
    if (schema) {
      const validate = validatorFor(schema);
      assert.ok(validate(body), `${what}: body does not fit the document: ${ajv.errorsText(validate.errors)}\n${bodyText.slice(0, 500)}`);
    }
  }

  const declaredHeaders = Object.fromEntries(Object.entries(expected.headers ?? {}).map(([name, header]) => {
    const target = header.$ref ? document.components.headers[header.$ref.replace('#/components/headers/', '')] : header;
    return [name.toLowerCase(), { ...target, required: header.required }];
  }));
  for (const name of API_HEADERS) {
    const value = response.headers.get(name);
    const header = declaredHeaders[name];
    if (value !== null) {
      assert.ok(header, `${what}: sends ${name} but the document does not declare it`);
      if (header.schema) assert.ok(validatorFor(header.schema)(value), `${what}: ${name}: ${value} does not fit its schema`);
    } else {
      assert.ok(!header?.required, `${what}: the document requires ${name}`);
    }
  }
}
