import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEMBER_SORTS, type Member, type MemberSort, type Page } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertFieldError, members, setup, type Caller } from './helpers.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const roleRank = (role: string) => ({ owner: 0, admin: 1, member: 3, viewer: 4 })[role] ?? 2;

/** Whether `a` may come before `b` in a list sorted by `sort`. */
function inOrder(sort: MemberSort, a: Member, b: Member): boolean {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const compare = (x: Member, y: Member) => {
    switch (field) {
      case 'name': return collator.compare(x.name, y.name);
      case 'email': return x.email.toLowerCase() < y.email.toLowerCase() ? -1 : x.email.toLowerCase() > y.email.toLowerCase() ? 1 : 0;
      case 'role': return roleRank(x.role) - roleRank(y.role);
      case 'addedAt': return Date.parse(x.addedAt) - Date.parse(y.addedAt);
      default: return Math.sign((x.lastLoginAt ? Date.parse(x.lastLoginAt) : 0) - (y.lastLoginAt ? Date.parse(y.lastLoginAt) : 0));
    }
  };
  const result = compare(a, b);
  return descending ? result >= 0 : result <= 0;
}

/** Every page of a query, following nextCursor. */
async function walk(caller: Caller, query: string): Promise<{ items: Member[]; totals: number[]; pages: number }> {
  const items: Member[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const path: string = `${members(ACME)}?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: Page<Member> = (await caller.get<Page<Member>>(path)).body;
    items.push(...page.items);
    totals.push(page.total);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { items, totals, pages };
}

describe('member lists', () => {
  const { as } = setup({ seed: { members: 400 } });
  const owner = as('owner');

  for (const sort of MEMBER_SORTS) {
    test(`sort=${sort}: the pages hold every member once, in order`, async () => {
      const all = await walk(owner, `sort=${sort}&limit=37`);
      const total = all.totals[0] ?? 0;
      assert.equal(total, 425, 'the seed has 25 members, plus 400 generated');
      assert.ok(all.totals.every((value) => value === total));
      assert.equal(all.items.length, total);
      assert.equal(new Set(all.items.map((item) => item.id)).size, total, 'no member twice');
      assert.equal(all.pages, Math.ceil(total / 37));
      all.items.slice(1).forEach((item, index) => {
        const previous = all.items[index];
        assert.ok(previous && inOrder(sort, previous, item), `${sort}: ${previous?.name} before ${item.name}`);
      });
    });
  }

  test('search matches name or email, case-insensitively, in any script', async () => {
    const byName = await walk(owner, 'query=ÁLVAREZ');
    assert.deepEqual(byName.items.map((item) => item.email), ['jose.alvarez@acme.test']);
    const byEmail = await walk(owner, 'query=SOREN.NIELSEN@');
    assert.deepEqual(byEmail.items.map((item) => item.name), ['Søren Nielsen']);
    const cyrillic = await walk(owner, 'query=иван&limit=10');
    assert.ok(cyrillic.items.length > 0);
    assert.ok(cyrillic.items.every((item) => item.name.toLowerCase().includes('иван')));
    assert.equal(cyrillic.totals[0], cyrillic.items.length, 'total counts the filtered set');
  });

  test('filters by role and status, alone and with a search, and total counts what matches', async () => {
    const everyone = (await walk(owner, 'limit=200')).items;
    const expect = (predicate: (member: Member) => boolean) => everyone.filter(predicate).map((item) => item.id).sort();
    const viewers = await walk(owner, 'role=viewer&limit=50');
    assert.deepEqual(viewers.items.map((item) => item.id).sort(), expect((item) => item.role === 'viewer'));
    assert.equal(viewers.totals[0], viewers.items.length);
    const pending = await walk(owner, 'status=pending&limit=50');
    assert.deepEqual(pending.items.map((item) => item.id).sort(), expect((item) => item.status === 'pending'));
    const pendingMembersNamedA = await walk(owner, 'status=pending&role=member&query=a&limit=5');
    assert.deepEqual(
      pendingMembersNamedA.items.map((item) => item.id).sort(),
      expect((item) => item.status === 'pending' && item.role === 'member' && `${item.name}\n${item.email}`.toLowerCase().includes('a')),
    );
    const billing = await walk(owner, `role=${SEED.roles.billingManager}`);
    assert.ok(billing.items.some((item) => item.email === SEED.users.billing.email));
  });

  test('limit defaults to 50, and must be an integer from 1 to 200', async () => {
    assert.equal((await owner.get<Page<Member>>(members(ACME))).body.items.length, 50);
    assert.equal((await owner.get<Page<Member>>(`${members(ACME)}?limit=200`)).body.items.length, 200);
    for (const limit of ['201', '0', 'ten', '-1']) {
      assertFieldError(await owner.get(`${members(ACME)}?limit=${limit}`), 422, 'validation_failed', 'limit');
    }
    assertFieldError(await owner.get(`${members(ACME)}?sort=shoeSize`), 422, 'validation_failed', 'sort');
  });

  test("a cursor is opaque: a forged one, or one from another sort, is refused", async () => {
    assertFieldError(await owner.get(`${members(ACME)}?cursor=not-a-cursor`), 422, 'validation_failed', 'cursor');
    const byName = await owner.get<Page<Member>>(`${members(ACME)}?sort=name&limit=5`);
    assertFieldError(await owner.get(`${members(ACME)}?sort=email&cursor=${byName.body.nextCursor}`), 422, 'validation_failed', 'cursor');
  });
});

test('a member removed between two pages makes the next page neither skip nor repeat anyone', async () => {
  const { as } = setup();
  const owner = as('owner');
  const first = await owner.get<Page<Member>>(`${members(ACME)}?sort=email&limit=10`);
  const removed = first.body.items[3];
  assert.ok(removed);
  assert.equal((await owner.delete(`${members(ACME)}/${removed.id}`)).status, 204);
  const second = await owner.get<Page<Member>>(`${members(ACME)}?sort=email&limit=10&cursor=${first.body.nextCursor}`);
  const everyone = await owner.get<Page<Member>>(`${members(ACME)}?sort=email&limit=200`);
  const expected = everyone.body.items.map((item) => item.id).filter((id) => !first.body.items.some((item) => item.id === id)).slice(0, 10);
  assert.deepEqual(second.body.items.map((item) => item.id), expected);
});
