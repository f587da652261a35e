import { createContext } from '@lit/context';
import type { Client } from '../../sdk/index.js';

/** The API client every element uses. Undefined until a provider (or the `.client` property) supplies one. */
export const clientContext = createContext<Client | undefined>(Symbol.for('teamkit/client'));

/** The current workspace's id, remembered by the provider. */
export const workspaceContext = createContext<string | undefined>(Symbol.for('teamkit/workspace'));

/** How to format for the reader: BCP 47 locale and IANA time zone. */
export interface FormatSettings {
  locale: string;
  timeZone: string | undefined;
}

export const formatContext = createContext<FormatSettings | undefined>(Symbol.for('teamkit/format'));
