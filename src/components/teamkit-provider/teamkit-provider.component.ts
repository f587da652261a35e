import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
// Types only: the SDK's code loads on demand, and only for a provider that builds its own client (`base-url`).
import type { Client, ClientOptions } from '../../sdk/index.js';
// Types only: `tk-profile-saved` in the event map.
import type {} from '../profile-form/profile-form.events.js';
import { clientContext, formatContext, workspaceContext, type FormatSettings } from '../shared/context.js';
import { TeamkitErrorEvent, WorkspaceChangeEvent } from '../shared/events.js';
import { SOURCE_LOCALE, setTeamkitLocale, supportedLocale } from '../shared/localization.js';

type ClientModule = typeof import('../../sdk/client.js');

/** The SDK's client code once loaded: later providers (or a new `base-url`) build their client at once. */
let clientModule: ClientModule | undefined;

/** A provider's own client: cookies are sent, bearer tokens come from `getToken` when given. */
const buildClient = (sdk: ClientModule, baseUrl: string, getToken: ClientOptions['getToken']): Client =>
  sdk.createClient({ baseUrl, credentials: 'include', getToken });

const storageKey = (scope: string) => `teamkit:workspace:${scope}`;

function readStorage(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage blocked (privacy mode, sandboxed iframe)
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Remembering the workspace is a convenience; without storage it lasts for the page.
  }
}

/**
 * Supplies the API client, the current workspace and the locale to every teamkit element inside it.
 * Give it a ready `client`, or a `base-url` (cookie auth, or bearer tokens through `getToken`).
 *
 * With `base-url` and no `client`, the provider builds the client itself, and loads the SDK's `createClient`
 * (the SDK with every resource) as a chunk of its own when it first needs it: a host that passes its own
 * `client` never downloads a second copy of the SDK. Until the chunk has loaded, the elements inside show
 * their loading state, as they do whenever there is no client yet.
 * The current workspace is remembered per base URL; elements that switch it fire `tk-workspace-change`.
 * Without a `locale` attribute, the elements speak the signed-in account's saved language: the provider reads the
 * account through its client (until it has, or when the account has none, the page's or the browser's language
 * applies) and follows a language saved later (`tk-profile-saved` from `<profile-form>`). A `locale` attribute
 * always wins.
 * It sets its own `lang` to the language the elements' text is in, so screen readers read them in that voice.
 *
 * @summary Context provider for teamkit elements.
 * @slot - The teamkit elements (and any other content) to provide for.
 * @fires {WorkspaceChangeEvent} tk-workspace-change - The current workspace changed. `event.workspaceId` is the new one.
 * @fires {TeamkitErrorEvent} tk-error - With `base-url`: the SDK's code could not be loaded (e.g. offline), so there is
 *   no client; `event.action` is `load`. Setting `base-url` or `client` again tries again.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" locale="es" workspace-id="ws_acme">
 *   <team-table></team-table>
 * </teamkit-provider>
 * ```
 */
export class TeamkitProvider extends LitElement {
  static override styles = css`:host { display: contents; }`;

  /** A ready client. Takes precedence over `base-url`; with it, the SDK's client code is never loaded. */
  @property({ attribute: false }) accessor client: Client | undefined = undefined;

  /** Builds a client for this API base URL when no `client` is given (loading the SDK's code on first use). */
  @property({ attribute: 'base-url' }) accessor baseUrl: string | undefined = undefined;

  /** Bearer-token callback for the built client (see the SDK's `ClientOptions.getToken`). */
  @property({ attribute: false }) accessor getToken: ClientOptions['getToken'] = undefined;

  /** The current workspace. Defaults to the one remembered for this base URL. */
  @property({ attribute: 'workspace-id', reflect: true }) accessor workspaceId: string | undefined = undefined;

  /**
   * BCP 47 language for text and formatting, e.g. `es` or `en-GB`. Defaults to the signed-in account's saved
   * language, else the page's `lang` or the browser's.
   */
  @property() accessor locale: string | undefined = undefined;

  /** IANA time zone for dates, e.g. `Europe/Madrid`. Defaults to the browser's. */
  @property({ attribute: 'time-zone' }) accessor timeZone: string | undefined = undefined;

  @provide({ context: clientContext })
  @state() accessor providedClient: Client | undefined = undefined;

