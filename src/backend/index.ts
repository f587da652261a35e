/**
 * The reference backend (`teamkit/backend`): the whole API contract as a Fetch handler over an in-memory
 * store, for tests, demos and as a model for hosts implementing the API in their own stack.
 *
 * @example
 * ```ts
 * import { createBackend, createClock, SEED } from 'teamkit/backend';
 * const backend = createBackend({ clock: createClock() });
 * const token = backend.signIn(SEED.users.owner.email);
 * const response = await backend.fetch(new Request('http://api.test/me', { headers: { authorization: `Bearer ${token}` } }));
 * ```
 */
export { createBackend, type Backend, type BackendOptions } from './backend.js';
export { mapResolver, type DnsResolver } from './dns.js';
export { createClock, systemClock, type Clock, type ManualClock } from './clock.js';
export { createScheduler, timerScheduler, type ManualScheduler, type Scheduler } from './webhooks/scheduler.js';
export type { WebhookDeliveries, WebhookOptions } from './webhooks/deliveries.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { Outbox, type OutboxKind, type OutboxMessage } from './outbox.js';
export { Faults, type Fault } from './faults.js';
export { AuditLog, type AuditFilter } from './audit.js';
export { SEED, type SeedOptions } from './seed.js';
export { Store } from './store.js';
export type * from './store/records.js';
export type { SignInOrigin } from './auth.js';
export { SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } from './auth.js';
