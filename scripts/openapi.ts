/**
 * `npm run openapi`: writes docs/openapi.json (OpenAPI 3.1) from the endpoint table in src/sdk/contract.ts
 * and the zod schemas it names. Deterministic: the same sources give byte-identical output.
 * `--check` writes nothing and fails when the committed file is not what the sources generate.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { API_KEY_HEADER, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, apiKeyMayCall } from '../src/backend/auth.js';
import { problemStatus } from '../src/backend/problems.js';
import { endpoints, type Endpoint } from '../src/sdk/contract.js';
import * as schemas from '../src/sdk/schemas/index.js';
import type { ProblemCode } from '../src/sdk/schemas/index.js';
import { TEXT_LIMITS } from '../src/sdk/schemas/text.js';
import { SchemaCatalog, refTo, type JsonSchema } from './openapi/json-schemas.js';

const OUT_FILE = new URL('../docs/openapi.json', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
  license: string;
};

const TAG_DESCRIPTIONS: Record<string, string> = {
  Account: "The signed-in user's own account: profile, email and phone changes, password, notification preferences, data export and deletion.",
  Sessions: "The signed-in user's devices.",
  Workspaces: 'Workspaces the caller belongs to: create, update, delete, leave, transfer ownership.',
  Members: 'People in a workspace: search, filter, sort, change role and groups, remove.',
  Invitations: 'Invite people by email to one or several workspaces; the public accept flow by token.',
  Roles: 'Built-in and custom roles and the permission catalog they draw from.',
  Groups: 'Named sets of a workspace\'s members: create, rename, delete, and add or remove members in bulk.',
  Domains: 'Domains a workspace claims: DNS verification, purposes (single sign-on, trusted sender, auto-join), removal.',
  'Audit log': 'Every mutation in a workspace, filtered server-side, and its CSV export.',
  'API keys': 'Keys that act for their creator in one workspace, limited to their scopes. The secret is shown once; only its SHA-256 is kept.',
  Webhooks: 'Endpoints that receive signed events (`Teamkit-Signature`, HMAC-SHA256), with retries and a delivery log.',
  Billing: 'Plan, seats, wallet, usage and invoices: read-only. Amounts are integers in the currency\'s minor unit.',
};

const SUCCESS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

const PROBLEM_TEXT: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 402: 'Payment required', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict', 410: 'Gone',
  412: 'Precondition failed', 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content',
  428: 'Precondition required',
};

const catalog = new SchemaCatalog();
catalog.addModule(schemas);

/** Names the schemas the endpoint table builds inline (`page(Member)` → `MemberPage`). */
function nameInline(schema: z.ZodMiniType, endpoint: Endpoint, role: 'Query' | 'Body' | 'Response'): void {
  if (catalog.nameOf(schema)) return;
  const def = schema._zod.def;
  if (def.type === 'object' && 'shape' in def) {
    const shape = def.shape as Record<string, z.ZodMiniType>;
    const items = shape.items?._zod.def;
    const item = items && items.type === 'array' && 'element' in items ? catalog.nameOf(items.element as z.ZodMiniType) : undefined;
    if (item && 'nextCursor' in shape && 'total' in shape) {
      catalog.add(schema, `${item}Page`);
      return;
    }
  }
  const operation = endpoint.operationId.charAt(0).toUpperCase() + endpoint.operationId.slice(1);
  catalog.add(schema, `${operation}${role}`);
}

for (const endpoint of endpoints) {
  if (endpoint.query) nameInline(endpoint.query, endpoint, 'Query');
  if (endpoint.body) nameInline(endpoint.body, endpoint, 'Body');
  if (endpoint.response) nameInline(endpoint.response, endpoint, 'Response');
}

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'token' ? { type: 'string', minLength: 1, maxLength: TEXT_LIMITS.token } : refTo('Id'),
    ...(name === 'token' ? { description: 'The token from the invitation link.' } : {}),
  }));

/** One query parameter per property of the query object schema. */
function queryParameters(query: z.ZodMiniType) {
  const { properties = {}, required = [] } = catalog.body(query, 'input');
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema as JsonSchema;
    return {
      name,
      in: 'query',
      required: required.includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function requestBody(endpoint: Endpoint) {
  if (endpoint.upload) {
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            // No `type`: a file part is bytes, not a JSON string, so generated clients accept a Blob or File.
            properties: { file: { description: `The image: ${schemas.IMAGE_UPLOAD.types.join(', ')}, at most ${schemas.IMAGE_UPLOAD.maxBytes} bytes.`, contentMediaType: 'application/octet-stream' } },
            required: ['file'],
          },
          encoding: { file: { contentType: schemas.IMAGE_UPLOAD.types.join(', ') } },
        },
      },
    };
  }
  if (!endpoint.body) return undefined;
  return { required: true, content: { 'application/json': { schema: catalog.ref(endpoint.body, 'input') } } };
}

