/**
 * The packages a docs page can import: teamkit's runtime `dependencies` and everything they depend on in
 * turn. Dev tools (the dev server, test runners, their `.bin` links) and npm's own files are not among
 * them, so `npm start` never serves them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined; // not installed (an optional or unmet peer dependency): nothing of it can be served
  }
}

const requires = (manifest: Manifest) => Object.keys({
  ...manifest.dependencies,
  ...manifest.peerDependencies,
  ...manifest.optionalDependencies,
});

/** Names of the runtime dependency closure of the package at `rootDir`, as installed in its node_modules. */
export function browserPackages(rootDir: string): Set<string> {
  const names = new Set<string>();
  // The root's own `dependencies` only: its optional peer msw runs in Node (and in the host's tests), not here.
  const pending = Object.keys(readManifest(join(rootDir, 'package.json'))?.dependencies ?? {});
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (names.has(name)) continue;
    const manifest = readManifest(join(rootDir, 'node_modules', name, 'package.json'));
    if (!manifest) continue;
    names.add(name);
    pending.push(...requires(manifest));
  }
  return names;
}
