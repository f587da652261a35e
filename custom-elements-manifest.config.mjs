// `npm run analyze`: custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop, @slot).
// Shared modules are analysed too so inherited members (the base element, mixins) resolve.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
