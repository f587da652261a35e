import { TeamkitProvider } from './teamkit-provider/teamkit-provider.component.js';

/** Every element class by its default tag. `defineAll` and `define.ts` register from this one list. */
export const elements: Record<string, CustomElementConstructor> = {
  'teamkit-provider': TeamkitProvider,
};
