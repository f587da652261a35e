// `teamkit`: the SDK and (once they exist) the component classes. Importing this registers nothing.
export * from './sdk/index.js';
