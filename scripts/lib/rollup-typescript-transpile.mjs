// A rollup plugin that compiles the repo's TypeScript sources file by file, exactly as the library build
// emits them (target ES2022, decorators lowered, helpers imported from tslib) but without type checking,
// so measurement scripts stay fast. `import './x.js'` resolves to `./x.ts` as it does for tsc.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  importHelpers: true,
  useDefineForClassFields: true,
  sourceMap: false,
};

export function typescriptTranspile() {
  return {
    name: 'typescript-transpile',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), `${source.slice(0, -3)}.ts`);
      return existsSync(candidate) ? candidate : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const { outputText, diagnostics = [] } = ts.transpileModule(code, { compilerOptions, fileName: id, reportDiagnostics: true });
      for (const diagnostic of diagnostics) this.warn(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      return { code: outputText, map: null };
    },
  };
}
