/**
 * Every visible string goes through msg() with an explicit id, and Spanish has each of them with the same
 * placeholders: a missing or stale translation fails here instead of showing English in a Spanish UI.
 * Spanish loads per element (its catalog plus the shared one), so each string must sit in the catalog that
 * loads with the code showing it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { spanish as catalogs } from '../../src/components/shared/translations/es.js';

interface Message {
  id: string;
  placeholders: number;
  file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.es.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${join('shared', 'translations')}`));
}

const files = sourceFiles('src/components');
const call = /\bmsg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*'([^']+)'/g;

const messages: Message[] = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(call)].map((match) => ({
    id: match[3] ?? '',
    placeholders: (match[2]?.match(/\$\{/g) ?? []).length,
    file,
  }));
});

type Entry = string | { strTag: true; values: unknown[] };
const catalogEntries = Object.fromEntries(
  await Promise.all(Object.entries(catalogs).map(async ([name, load]) => [name, (await load()) as Record<string, Entry>] as const)),
);
const spanish: Record<string, Entry> = Object.assign({}, ...Object.values(catalogEntries));

/** The catalog that loads with a file's code: its element folder's, or `shared` for the foundation. */
const catalogOf = (file: string) => {
  const folder = relative('src/components', file).split(sep)[0] ?? '';
  return folder === 'shared' ? 'shared' : folder;
};
const placeholdersOf = (entry: string | { values: unknown[] }) => (typeof entry === 'string' ? 0 : entry.values.length);

test('every msg() call names an id', () => {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const calls = (text.match(/\bmsg\(/g) ?? []).length;
    const withId = [...text.matchAll(call)].length;
    assert.equal(withId, calls, `${file}: ${calls - withId} msg() call(s) without an explicit { id } (or not parseable)`);
  }
});

test('there are messages to check', () => {
  assert.ok(messages.length > 50, `only ${messages.length} messages found`);
});

test('every message has a Spanish translation with the same placeholders', () => {
  const missing = messages.filter((message) => !(message.id in spanish)).map((m) => `${m.id} (${m.file})`);
  assert.deepEqual([...new Set(missing)], [], 'missing Spanish translations');
  for (const message of messages) {
    const entry = spanish[message.id];
    if (entry === undefined) continue;
    assert.equal(placeholdersOf(entry), message.placeholders, `${message.id}: placeholders differ between English and Spanish`);
  }
});

test('one id means one English text', () => {
  const byId = new Map<string, Set<string>>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      const id = match[3] ?? '';
      const english = (match[2] ?? '').replace(/\$\{[^}]*\}+/g, '${}');
      byId.set(id, (byId.get(id) ?? new Set()).add(english));
    }
  }
  const conflicting = [...byId].filter(([, texts]) => texts.size > 1).map(([id]) => id);
  assert.deepEqual(conflicting, [], 'ids used for different English texts');
});

test('no stale Spanish entries', () => {
  const used = new Set(messages.map((message) => message.id));
  const stale = Object.keys(spanish).filter((id) => !used.has(id));
  assert.deepEqual(stale, [], 'Spanish entries no element uses');
});

test('each element folder with strings has its own catalog', () => {
  const folders = new Set(messages.map((message) => catalogOf(message.file)));
  const missing = [...folders].filter((folder) => !(folder in catalogEntries));
  assert.deepEqual(missing, [], 'add `<tag>: () => import(…)` to src/components/shared/translations/es.ts');
});

test("each string is in the catalog that loads with the code showing it (its element's, or shared)", () => {
  const misplaced = messages
    .filter((message) => {
      const own = catalogOf(message.file);
      return !(message.id in (catalogEntries[own] ?? {})) && !(message.id in (catalogEntries.shared ?? {}));
    })
    .map((message) => `${message.id} (${message.file}) belongs in ${catalogOf(message.file) === 'shared' ? 'shared.es.ts' : `${catalogOf(message.file)}.es.ts`}`);
  assert.deepEqual([...new Set(misplaced)], [], 'strings another element would show in English');
});

test('no catalog holds strings of code outside its folder', () => {
  for (const [name, entries] of Object.entries(catalogEntries)) {
    const shownBy = new Set(messages.filter((message) => catalogOf(message.file) === name).map((message) => message.id));
    const foreign = Object.keys(entries).filter((id) => !shownBy.has(id));
    assert.deepEqual(foreign, [], `${name}: entries no code of its own shows (an element's own catalog loads only with it)`);
  }
});
