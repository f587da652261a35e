import { ResponseValidationError } from './errors/transport.js';
import type { Page } from './schemas/common.js';

/**
 * Walks every page of a cursor-paginated list, one request at a time, as stripe-node's auto-pagination does:
 * `for await (const member of client.members.iterate(id)) …`. Breaking out of the loop stops fetching.
 * A server that hands back a cursor it gave before would keep the loop going forever; that is a
 * ResponseValidationError instead.
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  const asked = new Set<string | undefined>();
  let cursor: string | undefined;
  do {
    if (asked.has(cursor)) throw new ResponseValidationError('iterate', 'nextCursor', [{ path: 'nextCursor', message: 'a cursor came back twice' }]);
    asked.add(cursor);
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
