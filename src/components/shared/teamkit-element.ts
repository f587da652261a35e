import { consume } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
// `development` builds warn about a missing client; production resolves to an empty function (package.json `imports`).
import { checkClient } from '#client-check';
import type { Client } from '../../sdk/index.js';
import { clientContext, formatContext, workspaceContext, type FormatSettings } from './context.js';
import { TeamkitErrorEvent, type ErrorAction, type TeamkitEvent } from './events.js';
import { boundFormat, type BoundFormat } from './format.js';
import { teamkitLocale } from './localization.js';
import { controls, tokens } from './styles.js';

/**
 * What every teamkit element shares, and nothing more: where its client, workspace and formatting settings come
 * from (an explicit property wins over the provider's context), re-rendering on a language switch, events, and
 * formatting in the reader's locale. Behaviour lives in controllers (`controllers/`: list, action, dialog;
 * `FormController`, `PermissionController`, `ConfirmController`).
 *
 * It has no styles: an element that picks the shared sheets it uses (`styles.ts`: `tokens`, `base`, `buttons`…)
 * extends this, so that a bundler leaves the others out. `TeamkitElement` has them all.
 */
export class TeamkitBase extends LitElement {
  /** The API client. Set it to use one without a `<teamkit-provider>`; otherwise the provider's is used. */
  @property({ attribute: false }) accessor client: Client | undefined = undefined;

  /** The workspace to show. Defaults to the provider's current workspace. */
  @property({ attribute: 'workspace-id' }) accessor workspaceId: string | undefined = undefined;

  @consume({ context: clientContext, subscribe: true })
  @state() accessor contextClient: Client | undefined = undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @state() accessor contextWorkspaceId: string | undefined = undefined;

  @consume({ context: formatContext, subscribe: true })
  @state() accessor contextFormat: FormatSettings | undefined = undefined;

  /**
   * Dates, numbers, money, lists and sizes in the reader's locale and time zone: `this.format.date(iso)`.
   * Public so that shared controllers format as their host does.
   * @internal
   */
  readonly format: BoundFormat = boundFormat(() => this.formatSettings);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    checkClient(this, () => this.api);
  }

  /** The client in effect, or undefined while none is available. */
  protected get api(): Client | undefined {
    return this.client ?? this.contextClient;
  }

  /** The workspace in effect. */
  protected get currentWorkspaceId(): string | undefined {
    return this.workspaceId || this.contextWorkspaceId;
  }

  /** Locale and time zone for `Intl`: the provider's, else the active teamkit language. */
  protected get formatSettings(): FormatSettings {
    return this.contextFormat ?? { locale: teamkitLocale(), timeZone: undefined };
  }

  /**
   * Dispatches one of this element's events. For a cancelable `tk-before-*` event, false means a listener
   * cancelled it: `if (!this.emit(new BeforeXEvent(…))) return;`.
   */
  protected emit(event: TeamkitEvent): boolean {
    return this.dispatchEvent(event);
  }

  /** Reports a failure to the host page as `tk-error`. */
  protected reportError(error: unknown, action: ErrorAction): void {
    // Built first: the manifest analyser reads `dispatchEvent(new X(arg))` as an event named after `arg`.
    const event = new TeamkitErrorEvent(error, action);
    this.dispatchEvent(event);
  }
}

/** A teamkit element with every shared sheet (`tokens` and `controls`), which is what most elements extend. */
export class TeamkitElement extends TeamkitBase {
  static override styles = [tokens, controls];
}
