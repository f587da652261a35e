/**
 * Runs the analyzer exactly as `npm run build` does (`cem analyze` with the repository's config), writing into a
 * temporary folder so a test never touches the working copy's custom-elements.json.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Package } from 'custom-elements-manifest/schema.js';

export interface Analysis {
  manifest: Package;
  /** What the analyzer (and the teamkit plugin) printed to stderr: problems it found. */
  stderr: string;
}

export async function analyze(): Promise<Analysis> {
  const outdir = await mkdtemp(join(tmpdir(), 'teamkit-manifest-'));
  try {
    // cem joins --outdir onto the working directory, so an absolute path must be given relative to it.
    const args = ['analyze', '--quiet', '--outdir', relative(process.cwd(), outdir)];
    const { stderr } = await promisify(execFile)(join('node_modules', '.bin', 'cem'), args);
    const manifest = JSON.parse(await readFile(join(outdir, 'custom-elements.json'), 'utf8')) as Package;
    return { manifest, stderr };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