  @provide({ context: workspaceContext })
  @state() accessor providedWorkspaceId: string | undefined = undefined;

  @provide({ context: formatContext })
  @state() accessor providedFormat: FormatSettings | undefined = undefined;

  /** Counts client changes, so a client built for an older `base-url` or `getToken` is not provided late. */
  #clientVersion = 0;

  /** The client whose account's language was asked for, the answer (none while unknown or unset), and the read. */
  #accountClient: Client | undefined;
  #accountLocale: string | undefined;
  #accountRead: AbortController | undefined;

  constructor() {
    super();
    this.addEventListener('tk-workspace-change', (event) => {
      if (event.target !== this) this.workspaceId = event.workspaceId;
    });
    this.addEventListener('tk-profile-saved', (event) => {
      this.#accountLocale = event.user.locale ?? undefined;
      this.requestUpdate();
    });
  }

  /** Makes `workspaceId` current for every element inside, remembers it, and fires `tk-workspace-change`. */
  switchWorkspace(workspaceId: string): void {
    if (workspaceId === this.workspaceId) return;
    this.workspaceId = workspaceId;
    this.dispatchEvent(new WorkspaceChangeEvent(workspaceId));
  }

  get #scope(): string {
    return this.client?.baseUrl ?? this.baseUrl ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('getToken')) {
      this.#clientVersion += 1;
      const { client, baseUrl, getToken } = this;
      this.providedClient = client ?? (baseUrl && clientModule ? buildClient(clientModule, baseUrl, getToken) : undefined);
      if (!client && baseUrl && !clientModule) void this.#loadClient(baseUrl, getToken, this.#clientVersion);
    }
    if (changed.has('workspaceId') || changed.has('client') || changed.has('baseUrl')) {
      if (this.workspaceId) writeStorage(storageKey(this.#scope), this.workspaceId);
      this.providedWorkspaceId = this.workspaceId ?? readStorage(storageKey(this.#scope));
    }
    // The account's language is only worth a request while no `locale` attribute overrides it.
    if (!this.locale && this.providedClient !== this.#accountClient) void this.#readAccountLocale(this.providedClient);
    const locale = this.locale || this.#accountLocale || document.documentElement.lang || navigator.language || 'en';
    if (changed.has('timeZone') || locale !== this.providedFormat?.locale) {
      this.providedFormat = { locale, timeZone: this.timeZone || undefined };
      void this.#switchLanguage(locale);
    }
  }

  /**
   * Reads the signed-in account's saved language through `client` and follows it. A failure leaves the page's
   * or browser's language in place: the elements inside report their own failed loads.
   */
  async #readAccountLocale(client: Client | undefined): Promise<void> {
    this.#accountRead?.abort();
    this.#accountClient = client;
    this.#accountLocale = undefined;
    if (!client) return;
    const read = new AbortController();
    this.#accountRead = read;
    try {
      const user = await client.account.get({ signal: read.signal });
      if (read.signal.aborted) return;
      this.#accountLocale = user.locale ?? undefined;
      this.requestUpdate();
    } catch {
      // Nothing to show: the language stays the page's or the browser's (see above).
    }
  }

  /** Loads the SDK's client code (a chunk of its own) and provides a client built with it, unless settings changed meanwhile. */
  async #loadClient(baseUrl: string, getToken: ClientOptions['getToken'], version: number): Promise<void> {
    try {
      clientModule ??= await import('../../sdk/client.js');
      if (version === this.#clientVersion) this.providedClient = buildClient(clientModule, baseUrl, getToken);
    } catch (error) {
      if (version === this.#clientVersion) this.dispatchEvent(new TeamkitErrorEvent(error, 'load'));
    }
  }

  /**
   * Switches the elements' text to `locale`, then marks this subtree with the language the text is now in:
   * `es-MX` stays `es-MX`; a language teamkit has no text for (`fr`) reads as the English it falls back to.
   */
  async #switchLanguage(locale: string): Promise<void> {
    await setTeamkitLocale(locale);
    if (this.providedFormat?.locale !== locale) return; // a newer locale was asked for meanwhile
    const language = supportedLocale(locale);
    this.lang = locale.toLowerCase().split('-')[0] === language ? locale : SOURCE_LOCALE;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
