// `teamkit`: the SDK and every element class, plus `defineAll`. Importing this registers nothing:
// call `defineAll({ prefix })`, or import `teamkit/define.js` / `teamkit/components/<tag>.js`.
export * from './sdk/index.js';
export * from './components/index.js';
