// The state panels are part of the feedback vocabulary (`feedback/states.ts`); elements written before it
// import them from here.
export * from './feedback/states.js';
