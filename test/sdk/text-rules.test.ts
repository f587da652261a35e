/**
 * The text rules, tried as an attacker would: a name carrying `\r\nBcc:` into a mail subject, a direction
 * override that makes `gnp.exe` read `exe.png`, a name made only of zero-width characters, and strings far
 * longer than any field. Each is refused before sending by the SDK (nothing reaches the network) and again by
 * the reference backend for a caller who skips the SDK. Legitimate text — markup, any script, emoji, CSV-like
 * values — is stored as typed, only NFC-normalised and trimmed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { endpoints } from '../../src/sdk/contract.js';
import {
  API_KEY_RULES, PASSWORD_POLICY, TEXT_LIMITS, ValidationError, type Client, type Problem, type TextIssueCode,
} from '../../src/sdk/index.js';
import { setup as setupBackend, type Answer, type Caller } from '../backend/helpers.js';
import { ACME, SEED, failure, latestMessage, setup, useApiServer } from './helpers.js';

useApiServer();

const fixture = JSON.parse(readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const control = fixture.control ?? [];
const legitimate = [...(fixture.markup ?? []), ...(fixture.unicode ?? []), ...(fixture.csv_formula ?? [])];

/** The code each of the fixture's control strings must be refused with; a string added later may get any. */
const REFUSED_AS: Record<string, TextIssueCode> = {
  '\u202egnp.exe': 'bidi_override',
  'a\u0000b': 'control_character',
  'line\r\nBcc: everyone@example.org': 'control_character',
  '\u200b\u200b': 'no_visible_character',
  'tab\there': 'control_character',
  '\u0085next-line': 'control_character',
};
const TEXT_CODES: readonly string[] = ['control_character', 'bidi_override', 'no_visible_character'];

/** What the contract stores for a name: the text as typed, NFC-normalised and trimmed. */
const stored = (text: string) => text.normalize('NFC').trim();

function assertRefusedAs(errors: readonly { field: string; code: string; message: string }[] | undefined, field: string, text: string): void {
  const expected = REFUSED_AS[text];
  // The character rule's error comes first: it says more than a length error the same value may also cause.
  const error = errors?.find((candidate) => candidate.field === field);
  assert.ok(error, `${JSON.stringify(text)}: no error on ${field}: ${JSON.stringify(errors)}`);
  if (expected) assert.equal(error.code, expected, JSON.stringify(text));
  else assert.ok(TEXT_CODES.includes(error.code), `${JSON.stringify(text)}: ${error.code}`);
  assert.match(error.message, /^[A-Z].*\.$/, 'a sentence a form can show next to the field');
}

const NEW_PASSWORD = 'a long enough passphrase';

/** Every single-line name field of the contract, reached through the SDK and as raw JSON. */
interface NameField {
  label: string;
  field: string;
  /** Sent by someone not signed in (the public accept page). */
  anonymous?: true;
  sdk(client: Client, value: string, context: { roleId: string; token: string }): Promise<unknown>;
  raw(caller: Caller, value: string, context: { roleId: string; token: string }): Promise<Answer<unknown>>;
}

