/**
 * # The atomicity rule
 *
 * Every rule of the contract — exactly one owner, a token works once, revoked stays revoked, a removed
 * member writes nothing more, a quota is never exceeded — is decided and applied as one step:
 *
 * 1. the whole request body is read (bounded) and parsed *before* anything is decided (`request-body.ts`);
 * 2. then, inside {@link Serial.run}, the caller is authenticated again, access and rules are checked and the
 *    change is made. Nothing else that writes runs in between.
 *
 * Handlers may still `await` inside the critical section (password digests are asynchronous in Web Crypto);
 * the serial queue is what keeps them atomic, at the cost of running writes one at a time — which an
 * in-memory reference backend can afford. Reads do not queue: a write changes memory without yielding once
 * its checks passed, so a read sees either all of it or none.
 *
 * A storage adapter for a real database keeps the same rule with a transaction per request (`SERIALIZABLE`,
 * or `SELECT … FOR UPDATE` on the rows the rule reads: the workspace's owner row, the invitation row, the
 * member row), re-reading the session inside it, and retrying on serialization failures.
 */
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it has settled. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task, task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
