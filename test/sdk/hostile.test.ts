/**
 * Untrusted text survives storage unchanged: markup, unusual Unicode and long strings go in through the SDK
 * and come back identical. Names and messages are trimmed and NFC-normalised by the contract, so they come back
 * in that form and nothing else; a string longer than its field allows is refused whole, never cut.
 * (Control characters and direction overrides are refused in names: test/sdk/text-rules.test.ts.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ValidationError } from '../../src/sdk/index.js';
import { ACME, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

const fixture = JSON.parse(readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const markup = fixture.markup ?? [];
const unicode = fixture.unicode ?? [];
const long = fixture.long ?? [];
const hostile = [...markup, ...unicode];

/** What the contract stores for a name or a message: the same text, NFC-normalised and trimmed. */
const stored = (text: string) => text.normalize('NFC').trim();

test('the fixture has strings of every kind', () => {
  assert.ok(markup.length > 0 && unicode.length > 0 && long.length > 0);
  assert.ok(long.every((text) => text.length > 100));
});

describe('stored unchanged', () => {
  test('as the account name', async () => {
    const { client } = setup('member');
    for (const text of hostile) {
      const updated = await client.account.update({ name: text });
      assert.equal(updated.name, stored(text));
      assert.equal((await client.account.get()).name, stored(text));
    }
  });

  test('as the workspace name, also in the list', async () => {
    const { client } = setup('owner');
    for (const text of hostile) {
      await client.workspaces.update(ACME, { name: text });
      assert.equal((await client.workspaces.get(ACME)).name, stored(text));
      assert.ok((await client.workspaces.list()).items.some((w) => w.id === ACME && w.name === stored(text)));
    }
  });

  test('as role names', async () => {
    const { client } = setup('owner');
    for (const text of hostile) {
      const role = await client.roles.create(ACME, { name: text, permissions: [] });
      assert.equal((await client.roles.get(ACME, role.id)).name, stored(text));
    }
    const names = (await client.roles.list(ACME)).map((r) => r.name);
    for (const text of hostile) assert.ok(names.includes(stored(text)), text);
  });

  test('as invitation messages, long ones included', async () => {
    const { client } = setup('admin');
    const messages = [...hostile, ...long];
    for (const [index, message] of messages.entries()) {
      await client.invitations.create(ACME, { emails: [`guest${index}@example.org`], role: 'viewer', message });
    }
    const page = await client.invitations.list(ACME, { status: 'pending', limit: 200 });
    for (const [index, message] of messages.entries()) {
      const invitation = page.items.find((i) => i.email === `guest${index}@example.org`);
      assert.equal(invitation?.message, stored(message));
    }
  });

  test("as the name of someone who accepts an invitation, shown to the team", async () => {
    const { client, anonymous, backend } = setup('admin');
    const firstName = markup[0] ?? '';
    const lastName = unicode[0] ?? '';
    await client.invitations.create(ACME, { emails: ['hostile@example.org'], role: 'member' });
    const token = backend.outbox.latest('hostile@example.org', 'invitation')?.token ?? '';
    const accepted = await anonymous().invitations.accept(token, { firstName, lastName, password: 'a long enough passphrase', marketingOptIn: false });
    assert.equal((await client.members.get(ACME, accepted.memberId)).name, `${firstName} ${lastName}`);
  });
});

describe('refused whole when too long', () => {
  test('a name longer than its field is a client-side ValidationError, and the old value stays', async () => {
    const { client, requests } = setup('owner');
    for (const text of long) {
      const person = await failure(client.account.update({ name: text }));
      assert.ok(person instanceof ValidationError && person.fieldErrors[0]?.field === 'name');
      const workspace = await failure(client.workspaces.update(ACME, { name: text }));
      assert.ok(workspace instanceof ValidationError && workspace.fieldErrors[0]?.field === 'name');
    }
    assert.equal(requests.length, 0);
    assert.equal((await client.account.get()).name, SEED.users.owner.name);
  });
});

describe('emails and URLs', () => {
  test('every valid email of the fixture is invited; every invalid one is refused before sending', async () => {
    const { client, requests } = setup('admin');
    for (const email of fixture.emails_invalid ?? []) {
      const error = await failure(client.invitations.create(ACME, { emails: [email], role: 'member' }));
      assert.ok(error instanceof ValidationError && error.source === 'client', email);
    }
    assert.equal(requests.length, 0);
    const valid = fixture.emails_valid ?? [];
    const { results } = await client.invitations.create(ACME, { emails: valid, role: 'member' });
    assert.deepEqual(results.map((r) => r.status), valid.map(() => 'sent'));
  });

  test('an invalid website never leaves the client', async () => {
    const { client, requests } = setup('owner');
    for (const website of fixture.urls_invalid ?? []) {
      await assert.rejects(client.workspaces.update(ACME, { website }), ValidationError, website);
    }
    assert.equal(requests.length, 0);
  });
});
