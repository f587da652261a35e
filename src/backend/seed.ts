import type { BackendState } from './context.js';
import { locate } from './ip-location.js';
import { hashPassword, type PasswordHash } from './passwords.js';
import { pick, randomToken, seededRandom } from './random.js';
import { ACME_PEOPLE, GENERATED_FIRST_NAMES, GENERATED_LAST_NAMES, SEED } from './seed-data.js';
import { generateAuditEntries } from './seed-audit.js';
import { seedBilling } from './seed-billing.js';
import type { InvitationRecord, MemberRecord, UserRecord, WorkspaceRecord } from './store.js';

export { SEED } from './seed-data.js';

/** What to seed beyond the default data. */
export interface SeedOptions {
  /** Generated members to add to Acme Inc. (which then moves to the enterprise plan so that they fit). */
  members?: number;
  /** The generator's PRNG seed; the same number gives the same people. Default 1. */
  random?: number;
  /** Generated audit entries to add to Acme Inc., over the past year (none by default: the log starts empty). */
  auditEntries?: number;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Fills the store with the default seed: Acme Inc. (pro) with its owner, admin, member, viewer and twenty
 * more people, groups, a custom role and invitations in every state; Acme Labs (free); Globex Corporation
 * (free, someone else's). Dates are relative to the clock; nothing else varies between runs.
 */
export function seedStore(state: BackendState, options: SeedOptions): void {
  const { store } = state;
  const now = state.clock.now().getTime();
  const ago = (days: number) => new Date(now - days * DAY).toISOString();
  const password = hashPassword(SEED.password, 'teamkit-seed');
  const random = seededRandom(options.random ?? 1);

  const person = (id: string, name: string, email: string, days: number, extra: Partial<UserRecord> = {}) =>
    addUser(state, password, { id, name, email, createdAt: ago(days), lastLoginAt: ago(days / 30), ...extra });
  const { users } = SEED;
  const olivia = person(users.owner.id, users.owner.name, users.owner.email, 400, { plan: 'pro', phone: '+14155550101', phoneVerified: true, country: 'US', timezone: 'America/New_York' });
  const adam = person(users.admin.id, users.admin.name, users.admin.email, 390, { country: 'GB', timezone: 'Europe/London' });
  const mia = person(users.member.id, users.member.name, users.member.email, 300, { locale: 'es', timezone: 'Europe/Madrid', country: 'ES' });
  // Victor never chose a language, time zone or country: his browser's apply until he does.
  const victor = person(users.viewer.id, users.viewer.name, users.viewer.email, 200, { locale: null, timezone: null });
  const ana = person(users.billing.id, users.billing.name, users.billing.email, 150, { locale: 'pt-BR', timezone: 'America/Sao_Paulo', country: 'BR' });
  const gus = person(users.globexOwner.id, users.globexOwner.name, users.globexOwner.email, 500);
  const gloria = person(users.globexAdmin.id, users.globexAdmin.name, users.globexAdmin.email, 480);

  const acme = addWorkspace(state, { id: SEED.workspaces.acme, name: 'Acme Inc.', plan: options.members ? 'enterprise' : 'pro', website: 'https://acme.test', industry: 'manufacturing', createdAt: ago(400) });
  const labs = addWorkspace(state, { id: SEED.workspaces.labs, name: 'Acme Labs', plan: 'free', currency: 'EUR', createdAt: ago(120) });
  const globex = addWorkspace(state, { id: SEED.workspaces.globex, name: 'Globex Corporation', plan: 'free', website: 'https://globex.test', industry: 'energy', createdAt: ago(500) });

  const group = (id: string, name: string, days: number) =>
    store.groups.insert({ id, workspaceId: acme.id, name, createdAt: ago(days), updatedAt: ago(days), version: 1 });
  group(SEED.groups.engineering, 'Engineering', 380);
  group(SEED.groups.sales, 'Sales', 360);
  seedDomains(state, acme, ago);
  store.roles.insert({
    id: SEED.roles.billingManager, workspaceId: acme.id, name: 'Billing manager', description: 'Sees and manages billing.',
    permissions: ['billing:view', 'billing:manage'], createdAt: ago(300), updatedAt: ago(300), version: 1,
  });

  const join = (id: string, workspace: WorkspaceRecord, user: UserRecord, roleId: string, days: number, extra: Partial<MemberRecord> = {}) =>
    store.members.insert({ id, workspaceId: workspace.id, userId: user.id, roleId, groupIds: [], status: 'active', addedAt: ago(days), ...extra });
  const { members } = SEED;
  join(members.acme.owner, acme, olivia, 'owner', 400);
  join(members.acme.admin, acme, adam, 'admin', 390, { groupIds: [SEED.groups.engineering] });
  join(members.acme.member, acme, mia, 'member', 300, { groupIds: [SEED.groups.sales] });
  join(members.acme.viewer, acme, victor, 'viewer', 200);
  join(members.acme.billing, acme, ana, SEED.roles.billingManager, 150);
  ACME_PEOPLE.forEach(([name, handle, roleId, groupIds, status], index) => {
    const days = 20 + index * 9;
    const user = person(`usr_${handle.replace('.', '_')}`, name, `${handle}@acme.test`, days, status === 'pending' ? { lastLoginAt: null } : {});
    join(`mem_acme_${handle.replace('.', '_')}`, acme, user, roleId, days, { groupIds: [...groupIds], status });
  });
  join(members.labs.owner, labs, olivia, 'owner', 120);
  join(members.labs.admin, labs, adam, 'admin', 110);
  join(members.globex.owner, globex, gus, 'owner', 500);
  join(members.globex.admin, globex, gloria, 'admin', 480);
  join(members.globex.olivia, globex, olivia, 'member', 90);

  seedInvitations(state, acme, olivia, ago, (days) => new Date(now + days * DAY).toISOString());
  seedSessions(state, olivia, ago);
  seedSignIns(state, olivia, ago);
  if (options.members) generateMembers(state, acme, password, options.members, random, now);
  seedBilling(state, acme, labs);
  if (options.auditEntries) generateAuditEntries(state, acme, options.auditEntries, (options.random ?? 1) + 1);
}

function addUser(state: BackendState, password: Promise<PasswordHash>, fields: Pick<UserRecord, 'id' | 'name' | 'email' | 'createdAt'> & Partial<UserRecord>): UserRecord {
  const user = state.store.users.insert({
    phone: null, avatarUrl: null, locale: 'en', timezone: 'UTC', country: null, emailVerified: true, phoneVerified: false,
    version: 1, plan: 'free', lastLoginAt: null, marketingOptIn: false, notificationChoices: null, lowBalance: null,
    ...fields,
  });
  state.store.users.setPassword(user.id, password);
  return user;
}

function addWorkspace(state: BackendState, fields: Pick<WorkspaceRecord, 'id' | 'name' | 'plan' | 'createdAt'> & Partial<WorkspaceRecord>): WorkspaceRecord {
  return state.store.workspaces.insert({
    logoUrl: null, website: null, industry: null, timezone: 'UTC', currency: 'USD', updatedAt: fields.createdAt, version: 1, ...fields,
  });
}

function seedInvitations(state: BackendState, acme: WorkspaceRecord, inviter: UserRecord, ago: (days: number) => string, ahead: (days: number) => string): void {
  const { invitations } = SEED;
  const insert = (seed: { id: string; token: string; email: string }, sentDaysAgo: number, fields: Partial<InvitationRecord> = {}) =>
    state.store.invitations.insert({
      id: seed.id, token: seed.token, email: seed.email, workspaceId: acme.id, roleId: 'member', status: 'pending', message: null,
      invitedBy: inviter.id, acceptedAt: null, revokedAt: null, createdAt: ago(sentDaysAgo), sentAt: ago(sentDaysAgo),
      expiresAt: sentDaysAgo < 2 ? ahead(2 - sentDaysAgo) : ago(sentDaysAgo - 2), ...fields,
    });
  insert(invitations.pending, 1, { message: 'Welcome aboard! Your first week starts Monday.' });
  insert(invitations.expired, 5, { roleId: 'viewer' });
  insert(invitations.revoked, 3, { status: 'revoked', revokedAt: ago(2) });
  insert(invitations.accepted, 301, { status: 'accepted', acceptedAt: ago(300) });
}

/**
 * Acme's domains: acme.test verified, for single sign-on and auto-join as member; acme-corp.test still pending
 * (publish `teamkit-verify=seed-domain-acme-corp` at `_teamkit-verify.acme-corp.test` in `backend.dns` to verify it).
 */
function seedDomains(state: BackendState, acme: WorkspaceRecord, ago: (days: number) => string): void {
  const { verified, pending } = SEED.domains;
  const domain = { workspaceId: acme.id, failureReason: null, version: 1 } as const;
  state.store.domains.insert({
    ...domain, ...verified, status: 'verified', purposes: ['sso', 'auto_join'], autoJoinRoleId: 'member',
    lastCheckedAt: ago(299), verifiedAt: ago(299), createdAt: ago(300), updatedAt: ago(299),
  });
  state.store.domains.insert({
    ...domain, ...pending, status: 'pending', purposes: [], autoJoinRoleId: null,
    lastCheckedAt: null, verifiedAt: null, createdAt: ago(2), updatedAt: ago(2),
  });
}

/** Two other devices of the owner's, so that the sessions list has something to revoke. */
function seedSessions(state: BackendState, owner: UserRecord, ago: (days: number) => string): void {
  const devices = [
    { id: 'ses_seed_laptop', device: 'Computer', browser: 'Chrome', os: 'macOS', ip: '203.0.113.24', location: 'New York, US', days: 0.2 },
    { id: 'ses_seed_phone', device: 'Phone', browser: 'Safari', os: 'iOS', ip: '198.51.100.7', location: 'Brooklyn, US', days: 3 },
  ];
  for (const { days, ...device } of devices) {
    // Random, not seeded: a token derived from the public seed would let anyone sign in as the owner.
    state.store.sessions.insert({ ...device, userId: owner.id, token: randomToken(), createdAt: ago(days + 10), lastActiveAt: ago(days) });
  }
}

/**
 * The owner's recent sign-ins: the two seeded devices', failed attempts from places the owner never was, and
 * one too old to be listed.
 */
function seedSignIns(state: BackendState, owner: UserRecord, ago: (days: number) => string): void {
  const { signIns } = SEED;
  const laptop = { device: 'Computer', browser: 'Chrome', os: 'macOS', ip: '203.0.113.24' };
  const phone = { device: 'Phone', browser: 'Safari', os: 'iOS', ip: '198.51.100.7' };
  const stranger = { device: 'Computer', browser: 'Firefox', os: 'Windows', ip: '192.0.2.77' };
  const attempts = [
    { id: signIns.old, ...laptop, outcome: 'success', days: 40, sessionId: null },
    { id: signIns.phone, ...phone, outcome: 'success', days: 13, sessionId: 'ses_seed_phone' },
    { id: signIns.laptop, ...laptop, outcome: 'success', days: 10.2, sessionId: 'ses_seed_laptop' },
    { id: signIns.failedTokyo, ...stranger, ip: '203.0.113.150', outcome: 'failure', days: 6, sessionId: null },
    { id: signIns.failedLagos, ...stranger, outcome: 'failure', days: 1.5, sessionId: null },
    { id: signIns.failedLagosAgain, ...stranger, outcome: 'failure', days: 1.49, sessionId: null },
  ] as const;
  for (const { days, ...attempt } of attempts) {
    state.store.signIns.insert({ ...attempt, userId: owner.id, location: locate(attempt.ip), createdAt: ago(days), reportedAt: null });
  }
}

/** Adds `count` generated people to the workspace, deterministically from the PRNG. Kept lean: it runs 100 000 times. */
function generateMembers(state: BackendState, workspace: WorkspaceRecord, password: Promise<PasswordHash>, count: number, random: () => number, now: number): void {
  const { users, members } = state.store;
  const groups = [SEED.groups.engineering, SEED.groups.sales];
  // Times to the hour: formatting 200 000 dates costs more than the rest, and shared strings save memory.
  const hourly = new Map<number, string>();
  const onTheHour = (ms: number) => {
    const hour = Math.floor(ms / HOUR);
    let text = hourly.get(hour);
    if (text === undefined) hourly.set(hour, (text = new Date(hour * HOUR).toISOString()));
    return text;
  };
  for (let index = 1; index <= count; index++) {
    const [first, firstHandle] = pick(random, GENERATED_FIRST_NAMES);
    const [last, lastHandle] = pick(random, GENERATED_LAST_NAMES);
    const suffix = index.toString(36);
    const roll = random();
    const roleId = roll < 0.04 ? 'admin' : roll < 0.05 ? SEED.roles.billingManager : roll < 0.15 ? 'viewer' : 'member';
    const pending = random() < 0.08;
    const added = now - Math.floor(random() * 3 * 365 * DAY);
    const addedAt = onTheHour(added);
    const lastLoginAt = pending || random() < 0.1 ? null : onTheHour(added + Math.floor(random() * (now - added)));
    const userId = `usr_gen_${suffix}`;
    users.insert({
      id: userId, name: `${first} ${last}`, email: `${firstHandle}.${lastHandle}.${suffix}@example.test`, phone: null, avatarUrl: null,
      locale: 'en', timezone: 'UTC', country: null, emailVerified: true, phoneVerified: false, createdAt: addedAt, version: 1,
      plan: 'free', lastLoginAt, marketingOptIn: false, notificationChoices: null, lowBalance: null,
    });
    users.setPassword(userId, password);
    members.insert({
      id: `mem_gen_${suffix}`, workspaceId: workspace.id, userId, roleId,
      groupIds: random() < 0.2 ? [pick(random, groups)] : [], status: pending ? 'pending' : 'active', addedAt,
    });
  }
}
