import type { AuditEntry, PersonRef } from '../sdk/schemas/index.js';
import type { BackendState } from './context.js';
import { pick, seededRandom } from './random.js';
import type { WorkspaceRecord } from './store.js';

type Generated = Pick<AuditEntry, 'action' | 'target' | 'before' | 'after'>;

const ROLES = ['admin', 'member', 'viewer'] as const;
const INDUSTRIES = ['Manufacturing', 'Aerospace', 'Logistics', 'Retail'] as const;
const ADDRESSES = ['203.0.113.24', '198.51.100.7', '192.0.2.41', '203.0.113.150', '198.51.100.88', null] as const;

/**
 * Adds `count` audit entries to the workspace, spread over the year before now, oldest first, made by its
 * people: role changes, invitations, removals, settings, keys and webhooks. Deterministic from `seed`.
 * Kept lean, since it runs 100 000 times: small objects are shared between entries, times are whole seconds.
 */
export function generateAuditEntries(state: BackendState, workspace: WorkspaceRecord, count: number, seed: number): void {
  const random = seededRandom(seed);
  const people = [...state.store.members.ofWorkspace(workspace.id)].flatMap((member) => {
    const user = state.store.users.get(member.userId);
    return user ? [{ memberId: member.id, ref: { id: user.id, name: user.name, email: user.email } satisfies PersonRef }] : [];
  }).slice(0, 200);
  const actors = people.slice(0, 12);
  const roleChanges = ROLES.flatMap((from) => ROLES.filter((to) => to !== from).map((to) => [{ role: from }, { role: to }] as const));
  const kinds: ((n: number) => Generated)[] = [
    () => {
      const person = pick(random, people);
      const [before, after] = pick(random, roleChanges);
      return { action: 'member.role_changed', target: { type: 'member', id: person.memberId, label: person.ref.email }, before, after };
    },
    (n) => ({ action: 'invitation.sent', target: { type: 'invitation', id: `inv_gen_${n}`, label: `guest.${n}@example.test` }, before: null, after: { role: pick(random, ROLES) } }),
    (n) => ({ action: 'invitation.revoked', target: { type: 'invitation', id: `inv_gen_${n}`, label: `guest.${n}@example.test` }, before: { status: 'pending' }, after: { status: 'revoked' } }),
    (n) => ({ action: 'member.added', target: { type: 'member', id: `mem_gen_audit_${n}`, label: `guest.${n}@example.test` }, before: null, after: { role: 'member' } }),
    (n) => ({ action: 'member.removed', target: { type: 'member', id: `mem_gen_audit_${n}`, label: `former.${n}@example.test` }, before: { role: pick(random, ROLES) }, after: null }),
    () => ({ action: 'workspace.updated', target: { type: 'workspace', id: workspace.id, label: workspace.name }, before: { industry: pick(random, INDUSTRIES) }, after: { industry: pick(random, INDUSTRIES) } }),
    (n) => ({ action: 'api_key.created', target: { type: 'api_key', id: `key_gen_${n}`, label: `Integration ${n}` }, before: null, after: { scopes: ['audit:view'] } }),
    (n) => ({ action: 'webhook.updated', target: { type: 'webhook', id: `whk_gen_${n % 7}`, label: `https://hooks.example.com/${n % 7}` }, before: { enabled: true }, after: { enabled: false } }),
  ];
  const now = state.clock.now().getTime();
  const span = 365 * 24 * 60 * 60;
  for (let n = 0; n < count; n++) {
    // Whole seconds, growing: entry n lies in the n-th slice of the year.
    const second = Math.floor(((n + random()) / count) * span);
    const actor = pick(random, actors).ref;
    state.store.audit.append({
      workspaceId: workspace.id,
      actor,
      ...pick(random, kinds)(n),
      ip: pick(random, ADDRESSES),
      createdAt: new Date(now - (span - second) * 1000).toISOString(),
    });
  }
}