const nameFields: NameField[] = [
  {
    label: 'account name', field: 'name',
    sdk: (client, name) => client.account.update({ name }),
    raw: (caller, name) => caller.patch('/me', { name }),
  },
  {
    label: 'new workspace name', field: 'name',
    sdk: (client, name) => client.workspaces.create({ name }),
    raw: (caller, name) => caller.post('/workspaces', { name }),
  },
  {
    label: 'workspace name', field: 'name',
    sdk: (client, name) => client.workspaces.update(ACME, { name }),
    raw: (caller, name) => caller.patch(`/workspaces/${ACME}`, { name }),
  },
  {
    label: 'industry', field: 'industry',
    sdk: (client, industry) => client.workspaces.update(ACME, { industry }),
    raw: (caller, industry) => caller.patch(`/workspaces/${ACME}`, { industry }),
  },
  {
    label: 'new role name', field: 'name',
    sdk: (client, name) => client.roles.create(ACME, { name, permissions: [] }),
    raw: (caller, name) => caller.post(`/workspaces/${ACME}/roles`, { name, permissions: [] }),
  },
  {
    label: 'role name', field: 'name',
    sdk: (client, name, { roleId }) => client.roles.update(ACME, roleId, { name }),
    raw: (caller, name, { roleId }) => caller.patch(`/workspaces/${ACME}/roles/${roleId}`, { name }),
  },
  {
    label: 'new group name', field: 'name',
    sdk: (client, name) => client.groups.create(ACME, { name }),
    raw: (caller, name) => caller.post(`/workspaces/${ACME}/groups`, { name }),
  },
  {
    label: 'group name', field: 'name',
    sdk: (client, name) => client.groups.update(ACME, SEED.groups.sales, { name }),
    raw: (caller, name) => caller.patch(`/workspaces/${ACME}/groups/${SEED.groups.sales}`, { name }),
  },
  {
    label: 'first name at invitation accept', field: 'firstName', anonymous: true,
    sdk: (client, firstName, { token }) => client.invitations.accept(token, { firstName, lastName: 'Doe', password: NEW_PASSWORD, marketingOptIn: false }),
    raw: (caller, firstName, { token }) => caller.post(`/invitations/${token}/accept`, { firstName, lastName: 'Doe', password: NEW_PASSWORD, marketingOptIn: false }),
  },
  {
    label: 'last name at invitation accept', field: 'lastName', anonymous: true,
    sdk: (client, lastName, { token }) => client.invitations.accept(token, { firstName: 'Jane', lastName, password: NEW_PASSWORD, marketingOptIn: false }),
    raw: (caller, lastName, { token }) => caller.post(`/invitations/${token}/accept`, { firstName: 'Jane', lastName, password: NEW_PASSWORD, marketingOptIn: false }),
  },
];

describe('control characters, direction overrides and invisible names are refused in every name field', () => {
  test('the fixture has control strings', () => assert.ok(control.length >= 6));

  test('by the SDK, before anything is sent', async () => {
    const { client, anonymous, backend, requests } = setup('owner');
    await client.invitations.create(ACME, { emails: ['newcomer@example.org'], role: 'member' });
    const token = latestMessage(backend, 'newcomer@example.org', 'invitation').token ?? '';
    const roleId = SEED.roles.billingManager;
    const sent = requests.length;
    for (const { label, field, sdk, anonymous: isPublic } of nameFields) {
      for (const text of control) {
        const error = await failure(sdk(isPublic ? anonymous() : client, text, { roleId, token }));
        assert.ok(error instanceof ValidationError && error.source === 'client', `${label}: ${JSON.stringify(text)}: ${String(error)}`);
        assertRefusedAs(error.fieldErrors, field, text);
      }
    }
    assert.equal(requests.length, sent, 'nothing reached the network');
  });

  test('by the reference backend, for a caller who sends raw JSON; nothing is stored', async () => {
    const { backend, as, anonymous } = setupBackend();
    const owner = as('owner');
    await owner.post(`/workspaces/${ACME}/invitations`, { emails: ['newcomer@example.org'], role: 'member' });
    const token = latestMessage(backend, 'newcomer@example.org', 'invitation').token ?? '';
    const roleId = SEED.roles.billingManager;
    const snapshot = async () => JSON.stringify([
      (await owner.get('/me')).body, (await owner.get(`/workspaces/${ACME}`)).body, (await owner.get(`/workspaces/${ACME}/roles`)).body,
      (await owner.get('/workspaces')).body, (await anonymous.get(`/invitations/${token}`)).body,
    ]);
    const before = await snapshot();
    for (const { label, field, raw, anonymous: isPublic } of nameFields) {
      for (const text of control) {
        const answer = await raw(isPublic ? anonymous : owner, text, { roleId, token });
        assert.equal(answer.status, 422, `${label}: ${JSON.stringify(text)}: ${JSON.stringify(answer.body)}`);
        assertRefusedAs((answer.body as Problem).errors, field, text);
      }
    }
    assert.equal(await snapshot(), before);
  });

  test('a name can never put a line break into the subject of an invitation mail', async () => {
    const { backend, as } = setupBackend();
    const admin = as('admin');
    const owner = as('owner');
    assert.equal((await admin.patch('/me', { name: 'Mallory\r\nBcc: everyone@example.org' })).status, 422);
    assert.equal((await owner.patch(`/workspaces/${ACME}`, { name: 'Acme\nBcc: everyone@example.org' })).status, 422);
    assert.equal((await admin.patch('/me', { name: 'Mallory\u2028Bcc: everyone@example.org' })).status, 422);
    await admin.post(`/workspaces/${ACME}/invitations`, { emails: ['target@example.org'], role: 'member' });
    assert.doesNotMatch(latestMessage(backend, 'target@example.org', 'invitation').subject, /[\r\n\u0085\u2028\u2029]/);
  });
});

