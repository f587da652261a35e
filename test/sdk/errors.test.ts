/** How every failure reaches a caller: one typed error per kind, realm-safe guards, validated responses. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError, AuthError, ConflictError, NetworkError, NotFoundError, PermissionError, PreconditionFailedError,
  RateLimitError, ResponseValidationError, TeamkitError, TimeoutError, ValidationError,
  isApiError, isAuthError, isConflictError, isNetworkError, isNotFoundError, isPermissionError,
  isPreconditionFailedError, isRateLimitError, isResponseValidationError, isTeamkitError, isTimeoutError, isValidationError,
} from '../../src/sdk/index.js';
import { fakeApi, json, problem, sampleMember, sampleWorkspace, slow, workspacePage } from './fake-fetch.js';

describe('problem documents become typed errors', () => {
  const cases = [
    { status: 401, code: 'unauthorized', kind: AuthError },
    { status: 403, code: 'forbidden', kind: PermissionError },
    { status: 404, code: 'not_found', kind: NotFoundError },
    { status: 409, code: 'last_owner', kind: ConflictError },
    { status: 410, code: 'invitation_expired', kind: ConflictError },
    { status: 412, code: 'precondition_failed', kind: PreconditionFailedError },
    { status: 422, code: 'validation_failed', kind: ValidationError },
    { status: 429, code: 'rate_limited', kind: RateLimitError },
    { status: 500, code: 'internal_error', kind: ApiError },
  ];
  for (const { status, code, kind } of cases) {
    test(`${status} ${code} → ${kind.name}`, async () => {
      const { client } = fakeApi([problem(status, code)], { retry: 0 });
      await assert.rejects(client.workspaces.list(), (error: unknown) => {
        assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)}`);
        assert.equal(error.status, status);
        assert.equal(error.code, code);
        assert.equal(error.message, `${code} happened`);
        assert.ok(isApiError(error) && isTeamkitError(error));
        return true;
      });
    });
  }

  test('a 422 carries the field errors of the problem', async () => {
    const errors = [{ field: 'name', code: 'too_small', message: 'At least 3 characters.' }];
    const { client } = fakeApi([problem(422, 'validation_failed', { errors })]);
    const error = await client.workspaces.create({ name: 'Okay name' }).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.source, 'server');
    assert.deepEqual(error.fieldErrors, errors);
  });

  test('a 429 tells how long to wait, in seconds', async () => {
    const { client } = fakeApi([problem(429, 'rate_limited', {}, { 'Retry-After': '7' })], { retry: 0 });
    const error = await client.workspaces.list().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 7);
  });

  test('an error without a problem body still gets its kind and a code', async () => {
    const { client } = fakeApi([new Response('<html>nope</html>', { status: 404, statusText: 'Not Found' })]);
    const error = await client.workspaces.get('ws_x').catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.code, 'not_found');
  });
});

describe('transport failures', () => {
  test('an unreachable server is a NetworkError once retries run out', async () => {
    const { client, requests } = fakeApi(['network-error']);
    await assert.rejects(client.workspaces.list(), NetworkError);
    assert.equal(requests.length, 3, 'first try plus two retries');
  });

  test('no answer within `timeout` is a TimeoutError naming the timeout', async () => {
    const { client } = fakeApi([slow(1_000, () => json(workspacePage))], { timeout: 30, retry: 0 });
    const error = await client.workspaces.list().catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, String(error));
    assert.equal(error.timeout, 30);
  });
});

describe('responses are checked against the contract', () => {
  test('a wrong type is a ResponseValidationError naming the path and the request', async () => {
    const { client } = fakeApi([json({ items: [{ ...sampleMember, email: 42 }], nextCursor: null, total: 1 })]);
    const error = await client.members.list('ws_1').catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.equal(error.path, 'items.0.email');
    assert.match(error.operation, /members/);
    assert.match(error.message, /items\.0\.email/);
  });

  test('a missing field is reported too', async () => {
    const { name: _name, ...nameless } = sampleWorkspace;
    const { client } = fakeApi([json(nameless)]);
    await assert.rejects(client.workspaces.get('ws_1'), (error: unknown) => isResponseValidationError(error) && error.path === 'name');
  });

  test('a body that is not JSON at all is refused', async () => {
    const { client } = fakeApi([new Response('hello', { status: 200 })]);
    await assert.rejects(client.workspaces.get('ws_1'), ResponseValidationError);
  });
});

describe('inputs are validated before anything is sent', () => {
  test('a malformed email in an invitation never leaves the client', async () => {
    const { client, requests } = fakeApi([json({ results: [] })]);
    const error = await client.invitations.create('ws_1', { emails: ['ok@example.org', 'not-an-email'], role: 'member' }).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.source, 'client');
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.fieldErrors.map((f) => f.field), ['emails.1']);
    assert.equal(requests.length, 0);
  });

  test('a too-short workspace name and a weak password are refused locally', async () => {
    const { client, requests } = fakeApi([json(sampleWorkspace)]);
    await assert.rejects(client.workspaces.create({ name: 'ab' }), (e: unknown) => isValidationError(e) && e.fieldErrors[0]?.field === 'name');
    await assert.rejects(client.account.changePassword({ currentPassword: 'x', newPassword: 'short' }), ValidationError);
    assert.equal(requests.length, 0);
  });

  test('an avatar that is not an image is refused locally', async () => {
    const { client, requests } = fakeApi([json({})]);
    await assert.rejects(client.account.uploadAvatar(new Blob(['x'], { type: 'text/plain' })), ValidationError);
    assert.equal(requests.length, 0);
  });
});

describe('guards', () => {
  const problemDoc = { type: 'about:blank', title: 't', status: 400, code: 'c' };
  const samples: [string, unknown, (e: unknown) => boolean][] = [
    ['ValidationError', new ValidationError(problemDoc), isValidationError],
    ['AuthError', new AuthError(problemDoc), isAuthError],
    ['PermissionError', new PermissionError(problemDoc), isPermissionError],
    ['NotFoundError', new NotFoundError(problemDoc), isNotFoundError],
    ['ConflictError', new ConflictError(problemDoc), isConflictError],
    ['PreconditionFailedError', new PreconditionFailedError(problemDoc), isPreconditionFailedError],
    ['RateLimitError', new RateLimitError(problemDoc, 3), isRateLimitError],
    ['NetworkError', new NetworkError(), isNetworkError],
    ['TimeoutError', new TimeoutError(10), isTimeoutError],
    ['ResponseValidationError', new ResponseValidationError('op', 'a', []), isResponseValidationError],
  ];

  for (const [name, error, guard] of samples) {
    test(`${name}: its guard says yes, a plain Error says no`, () => {
      assert.equal(guard(error), true);
      assert.equal(isTeamkitError(error), true);
      assert.equal(guard(new Error(name)), false);
      const impostor = Object.assign(new Error('x'), { name });
      assert.equal(guard(impostor), false, 'a look-alike without the brand is not ours');
    });
  }

  test('a copy from another bundle or realm (same name, same global brand) is recognised', () => {
    const foreign = Object.assign(new Error('x'), { name: 'NotFoundError', [Symbol.for('teamkit.error')]: true });
    assert.equal(isNotFoundError(foreign), true);
    assert.equal(isApiError(foreign), true);
    assert.equal(isPermissionError(foreign), false);
  });

  test('only HTTP kinds are ApiErrors; every kind is a TeamkitError', () => {
    assert.equal(isApiError(new NetworkError()), false);
    assert.equal(isApiError(new TimeoutError(1)), false);
    assert.ok(new NetworkError() instanceof TeamkitError);
    assert.ok(new RateLimitError(problemDoc, null) instanceof ApiError);
  });
});
