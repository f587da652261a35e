/**
 * Every visible string goes through msg() with an explicit id, and Spanish has each of them with the same
 * placeholders: a missing or stale translation fails here instead of showing English in a Spanish UI.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { templates } from '../../src/components/shared/translations/es.js';

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

const spanish = templates as Record<string, string | { strTag: true; values: unknown[] }>;
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
