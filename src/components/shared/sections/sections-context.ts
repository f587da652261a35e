import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Client } from '../../../sdk/index.js';
import { clientContext, workspaceContext } from '../context.js';

/**
 * Hands a settings page's client and workspace to the elements of its sections: its own `client` and `workspace-id`
 * when the host set them on it, else what its `<teamkit-provider>` gives it. Without this, a page given a workspace
 * of its own would show the provider's in every section.
 */
export class SectionContext implements ReactiveController {
  readonly #client: ContextProvider<typeof clientContext>;
  readonly #workspace: ContextProvider<typeof workspaceContext>;
  readonly #read: () => { client: Client | undefined; workspaceId: string | undefined };

  constructor(host: ReactiveControllerHost & HTMLElement, read: () => { client: Client | undefined; workspaceId: string | undefined }) {
    this.#client = new ContextProvider(host, { context: clientContext });
    this.#workspace = new ContextProvider(host, { context: workspaceContext });
    this.#read = read;
    host.addController(this);
  }

  hostUpdate(): void {
    const { client, workspaceId } = this.#read();
    this.#client.setValue(client);
    this.#workspace.setValue(workspaceId);
  }
}
