// The library build: ESM entry points from package.json's `exports`, shared code split into chunks,
// declarations next to them. Dependencies stay external: the host's bundler dedupes lit, zod and friends.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import typescript from '@rollup/plugin-typescript';
import { componentTags } from './scripts/lib/components.mjs';
import { moduleSideEffects } from './scripts/lib/side-effects.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const packages = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
];
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * Development-only modules that package.json `imports` picks by export condition (`#client-check`): in dist they
 * become the package's own conditional exports, so the host's bundler picks the development or production one.
 */
const conditional = { '#client-check': `${pkg.name}/internal/client-check.js` };

/** `lit`, `lit/decorators.js`, `zod/mini`, `msw/browser`, `node:fs`, and tslib (see TOOLCHAIN.md) stay imports. */
const isExternal = (id) =>
  builtins.has(id) || id in conditional || packages.some((name) => id === name || id.startsWith(`${name}/`));

/** Entry name (path under dist/ without `.js`) → source file. Component entries only once they exist. */
function entries() {
  const input = {
    index: 'src/index.ts',
    sdk: 'src/sdk/index.ts',
    backend: 'src/backend/index.ts',
    'backend-msw': 'src/backend/msw.ts',
    define: 'src/components/define.ts',
    autoloader: 'src/components/autoloader.ts',
    'internal/client-check': 'src/components/shared/controllers/client-check.ts',
    'internal/client-check.development': 'src/components/shared/controllers/client-check.development.ts',
  };
  for (const tag of componentTags()) input[`components/${tag}`] = `src/components/${tag}/${tag}.ts`;
  return Object.fromEntries(Object.entries(input).filter(([, file]) => existsSync(file)));
}

export default {
  input: entries(),
  external: isExternal,
  treeshake: { moduleSideEffects },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Rollup would otherwise repeat every transitive import as a bare `import './chunk.js'` in each entry (to start
    // loading early). All our chunks are free of side effects, so a host's bundler drops those imports, and
    // esbuild warns about each (ignored-bare-import); the imports the code needs are still there.
    hoistTransitiveImports: false,
    paths: conditional,
    sourcemap: true,
  },
  plugins: [
    // Whitespace inside html`` and css`` is not terser's to touch; this shrinks the templates themselves.
    minifyHTML(),
    typescript({
      tsconfig: './tsconfig.json',
      filterRoot: '.',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      rootDir: 'src',
      outDir: 'dist',
      declaration: true,
      declarationDir: 'dist',
      declarationMap: true,
      noEmitOnError: true,
    }),
  ],
};
