import type { AuditEntry, PersonRef, WebhookEvent, WebhookEventType } from '../../sdk/schemas/index.js';

/**
 * The event catalog (`GET /webhook-events`). The reference backend sends the member and invitation events as
 * they happen; calls, campaigns and callbacks belong to the host's product, which publishes them through
 * `backend.webhooks.emit()` (the reference backend sends them as test events only).
 */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  { type: 'member.added', group: 'Members', description: 'Someone joined the workspace by accepting an invitation.' },
  { type: 'member.removed', group: 'Members', description: 'A member was removed from the workspace, or left it.' },
  { type: 'member.role_changed', group: 'Members', description: "A member's role changed." },
  { type: 'invitation.sent', group: 'Invitations', description: 'An invitation was sent.' },
  { type: 'invitation.accepted', group: 'Invitations', description: 'An invitation was accepted.' },
  { type: 'invitation.revoked', group: 'Invitations', description: 'An invitation was revoked.' },
  { type: 'call.completed', group: 'Calls', description: 'A call ended: its duration, outcome and recording.' },
  { type: 'campaign.status_changed', group: 'Campaigns', description: 'A campaign started, paused, resumed or finished.' },
  { type: 'callback.scheduled', group: 'Callbacks', description: 'A callback was scheduled with a contact.' },
];

const KNOWN = new Set(WEBHOOK_EVENT_TYPES.map((event) => event.type));

export const isEventType = (type: string) => KNOWN.has(type);

/** Audit actions that are webhook events, and which. Leaving is a removal to anyone listening. */
const EVENT_OF_ACTION: Readonly<Record<string, string>> = {
  'member.added': 'member.added',
  'member.removed': 'member.removed',
  'member.left': 'member.removed',
  'member.role_changed': 'member.role_changed',
  'invitation.sent': 'invitation.sent',
  'invitation.accepted': 'invitation.accepted',
  'invitation.revoked': 'invitation.revoked',
};

export type EventData = WebhookEvent['data'];

/** The event an audit entry stands for, if it is one a webhook can subscribe to. */
export function eventOfEntry(entry: AuditEntry): { type: string; data: EventData } | null {
  const type = EVENT_OF_ACTION[entry.action];
  if (!type) return null;
  return { type, data: { actor: entry.actor, target: entry.target, before: entry.before, after: entry.after } };
}

const SAMPLE_ACTOR: PersonRef = { id: 'usr_sample', name: 'Sam Sample', email: 'sam.sample@example.com' };

/** Made-up data for a test event of `type`, shaped like the real thing. */
export function sampleData(type: string): EventData {
  const [subject = 'object'] = type.split('.');
  const samples: Record<string, Omit<EventData, 'actor'>> = {
    member: { target: { type: 'member', id: 'mem_sample', label: 'new.colleague@example.com' }, before: { role: 'viewer' }, after: { role: 'member' } },
    invitation: { target: { type: 'invitation', id: 'inv_sample', label: 'new.colleague@example.com' }, before: null, after: { role: 'member' } },
    call: { target: { type: 'call', id: 'call_sample', label: '+14155550123' }, before: null, after: { durationSeconds: 184, outcome: 'answered' } },
    campaign: { target: { type: 'campaign', id: 'cmp_sample', label: 'Spring follow-up' }, before: { status: 'running' }, after: { status: 'paused' } },
    callback: { target: { type: 'callback', id: 'cbk_sample', label: '+14155550123' }, before: null, after: { scheduledFor: '2026-01-01T09:00:00.000Z' } },
  };
  const sample = samples[subject] ?? { target: { type: subject, id: `${subject}_sample`, label: 'Sample' }, before: null, after: null };
  return { actor: SAMPLE_ACTOR, ...sample };
}
