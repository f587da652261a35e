import type { ProblemCode } from '../sdk/schemas/index.js';
import { ProblemError, problemStatus } from './problems.js';

/** A failure to inject: which requests it hits, how it answers, and how many times. */
export interface Fault {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** API path (below the base path) to match exactly, or a pattern to test it with (any when absent). */
  path?: string | RegExp;
  /** Status of the problem answered; defaults to the code's usual status, or 500. */
  status?: number;
  /** Problem code answered; defaults to `internal_error`. */
  code?: ProblemCode;
  /** Seconds sent as `Retry-After`. */
  retryAfter?: number;
  /** Make `fetch` reject with `TypeError('Failed to fetch')`, as a dropped connection does. */
  network?: true;
  /** How many matching requests fail (default 1); `Infinity` until cleared. */
  times?: number;
}

/** What a matching request gets instead of its real answer. */
export type FaultOutcome = { network: true } | { network: false; problem: ProblemError };

/** Fault injection for tests: the next matching requests fail the way you describe. */
export class Faults {
  readonly #pending: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    this.#pending.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.#pending.length = 0;
  }

  /** Consumes one use of the first fault matching the request, if any. */
  take(method: string, path: string): FaultOutcome | undefined {
    const index = this.#pending.findIndex(({ fault }) => matches(fault, method, path));
    const entry = this.#pending[index];
    if (!entry) return undefined;
    if (--entry.remaining <= 0) this.#pending.splice(index, 1);
    const { fault } = entry;
    if (fault.network) return { network: true };
    const code = fault.code ?? 'internal_error';
    const problem = new ProblemError(code, 'Injected fault.', { status: fault.status ?? problemStatus(code), retryAfter: fault.retryAfter });
    return { network: false, problem };
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
}
