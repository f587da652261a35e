// `npm run analyze`: custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop, @slot), with
// the tags and event types teamkit's own conventions carry (scripts/manifest/teamkit-plugin.mjs).
// Shared modules are analysed too so inherited members (the base element, mixins) resolve.
import { teamkitPlugin } from './scripts/manifest/teamkit-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [teamkitPlugin()],
};