/**
 * Problems every endpoint of a kind can answer, whatever its own list says: what the shared request handling
 * does (authentication and CSRF, body bounds and parsing, query parsing, path ids, If-Match, Idempotency-Key).
 */
function sharedProblems(endpoint: Endpoint): [number, ProblemCode | 'malformed_json'][] {
  const problems: [number, ProblemCode | 'malformed_json'][] = [];
  if (!endpoint.public) problems.push([401, 'unauthorized']);
  // CSRF refuses unsafe methods; API keys are refused wherever they may not call.
  if (!endpoint.public && (endpoint.method !== 'GET' || !apiKeyMayCall(endpoint))) problems.push([403, 'forbidden']);
  if (endpoint.body) problems.push([400, 'malformed_json'], [413, 'payload_too_large'], [422, 'validation_failed']);
  if (endpoint.upload) problems.push([413, 'payload_too_large'], [415, 'unsupported_media_type'], [422, 'validation_failed']);
  if (endpoint.query) problems.push([422, 'validation_failed']);
  if (/\{\w+\}/.test(endpoint.path)) problems.push([404, 'not_found']);
  if (endpoint.ifMatch) problems.push([412, 'precondition_failed']);
  if (endpoint.method === 'POST') problems.push([409, 'idempotency_in_progress'], [422, 'idempotency_mismatch']);
  return problems;
}

function responses(endpoint: Endpoint) {
  const status = endpoint.status ?? 200;
  const success: Record<string, unknown> = { description: SUCCESS_TEXT[status] ?? 'Success' };
  const headers: Record<string, unknown> = {};
  if (endpoint.etag && status !== 204) headers.ETag = { $ref: '#/components/headers/ETag' };
  if (endpoint.method === 'POST') headers['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  if (Object.keys(headers).length) success.headers = headers;
  if (endpoint.response && status !== 204) {
    success.content = { 'application/json': { schema: catalog.ref(endpoint.response, 'output') } };
  }
  if (endpoint.download) {
    headers['Content-Disposition'] = { description: '`attachment`, with the file\'s name.', schema: { type: 'string' } };
    success.headers = headers;
    success.content = { [endpoint.download]: { schema: { type: 'string', description: 'The file, streamed.' } } };
  }
  const result: Record<string, unknown> = { [status]: success };

  const codesByStatus = new Map<number, string[]>();
  const note = (codeStatus: number, code: string) => {
    const codes = codesByStatus.get(codeStatus) ?? [];
    if (!codes.includes(code)) codesByStatus.set(codeStatus, [...codes, code]);
  };
  for (const [codeStatus, code] of sharedProblems(endpoint)) note(codeStatus, code);
  for (const code of endpoint.problems) note(problemStatus(code), code);
  codesByStatus.delete(429);
  codesByStatus.delete(500);
  for (const [codeStatus, codes] of [...codesByStatus].sort(([a], [b]) => a - b)) {
    const described = codes.map((code) => (code === 'malformed_json' ? 'the body is not JSON (`validation_failed`)' : `\`${code}\``));
    result[codeStatus] = codeStatus === 401 && codes.length === 1 && codes[0] === 'unauthorized'
      ? { $ref: '#/components/responses/Unauthorized' }
      : {
        description: `${PROBLEM_TEXT[codeStatus] ?? 'Problem'}: ${described.join(', ')}.`,
        // A keyed repeat still running says when to try again.
        ...(codes.includes('idempotency_in_progress') ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
        content: { 'application/problem+json': { schema: refTo('Problem') } },
      };
  }
  result[429] = { $ref: '#/components/responses/RateLimited' };
  result[500] = { $ref: '#/components/responses/InternalError' };
  return result;
}

function operation(endpoint: Endpoint) {
  const parameters: unknown[] = [...pathParameters(endpoint.path)];
  if (endpoint.query) parameters.push(...queryParameters(endpoint.query));
  if (endpoint.ifMatch) parameters.push({ $ref: '#/components/parameters/IfMatch' });
  if (endpoint.method === 'POST') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const body = requestBody(endpoint);
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    ...(endpoint.public ? { security: [] } : apiKeyMayCall(endpoint) ? { security: [{ bearerAuth: [] }, { cookieAuth: [] }, { apiKeyAuth: [] }] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(endpoint),
  };
}

const problemResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: refTo('Problem') } },
});

