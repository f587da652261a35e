import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InvitationLookup, User } from '../../src/sdk/schemas/index.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/backend/index.js';
import { Caller, SEED, assertProblem, setup } from './helpers.js';

describe('authentication', () => {
  test('a bearer token from signIn identifies the user', async () => {
    const { as } = setup();
    assert.equal((await as('viewer').get<User>('/me')).body.email, SEED.users.viewer.email);
  });

  test('no token, an unknown token, a malformed header or a revoked session answer 401', async () => {
    const { anonymous, backend, withToken } = setup();
    assertProblem(await anonymous.get('/me'), 401, 'unauthorized');
    assertProblem(await withToken('made-up').get('/me'), 401, 'unauthorized');
    assertProblem(await new Caller(backend, { authorization: 'Basic b2xpdmlhOnNlY3JldA==' }).get('/me'), 401, 'unauthorized');
    const token = backend.signIn(SEED.users.admin.email);
    const adam = withToken(token);
    const sessions = await adam.get<{ items: { id: string; current: boolean }[] }>('/me/sessions');
    const current = sessions.body.items.find((session) => session.current);
    assert.equal((await adam.delete(`/me/sessions/${current?.id}`)).status, 204, 'signing oneself out');
    assertProblem(await adam.get('/me'), 401, 'unauthorized');
  });

  test('public endpoints need no credentials, and ignore bad ones', async () => {
    const { anonymous, withToken } = setup();
    assert.equal((await anonymous.get<InvitationLookup>(`/invitations/${SEED.invitations.pending.token}`)).status, 200);
    assert.equal((await withToken('stale').get(`/invitations/${SEED.invitations.pending.token}`)).status, 200);
  });
});

describe('cookie sessions', () => {
  const cookieCaller = (backend: ReturnType<typeof setup>['backend'], token: string, csrf?: string) =>
    new Caller(backend, {
      cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=csrf-123`,
      ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
    });

  test('a session cookie authenticates reads without a CSRF header', async () => {
    const { backend } = setup();
    const caller = cookieCaller(backend, backend.signIn(SEED.users.member.email));
    assert.equal((await caller.get<User>('/me')).body.email, SEED.users.member.email);
  });

  test('unsafe requests need the CSRF header equal to the CSRF cookie', async () => {
    const { backend } = setup();
    const token = backend.signIn(SEED.users.member.email);
    assertProblem(await cookieCaller(backend, token).patch('/me', { name: 'Forged' }), 403, 'forbidden');
    assertProblem(await cookieCaller(backend, token, 'guessed').patch('/me', { name: 'Forged' }), 403, 'forbidden');
    const noCsrfCookie = new Caller(backend, { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': '' });
    assertProblem(await noCsrfCookie.patch('/me', { name: 'Forged' }), 403, 'forbidden');
    const updated = await cookieCaller(backend, token, 'csrf-123').patch<User>('/me', { name: 'Mia M.' });
    assert.equal(updated.body.name, 'Mia M.');
  });

  test('an unknown session cookie is 401', async () => {
    const { backend } = setup();
    assertProblem(await cookieCaller(backend, 'nope').get('/me'), 401, 'unauthorized');
  });
});
