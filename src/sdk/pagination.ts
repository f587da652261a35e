import type { Page } from './schemas/common.js';

/**
 * Walks every page of a cursor-paginated list, one request at a time, as stripe-node's auto-pagination does:
 * `for await (const member of client.members.iterate(id)) …`. Breaking out of the loop stops fetching.
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
