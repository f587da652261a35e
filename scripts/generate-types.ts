// `npm run build` (after `cem analyze`): what editors and frameworks read, generated from custom-elements.json.
//   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code's html.customData / css.customData
//   web-types.json                                              JetBrains IDEs (package.json "web-types")
//   jsx-react.d.ts, jsx-vue.d.ts                                React 19 JSX and Vue 3 template types
// Usage: node --import tsx scripts/generate-types.ts [--manifest custom-elements.json] [--outdir dist]
// `npm run analyze` (and so `npm start`) writes them into generated/, which git ignores.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Package } from 'custom-elements-manifest/schema.js';
import { vscodeCssData, vscodeHtmlData, webTypes, type PackageInfo } from './manifest/editors.js';
import { registeredElements } from './manifest/elements.js';
import { reactTypes, vueTypes } from './manifest/frameworks.js';

/** File name → contents, for a manifest and the package it describes. */
export function generatedFiles(manifest: Package, pkg: PackageInfo): Map<string, string> {
  const elements = registeredElements(manifest).map(({ element }) => element);
  if (!elements.length) throw new Error('custom-elements.json lists no registered element: run `cem analyze` first');
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    ['vscode.html-custom-data.json', json(vscodeHtmlData(elements))],
    ['vscode.css-custom-data.json', json(vscodeCssData(elements))],
    ['web-types.json', json(webTypes(elements, pkg))],
    ['jsx-react.d.ts', reactTypes(elements, pkg.name)],
    ['jsx-vue.d.ts', vueTypes(elements, pkg.name)],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { manifest: { type: 'string', default: 'custom-elements.json' }, outdir: { type: 'string', default: 'dist' } } });
  const manifest = JSON.parse(readFileSync(values.manifest, 'utf8')) as Package;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageInfo;
  mkdirSync(values.outdir, { recursive: true });
  for (const [name, contents] of generatedFiles(manifest, pkg)) writeFileSync(join(values.outdir, name), contents);
  console.log(`generate-types: ${[...generatedFiles(manifest, pkg).keys()].join(', ')} → ${values.outdir}/`);
}