function document() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const item = (paths[endpoint.path] ??= {});
    const method = endpoint.method.toLowerCase();
    if (item[method]) throw new Error(`${endpoint.method} ${endpoint.path} is in the endpoint table twice`);
    item[method] = operation(endpoint);
  }
  const tags = [...new Set(endpoints.map((endpoint) => endpoint.tag))].map((name) => ({
    name,
    description: TAG_DESCRIPTIONS[name] ?? `${name} endpoints.`,
  }));

  const components = {
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: "A token from the host's own sign-in; the SDK asks the host's `getToken()` for it and refreshes once on 401. An API key (`tk_live_…`) is also accepted as a bearer token where `apiKeyAuth` is.",
      },
      apiKeyAuth: {
        type: 'apiKey',
        in: 'header',
        name: API_KEY_HEADER,
        description: 'An API key (`tk_live_…`), on the endpoints of its own workspace only (except API key management, leaving, transferring and deleting), acting for its creator within its scopes. Also accepted as `Authorization: Bearer tk_live_…`.',
      },
      cookieAuth: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: `A session cookie (\`credentials: 'include'\`). Unsafe methods must repeat the \`${CSRF_COOKIE}\` cookie's value in the \`${CSRF_HEADER}\` header (403 otherwise).`,
      },
    },
    parameters: {
      IfMatch: {
        name: 'If-Match',
        in: 'header',
        required: false,
        description: 'The `ETag` of the version the change was made against; a stale one is refused with 412 `precondition_failed`.',
        schema: { type: 'string', maxLength: 255 },
      },
      IdempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'A unique key per intended operation; a repeat with the same key returns the first result instead of acting twice.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      },
    },
    headers: {
      ETag: { description: 'Version of the resource, for `If-Match`.', schema: { type: 'string' } },
      IdempotentReplayed: {
        description: 'Present when this is the stored answer of an earlier request with the same `Idempotency-Key`.',
        schema: { type: 'string', enum: ['true'] },
      },
      RetryAfter: {
        description: 'When to try again: seconds (delta-seconds) or an HTTP date.',
        schema: { type: 'string' },
      },
    },
    responses: {
      Unauthorized: problemResponse('Unauthorized: `unauthorized` (no valid token or session).'),
      RateLimited: problemResponse('Too many requests: `rate_limited`.', { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }),
      InternalError: problemResponse('Internal error: `internal_error`.'),
    },
  };
  const schemasUsed = catalog.components([paths, components]);

  return {
    openapi: '3.1.0',
    info: {
      title: 'teamkit API',
      version: pkg.version,
      summary: 'Account and workspace settings: members, roles, invitations, sessions and more.',
      description: [
        pkg.description,
        '',
        'Errors are RFC 9457 problem documents (`application/problem+json`) with a stable `code`.',
        'Lists are cursor-paginated (`?cursor=&limit=` → `{items, nextCursor, total}`, `limit` ≤ 200).',
        'Generated from the zod schemas in `src/sdk` by `npm run openapi`; do not edit by hand.',
      ].join('\n'),
      license: { name: pkg.license, identifier: pkg.license },
    },
    servers: [
      { url: 'http://127.0.0.1:8787/api', description: 'The reference backend started by `npm start`.' },
      {
        url: '{baseUrl}',
        description: 'Your own implementation, under the base URL your product chooses.',
        variables: { baseUrl: { default: 'https://app.example.test/api/teamkit' } },
      },
    ],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags,
    paths,
    components: { schemas: schemasUsed, ...components },
  };
}

const generated = `${JSON.stringify(document(), null, 2)}\n`;
const shownPath = OUT_FILE.pathname.replace(`${process.cwd()}/`, '');
if (process.argv.includes('--check')) {
  if (!existsSync(OUT_FILE) || readFileSync(OUT_FILE, 'utf8') !== generated) {
    console.error(`${shownPath} is out of date with src/sdk: run \`npm run openapi\` and commit it.`);
    process.exitCode = 1;
  } else {
    console.log(`${shownPath} is up to date (${endpoints.length} operations)`);
  }
} else {
  writeFileSync(OUT_FILE, generated);
  console.log(`wrote ${shownPath} (${endpoints.length} operations)`);
}