describe('legitimate names are stored as typed, NFC-normalised and trimmed', () => {
  test('markup, any script, emoji, CSV-like values, through the raw API', async () => {
    const { as } = setupBackend();
    const owner = as('owner');
    for (const text of legitimate) {
      assert.equal((await owner.patch('/me', { name: text })).status, 200, JSON.stringify(text));
      assert.equal((await owner.get<{ name: string }>('/me')).body.name, stored(text));
      const workspace = await owner.patch<{ name: string; industry: string }>(`/workspaces/${ACME}`, { name: text, industry: text });
      assert.equal(workspace.status, 200, JSON.stringify(text));
      assert.deepEqual([workspace.body.name, workspace.body.industry], [stored(text), stored(text)]);
    }
    const roleNames = [...new Set(legitimate.map(stored))];
    for (const name of roleNames) {
      assert.equal((await owner.post(`/workspaces/${ACME}/roles`, { name: ` ${name} `, permissions: [] })).status, 201, name);
    }
    const roles = (await owner.get<{ items: { name: string }[] }>(`/workspaces/${ACME}/roles`)).body.items.map((role) => role.name);
    for (const name of roleNames) assert.ok(roles.includes(name), name);
  });

  test('a decomposed "é" (e + U+0301) is stored composed, whoever sends it', async () => {
    const { client } = setup('member');
    assert.equal((await client.account.update({ name: 'Jose\u0301 N\u0303un\u0303ez' })).name, 'José Ñuñez');

    const { backend, as, anonymous } = setupBackend();
    const owner = as('owner');
    assert.equal((await owner.patch<{ name: string }>(`/workspaces/${ACME}`, { name: 'Cafe\u0301 Ltd' })).body.name, 'Café Ltd');
    await owner.post(`/workspaces/${ACME}/invitations`, { emails: ['zoe@example.org'], role: 'member' });
    const token = latestMessage(backend, 'zoe@example.org', 'invitation').token ?? '';
    const accepted = await anonymous.post<{ memberId: string }>(`/invitations/${token}/accept`, {
      firstName: '  Zoe\u0308 ', lastName: 'A\u030Angstro\u0308m\t', password: NEW_PASSWORD, marketingOptIn: false,
    });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    const member = await owner.get<{ name: string }>(`/workspaces/${ACME}/members/${accepted.body.memberId}`);
    assert.equal(member.body.name, 'Zoë Ångström');
  });

  test('right-to-left names keep their direction marks; emoji keep their joiners', async () => {
    const { client } = setup('member');
    for (const name of ['\u200fمحمد الأحمد\u200f', 'שרה\u200e (Sarah)', '👩🏽\u200d💻 Dev', 'ക്\u200dഷ']) {
      assert.equal((await client.account.update({ name })).name, name);
    }
  });
});

describe('the invitation message is multi-line text', () => {
  const refused = ['a\u0000b', 'red \u001b[31malert', 'form\ffeed', 'next\u0085line', 'x\u2028y', '\u202eevil', '\u200b\u200d', 'del\u007f'];

  test('line breaks and tabs are kept, CRLF and CR become LF; the SDK sends the normalised text', async () => {
    const { client } = setup('admin');
    const messages: [string, string][] = [
      ['Hello,\r\nwelcome aboard.\n\n\tThe team', 'Hello,\nwelcome aboard.\n\n\tThe team'],
      ['one\rtwo', 'one\ntwo'],
      ['\n  Cafe\u0301?  \n', 'Café?'],
    ];
    for (const [index, [message]] of messages.entries()) {
      const { results } = await client.invitations.create(ACME, { emails: [`guest${index}@example.org`], role: 'viewer', message });
      assert.deepEqual(results.map((result) => result.status), ['sent']);
    }
    const page = await client.invitations.list(ACME, { status: 'pending', limit: 200 });
    for (const [index, [, expected]] of messages.entries()) {
      assert.equal(page.items.find((i) => i.email === `guest${index}@example.org`)?.message, expected);
    }
  });

  test('other control characters, direction overrides and invisible-only messages are refused, by the SDK and by the backend', async () => {
    const { client, requests } = setup('admin');
    for (const message of refused) {
      const error = await failure(client.invitations.create(ACME, { emails: ['guest@example.org'], role: 'viewer', message }));
      assert.ok(error instanceof ValidationError && error.source === 'client', JSON.stringify(message));
      assert.ok(error.fieldErrors.some((e) => e.field === 'message' && TEXT_CODES.includes(e.code)), JSON.stringify(error.fieldErrors));
    }
    assert.equal(requests.length, 0);

    const { as } = setupBackend();
    const admin = as('admin');
    const pending = async () => (await admin.get<{ total: number }>(`/workspaces/${ACME}/invitations?status=pending`)).body.total;
    const before = await pending();
    for (const message of refused) {
      const answer = await admin.post(`/workspaces/${ACME}/invitations`, { emails: ['guest@example.org'], role: 'viewer', message });
      assert.equal(answer.status, 422, JSON.stringify(message));
      assert.ok((answer.body as Problem).errors?.some((e) => e.field === 'message' && TEXT_CODES.includes(e.code)));
    }
    assert.equal(await pending(), before);
  });
});

