import type * as z from 'zod/mini';
import type { Clock } from './clock.js';
import type { DnsResolver } from './dns.js';
import type { Limits } from './limits.js';
import type { Outbox } from './outbox.js';
import { ProblemError, fieldProblem, validationProblem } from './problems.js';
import type { RequestBody } from './request-body.js';
import type { ApiKeyRecord, SessionRecord, Store, UserRecord } from './store.js';
import type { Throttle } from './throttle.js';
import { imageDataUrl } from './upload.js';
import type { WebhookDeliveries } from './webhooks/deliveries.js';

/** What every route works with: the data, the outbox, the clock and the limits. */
export interface BackendState {
  readonly store: Store;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly limits: Limits;
  /** Rate limits of password checks, codes, mails and public token endpoints. */
  readonly throttle: Throttle;
  /** Looks up TXT records, for domain verification. */
  readonly dnsResolver: DnsResolver;
  /** Makes a new id with the given prefix (`mem` → `mem_00001a`). */
  readonly newId: (prefix: string) => string;
  /** The link of invitation mails, `{token}` standing for the token (see BackendOptions.invitationUrl). */
  readonly invitationUrl: string;
  /** Sends webhook deliveries and keeps their log. */
  readonly webhooks: WebhookDeliveries;
}

/** What a route records in the audit log besides its action and target. */
export interface AuditDetails {
  workspaceId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Who did it, when not the signed-in user (accepting an invitation signs someone in). */
  actor?: UserRecord;
}

/** One request as a route sees it: its parameters, its caller, and helpers that answer problems. */
export class Context {
  constructor(
    readonly state: BackendState,
    readonly request: Request,
    readonly params: Readonly<Record<string, string>>,
    readonly session: SessionRecord | null,
    private readonly requestBody: RequestBody,
    /** The API key the caller authenticated with, instead of a session: it acts for its creator. */
    readonly apiKey: ApiKeyRecord | null = null,
  ) {}

  /** The signed-in user (for an API key, its creator). Routes of non-public endpoints always have one. */
  get user(): UserRecord {
    const userId = this.session?.userId ?? this.apiKey?.createdBy;
    const user = userId === undefined ? undefined : this.state.store.users.get(userId);
    if (!user) throw new ProblemError('unauthorized', 'Sign in to continue.');
    return user;
  }

  get store(): Store {
    return this.state.store;
  }

  /** The current time as an ISO 8601 string. */
  now(): string {
    return this.state.clock.now().toISOString();
  }

  /** The caller's address (see {@link clientAddress}). */
  get ip(): string | null {
    return clientAddress(this.request);
  }

  param(name: string): string {
    const value = this.params[name];
    if (value === undefined) throw new Error(`No path parameter ${name}`);
    return value;
  }

  /**
   * The JSON body parsed by `schema` (422 with field errors when it does not fit). The body was read and
   * parsed before the route ran, so this never waits: checks and changes stay one atomic step.
   */
  body<S extends z.ZodMiniType>(schema: S): z.output<S> {
    const json = this.requestBody.kind === 'json' ? this.requestBody.value : undefined;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw validationProblem(parsed.error.issues);
    return parsed.data;
  }

  /** The query string parsed by `schema`. `limit` arrives as text and is read as an integer first. */
  query<S extends z.ZodMiniType>(schema: S): z.output<S> {
    const raw: Record<string, unknown> = {};
    for (const [key, value] of new URL(this.request.url).searchParams) {
      if (value === '') continue;
      raw[key] = key === 'limit' && /^-?\d+$/.test(value) ? Number(value) : value;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw validationProblem(parsed.error.issues);
    return parsed.data;
  }

  /** The uploaded image as a data URL (see `upload.ts`). */
  image(): string {
    const file = this.requestBody.kind === 'upload' ? this.requestBody.file : null;
    if (!file) throw fieldProblem('file', 'required', 'Attach the image as the part "file".');
    return imageDataUrl(file);
  }

  /** Refuses with 412 when `If-Match` names another version than `version`; no `If-Match` proceeds. */
  checkIfMatch(version: number): void {
    const header = this.request.headers.get('if-match');
    if (header === null) return;
    const current = `"${version}"`;
    const accepted = header.split(',').map((tag) => tag.trim());
    if (!accepted.includes('*') && !accepted.includes(current)) {
      throw new ProblemError('precondition_failed', 'It changed since you read it. Reload, then apply your changes again.');
    }
  }

  /** Appends an entry to the audit log. */
  record(action: string, target: { type: string; id: string; label: string }, details: AuditDetails = {}): void {
    const actor = details.actor ?? (this.session || this.apiKey ? this.user : null);
    const key = details.actor ? null : this.apiKey;
    this.store.audit.append({
      workspaceId: details.workspaceId ?? null,
      actor: actor && { id: actor.id, name: actor.name, email: actor.email },
      ...(key && { apiKey: { id: key.id, name: key.name, prefix: `tk_live_${key.prefix}` } }),
      action,
      target,
      before: details.before ?? null,
      after: details.after ?? null,
      ip: this.ip,
      createdAt: this.now(),
    });
  }
}

/**
 * The client's address, from the first `X-Forwarded-For` entry. Only as trustworthy as the proxy in front:
 * `npm start` sets it from the socket; a host must set it from its own trusted proxy and drop the client's.
 */
export function clientAddress(request: Request): string | null {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 64) || null;
}

/** A route's successful answer. Its status comes from the contract; a `version` becomes the `ETag`. */
export interface Reply {
  body?: unknown;
  version?: number;
  /** A file to stream instead of a JSON body, offered as a download named `filename`. */
  file?: { stream: ReadableStream<Uint8Array>; contentType: string; filename: string };
}

/** Implements one endpoint of the contract. Throws a `ProblemError` to answer a problem. */
export type Handler = (ctx: Context) => Promise<Reply> | Reply;

/** Handlers by the contract's `operationId`. */
export type HandlerTable = Readonly<Record<string, Handler>>;
