// Which source modules have side effects when imported: only the files that register elements
// (`src/components/define.ts` and each `src/components/<tag>/<tag>.ts`). Everything else in src/ is
// declarations: zod schemas, classes, css`` — top-level calls that rollup would otherwise keep "just in case",
// which would put every schema into every element's bundle. Dependencies keep their own `sideEffects`.
const registers = /\/src\/components\/(?:define|([^/]+)\/\1)\.ts$/;

/** @param {string} id */
export const moduleSideEffects = (id) => !id.includes('/src/') || id.includes('/node_modules/') || registers.test(id);
