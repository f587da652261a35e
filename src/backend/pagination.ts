import * as z from 'zod/mini';
import type { Page } from '../sdk/schemas/index.js';
import { fromBase64Url, toBase64Url } from './encoding.js';
import { fieldProblem } from './problems.js';

export const DEFAULT_PAGE_SIZE = 50;

/** Wraps a position in an opaque cursor: clients pass it back, never read it. */
export function encodeCursor(position: unknown): string {
  return toBase64Url(JSON.stringify(position));
}

/** Reads a cursor back; anything that is not one of ours is a 422 on `cursor`. */
export function decodeCursor<S extends z.ZodMiniType>(cursor: string, schema: S): z.output<S> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw invalidCursor();
  }
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

export const invalidCursor = () => fieldProblem('cursor', 'invalid_cursor', 'This cursor is not valid for this list.');

const ListCursor = z.object({ after: z.string() });

/**
 * A page of a short list that is already in display order, each item with a unique `position` that grows
 * (or, `descending`, shrinks) along that order. The cursor holds the last position shown, so an item added
 * or removed meanwhile neither repeats nor skips another.
 */
export function listPage<T>(
  items: readonly T[],
  query: { cursor?: string | undefined; limit?: number | undefined },
  position: (item: T) => string,
  descending = false,
): Page<T> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, ListCursor).after;
  const rest = after === undefined
    ? items
    : items.filter((item) => (descending ? position(item) < after : position(item) > after));
  const shown = rest.slice(0, limit);
  const last = shown[shown.length - 1];
  const nextCursor = rest.length > limit && last !== undefined ? encodeCursor({ after: position(last) }) : null;
  return { items: [...shown], nextCursor, total: items.length };
}
