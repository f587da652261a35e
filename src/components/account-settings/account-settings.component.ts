import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SectionContext } from '../shared/sections/sections-context.js';
import { SectionsController, type HostSection, type Section } from '../shared/sections/sections-controller.js';
import { renderTabs } from '../shared/sections/sections-view.js';
import { tabStyles } from '../shared/sections/sections.styles.js';
import { base, buttons, feedback, tokens } from '../shared/styles.js';
import { TeamkitBase } from '../shared/teamkit-element.js';
import { styles } from './account-settings.styles.js';

/**
 * Everything people manage about themselves, as one tabbed page: Profile (`<profile-form>`), Security
 * (`<password-form>`, `<email-change-form>`, `<phone-change-form>`, `<session-list>`), Notifications
 * (`<notification-preferences>`) and Privacy (`<privacy-settings>`), plus any tabs the host adds.
 *
 * Each tab's elements load the first time it opens (a loading state meanwhile; if their code cannot be fetched,
 * an error with Try again), and stay on the page once opened, so nothing typed is lost when switching tabs. The
 * open tab is the `section` attribute (`profile`, `security`, `notifications`, `privacy`, or a host tab's id),
 * and the URL hash follows it both ways: `#security` opens Security, choosing a tab adds a history entry, and
 * Back returns to the previous tab. An unknown id opens the first tab.
 *
 * The tabs follow the ARIA tabs pattern: one tab stop, the arrow keys, Home and End move between tabs, and Enter
 * or Space opens one (manual activation: a tab loads its code when opened, so arrowing past it loads nothing).
 * On a narrow screen the tab list scrolls sideways.
 *
 * A host adds its own tabs, shown after the built-in ones and deep-linkable alike, in either of two ways:
 * a child with `data-section` (its id) and `data-label` (its tab's name), or `addSection({ id, label, content })`.
 *
 * The elements inside take their client and workspace from this element (its `client` and `workspace-id`, else
 * its `<teamkit-provider>`'s), their language from the provider, and their events (`tk-password-changed`,
 * `tk-error`…) bubble out of it unchanged.
 *
 * @summary Every account setting on one tabbed page.
 *
 * @fires {SectionChangeEvent} tk-section-change - The reader opened another tab (also through Back or Forward). `event.section`.
 * @fires {TeamkitErrorEvent} tk-error - A tab's code could not be loaded: `event.action` is `load`. The elements inside report their own.
 *
 * @slot - Host tabs: children with `data-section="id"` and `data-label="Name"`; each shows while its tab is open.
 *
 * @csspart base - The wrapper of everything.
 * @csspart tabs - The tab list.
 * @csspart tab - A tab; the open one also `tab-selected`.
 * @csspart panel - A tab's panel.
 * @csspart state - A tab's loading and error panels (also `loading`, `error`).
 * @csspart retry - Try again, when a tab's code could not be loaded.
 *
 * @cssprop [--tk-account-settings-gap=var(--tk-space-4)] - Space between the tab list and the panel, and between the forms of a tab.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <account-settings section="security">
 *     <form data-section="api-tokens" data-label="API tokens">…</form>
 *   </account-settings>
 * </teamkit-provider>
 * ```
 */
export class AccountSettings extends TeamkitBase {
  static override styles = [tokens, base, buttons, feedback, tabStyles, styles];

  // Host tabs are children shown through slots assigned by hand: only the open one's, in its own panel.
  static override shadowRootOptions: ShadowRootInit = { ...TeamkitBase.shadowRootOptions, slotAssignment: 'manual' };

  /** The open tab's id: `profile`, `security`, `notifications`, `privacy`, or a host tab's. Unknown ids open the first. */
  @property() accessor section = '';

  /** Leaves the URL hash alone: set it when the host routes itself, or shows two settings pages at once. Read when connected. */
  @property({ attribute: 'no-hash', type: Boolean }) accessor noHash = false;

  readonly #sections = new SectionsController(this, () => this.#builtIn());

  constructor() {
    super();
    // The elements inside use this element's client and workspace: its own if set, else its provider's.
    new SectionContext(this, () => ({ client: this.api, workspaceId: this.currentWorkspaceId }));
  }

  /**
   * Adds a tab of the host's own after the built-in ones: `content` (a node of the host's) becomes a child of this
   * element and shows while the tab is open; `load`, if given, runs the first time it opens. Returns what removes it.
   */
  addSection(section: HostSection): () => void {
    return this.#sections.add(section);
  }

  #builtIn(): Section[] {
    return [
      {
        id: 'profile',
        label: () => msg('Profile', { id: 'tk.account-settings.profile' }),
        load: () => import('../profile-form/profile-form.js'),
        render: () => html`<profile-form></profile-form>`,
      },
      {
        id: 'security',
        label: () => msg('Security', { id: 'tk.account-settings.security' }),
        load: () => Promise.all([
          import('../password-form/password-form.js'),
          import('../email-change-form/email-change-form.js'),
          import('../phone-change-form/phone-change-form.js'),
          import('../session-list/session-list.js'),
        ]),
        render: () => html`<div class="stack">
          <password-form></password-form>
          <email-change-form></email-change-form>
          <phone-change-form></phone-change-form>
          <session-list></session-list>
        </div>`,
      },
      {
        id: 'notifications',
        label: () => msg('Notifications', { id: 'tk.account-settings.notifications' }),
        load: () => import('../notification-preferences/notification-preferences.js'),
        render: () => html`<notification-preferences></notification-preferences>`,
      },
      {
        id: 'privacy',
        label: () => msg('Privacy', { id: 'tk.account-settings.privacy' }),
        load: () => import('../privacy-settings/privacy-settings.js'),
        render: () => html`<privacy-settings></privacy-settings>`,
      },
    ];
  }

  protected override render(): TemplateResult {
    return html`<div part="base">${renderTabs(this.#sections, msg('Account settings', { id: 'tk.account-settings.label' }))}</div>`;
  }
}