describe('every string the API takes is bounded', () => {
  type Node = Record<string, unknown>;
  const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

  /** Every `type: string` schema under `node` with no `maxLength` (enums, consts and binary uploads are bounded otherwise). */
  function unbounded(node: unknown, where: string, resolve: (ref: string) => unknown, seen = new Set<unknown>()): string[] {
    if (Array.isArray(node)) return node.flatMap((item, index) => unbounded(item, `${where}[${index}]`, resolve, seen));
    if (!isNode(node) || seen.has(node)) return [];
    seen.add(node);
    if (typeof node.$ref === 'string') return unbounded(resolve(node.$ref), `${where} → ${node.$ref}`, resolve, seen);
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const found = types.includes('string') && node.maxLength === undefined && node.enum === undefined && node.const === undefined && node.format !== 'binary'
      ? [where]
      : [];
    return [...found, ...Object.entries(node).flatMap(([key, value]) => (key === 'examples' ? [] : unbounded(value, `${where}.${key}`, resolve, seen)))];
  }

  test('in docs/openapi.json: request bodies and path, query and header parameters', () => {
    const document = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as Node;
    const resolve = (ref: string) => ref.slice(2).split('/').reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), document);
    const paths = isNode(document.paths) ? document.paths : {};
    const missing = Object.entries(paths).flatMap(([path, item]) => Object.entries(isNode(item) ? item : {}).flatMap(([method, operation]) => {
      if (!isNode(operation)) return [];
      return [
        ...unbounded(operation.parameters, `${method.toUpperCase()} ${path} parameters`, resolve),
        ...unbounded(operation.requestBody, `${method.toUpperCase()} ${path} body`, resolve),
      ];
    }));
    assert.deepEqual(missing, []);
  });

  test('in the zod schemas themselves, so a stale document cannot hide a gap', () => {
    const missing = endpoints.flatMap((endpoint) => [endpoint.query, endpoint.body].flatMap((schema) => {
      if (!schema) return [];
      const json = z.toJSONSchema(schema, { io: 'input' }) as Node;
      const resolve = (ref: string) => ref.slice(2).split('/').reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), json);
      return unbounded(json, endpoint.operationId, resolve);
    }));
    assert.deepEqual(missing, []);
  });

  /** A field at its limit and one code point over it, through the SDK's schema and the raw API. */
  interface Bound {
    operation: string;
    field: string;
    limit: number;
    input(value: string): Record<string, unknown>;
    /** A valid value of `length` code points. */
    make?(length: number): string;
  }
  const email = (length: number) => `${'a'.repeat(length - '@example.org'.length)}@example.org`;
  const url = (length: number) => `https://example.org/${'a'.repeat(length - 'https://example.org/'.length)}`;
  const letters = (length: number) => 'é'.repeat(length);
  const bounds: Bound[] = [
    { operation: 'updateAccount', field: 'name', limit: TEXT_LIMITS.personName, input: (name) => ({ name }) },
    { operation: 'changePassword', field: 'newPassword', limit: PASSWORD_POLICY.maxLength, input: (newPassword) => ({ currentPassword: 'x', newPassword }) },
    { operation: 'changePassword', field: 'currentPassword', limit: PASSWORD_POLICY.maxLength, input: (currentPassword) => ({ currentPassword, newPassword: NEW_PASSWORD }) },
    { operation: 'startEmailChange', field: 'newEmail', limit: TEXT_LIMITS.email, make: email, input: (newEmail) => ({ newEmail, password: 'x' }) },
    { operation: 'deleteAccount', field: 'confirmation', limit: TEXT_LIMITS.confirmation, input: (confirmation) => ({ password: 'x', confirmation }) },
    { operation: 'updateWorkspace', field: 'name', limit: TEXT_LIMITS.workspaceName, input: (name) => ({ name }) },
    { operation: 'updateWorkspace', field: 'industry', limit: TEXT_LIMITS.industry, input: (industry) => ({ industry }) },
    { operation: 'updateWorkspace', field: 'website', limit: TEXT_LIMITS.url, make: url, input: (website) => ({ website }) },
    { operation: 'createRole', field: 'name', limit: TEXT_LIMITS.roleName, input: (name) => ({ name, permissions: [] }) },
    { operation: 'createRole', field: 'description', limit: TEXT_LIMITS.roleDescription, input: (description) => ({ name: 'Auditor', description, permissions: [] }) },
    { operation: 'createInvitations', field: 'message', limit: TEXT_LIMITS.invitationMessage, input: (message) => ({ emails: ['guest@example.org'], role: 'viewer', message }) },
    { operation: 'createInvitations', field: 'emails.0', limit: TEXT_LIMITS.email, make: email, input: (address) => ({ emails: [address], role: 'viewer' }) },
    { operation: 'createInvitations', field: 'role', limit: TEXT_LIMITS.id, input: (role) => ({ emails: ['guest@example.org'], role }) },
    { operation: 'acceptInvitation', field: 'firstName', limit: TEXT_LIMITS.namePart, input: (firstName) => ({ firstName, lastName: 'Doe', password: NEW_PASSWORD, marketingOptIn: false }) },
    { operation: 'listMembers', field: 'query', limit: TEXT_LIMITS.search, input: (query) => ({ query }) },
    { operation: 'listMembers', field: 'group', limit: TEXT_LIMITS.id, input: (group) => ({ group }) },
    { operation: 'createGroup', field: 'name', limit: TEXT_LIMITS.groupName, input: (name) => ({ name }) },
    { operation: 'listGroups', field: 'query', limit: TEXT_LIMITS.search, input: (query) => ({ query }) },
    { operation: 'listMembers', field: 'cursor', limit: TEXT_LIMITS.cursor, input: (cursor) => ({ cursor }) },
    // A list of up to 20 actions, comma-separated.
    { operation: 'listAuditLog', field: 'action', limit: TEXT_LIMITS.key * 20, input: (action) => ({ action }) },
    { operation: 'exportAuditLog', field: 'targetType', limit: TEXT_LIMITS.key, input: (targetType) => ({ targetType }) },
    { operation: 'createApiKey', field: 'name', limit: API_KEY_RULES.nameMaxLength, input: (name) => ({ name, scopes: ['audit:view'], expiresAt: null }) },
    { operation: 'createWebhook', field: 'url', limit: TEXT_LIMITS.url, make: (length) => `https://hooks.example.com/${'a'.repeat(length - 26)}`, input: (url) => ({ url, events: ['member.added'] }) },
  ];

  for (const { operation, field, limit, input, make = letters } of bounds) {
    test(`${operation}: ${field} up to ${limit}`, async () => {
      const endpoint = endpoints.find((candidate) => candidate.operationId === operation);
      const schema = endpoint?.body ?? endpoint?.query;
      assert.ok(endpoint && schema);
      const atLimit = schema.safeParse(input(make(limit)));
      assert.ok(atLimit.success || !atLimit.error.issues.some((issue) => issue.path.join('.') === field), `${limit} is allowed`);
      const over = schema.safeParse(input(make(limit + 1)));
      assert.ok(!over.success && over.error.issues.some((issue) => issue.path.join('.') === field && issue.code === 'too_big'), 'one more is refused');

      const { backend, as, anonymous } = setupBackend();
      const owner = as('owner');
      await owner.post(`/workspaces/${ACME}/invitations`, { emails: ['newcomer@example.org'], role: 'member' });
      const token = latestMessage(backend, 'newcomer@example.org', 'invitation').token ?? '';
      const path = endpoint.path.replace('{workspaceId}', ACME).replace('{token}', token);
      const caller = endpoint.public ? anonymous : owner;
      const body = input(make(limit + 1));
      const answer = endpoint.query
        ? await caller.get(`${path}?${new URLSearchParams(body as Record<string, string>).toString()}`)
        : await caller.send(endpoint.method, path, { body });
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.ok((answer.body as Problem).errors?.some((error) => error.field === field && error.code === 'too_big'), JSON.stringify(answer.body));
    });
  }
});
