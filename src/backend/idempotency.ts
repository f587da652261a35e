import type { Clock } from './clock.js';
import type { Limits } from './limits.js';

/** An answer kept for replay. Only successful answers are kept: a refused request changed nothing, so repeating it is safe. */
interface KeptAnswer {
  state: 'done';
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string | null;
  /** The answer held a secret shown once; it was not kept, and a repeat is refused instead of replayed. */
  secret: boolean;
  bytes: number;
  expiresAt: number;
}

interface Running {
  state: 'running';
  fingerprint: string;
}

/** What to do with a keyed request. */
export type IdempotencyDecision =
  | { kind: 'proceed' }
  | { kind: 'replay'; response: Response }
  | { kind: 'secret_shown' }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

/**
 * `Idempotency-Key` as Stripe defines it. A key is scoped to the caller and the endpoint; the first request
 * runs, a repeat with the same body replays its answer (`Idempotent-Replayed: true`), a repeat while it runs
 * is refused (409 `idempotency_in_progress`), the same key with another body is refused (422
 * `idempotency_mismatch`). Kept answers expire after `idempotencyTtlMs` by the backend's clock, and the
 * store holds at most `idempotencyMaxEntries` answers and `idempotencyMaxBytes` of them, dropping the oldest.
 * Request bodies are never kept: only a SHA-256 fingerprint of their content.
 */
export class IdempotencyStore {
  /** In insertion order, so the first entries are the oldest. */
  readonly #entries = new Map<string, KeptAnswer | Running>();
  #bytes = 0;

  constructor(private readonly clock: Clock, private readonly limits: Limits) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Decides a keyed request and, when it may proceed, marks the key as running. Synchronous on purpose. */
  begin(id: string, fingerprint: string): IdempotencyDecision {
    const entry = this.#entries.get(id);
    if (entry?.state === 'done' && entry.expiresAt <= this.clock.now().getTime()) this.#drop(id);
    const current = this.#entries.get(id);
    if (!current) {
      this.#entries.set(id, { state: 'running', fingerprint });
      return { kind: 'proceed' };
    }
    if (current.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (current.state === 'running') return { kind: 'in_progress' };
    return current.secret ? { kind: 'secret_shown' } : { kind: 'replay', response: replay(current) };
  }

  /**
   * Keeps a successful answer for replay (and returns a fresh copy to send); forgets the key otherwise. An answer
   * holding a `secret` shown once (a new API key, a webhook signing secret) is not kept: only that the key was used.
   */
  async finish(id: string, response: Response, secret = false): Promise<Response> {
    const running = this.#entries.get(id);
    if (!running || running.state !== 'running') return response;
    if (response.status < 200 || response.status >= 300) {
      this.#entries.delete(id);
      return response;
    }
    const body = response.status === 204 || secret ? null : await response.text();
    const bytes = (body?.length ?? 0) * 2 + id.length * 2 + 256;
    const kept: KeptAnswer = {
      state: 'done',
      fingerprint: running.fingerprint,
      status: response.status,
      headers: [...response.headers],
      body,
      secret,
      bytes,
      expiresAt: this.clock.now().getTime() + this.limits.idempotencyTtlMs,
    };
    this.#entries.delete(id);
    this.#entries.set(id, kept);
    this.#bytes += bytes;
    this.#evict();
    return secret ? response : replay(kept, false);
  }

  /** Forgets a running key whose request failed before it produced an answer. */
  abandon(id: string): void {
    if (this.#entries.get(id)?.state === 'running') this.#entries.delete(id);
  }

  /** Drops expired answers, then the oldest ones while over a bound. Running keys are never dropped. */
  #evict(): void {
    const now = this.clock.now().getTime();
    const { idempotencyMaxEntries: maxEntries, idempotencyMaxBytes: maxBytes } = this.limits;
    for (const [id, entry] of this.#entries) {
      const over = this.#entries.size > maxEntries || this.#bytes > maxBytes;
      if (entry.state === 'done' && (entry.expiresAt <= now || over)) this.#drop(id);
      else if (!over) break;
    }
  }

  #drop(id: string): void {
    const entry = this.#entries.get(id);
    if (entry?.state === 'done') this.#bytes -= entry.bytes;
    this.#entries.delete(id);
  }
}

function replay(kept: KeptAnswer, replayed = true): Response {
  const headers = new Headers(kept.headers);
  if (replayed) headers.set('Idempotent-Replayed', 'true');
  return new Response(kept.body, { status: kept.status, headers });
}
