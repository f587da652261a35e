/**
 * The benchmark's page (bundled by scripts/bench.ts): `<team-table>` and a bare `@lit-labs/virtualizer` list
 * over the same 10 000 members, both from memory, so that what is timed is rendering, never the network.
 * The team table gets its rows through `initialPage` and a client stub that answers the caller's membership
 * (an owner, so every control renders) and the roles at once.
 */
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, render } from 'lit';
import { defineElement } from '../../src/components/shared/registry.js';
import { TeamTable } from '../../src/components/team-table/team-table.component.js';
import type { Client, Member, Membership, Role } from '../../src/sdk/index.js';
import { PERMISSION_KEYS } from '../../src/sdk/schemas/permissions.js';

// Registered here rather than through team-table.ts: bundlers may drop a bare import of a module the
// package.json does not list as having side effects.
defineElement('team-table', TeamTable);

const COUNT = 10_000;
const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Radia', 'Edsger', 'Frances', 'Tim'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Perlman', 'Dijkstra', 'Allen', 'Berners-Lee'];
const ROLES = ['admin', 'member', 'member', 'member', 'viewer'];
const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 1);

const members: Member[] = Array.from({ length: COUNT }, (_, index) => {
  const first = FIRST[index % FIRST.length] ?? 'Ada';
  const last = LAST[(index * 7) % LAST.length] ?? 'Lovelace';
  const pending = index % 13 === 5;
  return {
    id: `mem_${index}`, userId: `usr_${index}`, workspaceId: 'ws_bench',
    name: `${first} ${last} ${index}`, email: `${first}.${last}.${index}@example.test`.toLowerCase(), avatarUrl: null,
    role: index === 0 ? 'owner' : ROLES[index % ROLES.length] ?? 'member', groupIds: [], workspaceIds: ['ws_bench'],
    status: pending ? 'pending' : 'active',
    addedAt: new Date(now - (index % 900) * DAY).toISOString(),
    lastLoginAt: pending ? null : new Date(now - (index % 60) * DAY - (index % 24) * 3_600_000).toISOString(),
  };
});

const roles: Role[] = ['owner', 'admin', 'member', 'viewer'].map((id) => ({
  id, name: id, description: '', permissions: id === 'owner' || id === 'admin' ? [...PERMISSION_KEYS] : [], builtIn: true, memberCount: 0,
  createdAt: new Date(now).toISOString(), updatedAt: new Date(now).toISOString(),
}));

const membership: Membership = { member: members[0] as Member, role: 'owner', isOwner: true, permissions: [...PERMISSION_KEYS] };

/** Answers from memory; a list request would mean the table fetched instead of using `initialPage`. */
const client = {
  baseUrl: 'memory:',
  members: {
    me: async () => membership,
    list: async () => { throw new Error('the benchmark must not fetch members'); },
  },
  roles: { list: async () => roles },
} as unknown as Client;

const page = { items: members, nextCursor: null, total: COUNT };
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const stage = () => document.getElementById('stage') as HTMLElement;

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** The bare list: the same rows and texts in a plain scroller, with the virtualizer's default layout. */
function bareList(): HTMLElement {
  const element = document.createElement('div');
  render(html`<div class="bare-scroller" style="height:560px;overflow:auto;border:1px solid #cbd5e1">
    <div>${virtualize({
      items: members,
      renderItem: (member: Member) => html`<div class="bare-row">
        <span>${member.name}</span><span>${member.email}</span><span>${member.role}</span><span>${member.status}</span>
        <span>${dates.format(new Date(member.addedAt))}</span>
        <span>${member.lastLoginAt ? relative.format(-Math.round((now - Date.parse(member.lastLoginAt)) / DAY), 'day') : 'Never'}</span>
      </div>`,
    })}</div>
  </div>`, element);
  return element;
}

function teamTable(): HTMLElement {
  const element = document.createElement('team-table') as TeamTable;
  element.client = client;
  element.workspaceId = 'ws_bench';
  element.initialPage = page;
  return element;
}

type Subject = { create: () => HTMLElement; host: (element: HTMLElement) => VirtualizerHostElement | null | undefined; scroller: (element: HTMLElement) => HTMLElement | null | undefined };

const subjects: Record<'table' | 'bare', Subject> = {
  table: {
    create: teamTable,
    host: (element) => element.shadowRoot?.querySelector<VirtualizerHostElement>('[part~="body"]'),
    scroller: (element) => element.shadowRoot?.querySelector<HTMLElement>('[part~="scroller"]'),
  },
  bare: {
    create: bareList,
    host: (element) => element.querySelector<VirtualizerHostElement>('.bare-scroller > div'),
    scroller: (element) => element.querySelector<HTMLElement>('.bare-scroller'),
  },
};

/**
 * Milliseconds from creating the element to the second animation frame after its virtualizer finished laying out
 * rows: the first frame with rows has then been painted.
 */
async function firstFrame(name: keyof typeof subjects): Promise<number> {
  const subject = subjects[name];
  stage().replaceChildren();
  await frame();
  await frame();
  const start = performance.now();
  const element = subject.create();
  stage().append(element);
  let host = subject.host(element);
  for (let tries = 0; !host?.[virtualizerRef]; tries++) {
    if (tries > 10_000) throw new Error(`${name}: no virtualizer appeared`);
    await ((element as Partial<TeamTable>).updateComplete ?? Promise.resolve());
    await Promise.resolve();
    host = subject.host(element);
  }
  await host[virtualizerRef]?.layoutComplete;
  if (!host.querySelector('*')) throw new Error(`${name}: no rows rendered`);
  await frame();
  await frame();
  return performance.now() - start;
}

/**
 * rAF deltas (ms) while the list is scrolled `step` px per frame for `frames` frames (`scroll`), then over the
 * `settle` frames after it stops (`settled`): the table gives its rows their controls then, the bare list has
 * nothing left to do. `performance` marks bracket the scrolling, for the trace pass.
 */
async function scrollFrames(name: keyof typeof subjects, frames = 150, step = 360, settle = 30): Promise<{ scroll: number[]; settled: number[] }> {
  const subject = subjects[name];
  await firstFrame(name);
  const scroller = subject.scroller(stage().firstElementChild as HTMLElement);
  if (!scroller) throw new Error(`${name}: no scroller`);
  const scroll: number[] = [];
  const settled: number[] = [];
  let last = await frame();
  performance.mark('scroll-start');
  for (let index = 0; index < frames; index++) {
    scroller.scrollTop += step;
    const time = await frame();
    scroll.push(time - last);
    last = time;
  }
  performance.mark('scroll-end');
  for (let index = 0; index < settle; index++) {
    const time = await frame();
    settled.push(time - last);
    last = time;
  }
  const rows = subject.host(stage().firstElementChild as HTMLElement)?.childElementCount ?? 0;
  if (rows === 0) throw new Error(`${name}: nothing rendered while scrolling`);
  return { scroll, settled };
}

declare global {
  interface Window {
    bench: { firstFrame: typeof firstFrame; scrollFrames: typeof scrollFrames; ready: boolean };
  }
}

window.bench = { firstFrame, scrollFrames, ready: true };
