import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SectionContext } from '../shared/sections/sections-context.js';
import { SectionsController, type HostSection, type Section } from '../shared/sections/sections-controller.js';
import { renderNav } from '../shared/sections/sections-view.js';
import { navStyles } from '../shared/sections/sections.styles.js';
import { base, buttons, feedback, tokens } from '../shared/styles.js';
import { TeamkitBase } from '../shared/teamkit-element.js';
import { styles } from './workspace-settings.styles.js';

/** One built-in section: its id, its name in the nav, what loads its elements and what shows them. */
const single = (id: string, label: () => string, load: () => Promise<unknown>, render: () => TemplateResult): Section => ({ id, label, load, render });

/**
 * Everything about a workspace on one page, with a section nav: General (`<workspace-form>`), Members
 * (`<team-table>` with `<invite-dialog>`), Invitations (`<invitation-list>`), Roles (`<role-editor>`), Groups
 * (`<group-manager>`), Domains (`<domain-list>`), Danger zone (`<danger-zone>`), Developer (`<api-key-manager>`,
 * `<webhook-manager>`, `<developer-ids>`), Audit log (`<audit-log>`) and Billing (`<billing-summary>`), plus any
 * sections the host adds (phone numbers, voices, a concurrency allocation).
 *
 * Each section's elements load the first time it opens (a loading state meanwhile; if their code cannot be
 * fetched, an error with Try again), and stay on the page once opened, so nothing typed is lost when switching.
 * The open section is the `section` attribute (`general`, `members`, `invitations`, `roles`, `groups`, `domains`,
 * `danger-zone`, `developer`, `audit-log`, `billing`, or a host section's id), and the URL hash follows it both
 * ways: `#members` opens Members, choosing a section adds a history entry, Back returns to the previous one. An
 * unknown id opens the first section. Sections the reader's role may not use stay in the nav: the element inside
 * says why (a member opening Audit log sees the denied state).
 *
 * The nav is a list of links (`#id`, so a section opens in a new tab too), the open one marked with
 * `aria-current`; it stands beside the content when the element is wider than 44rem, above it otherwise.
 *
 * A host adds its own sections, shown after the built-in ones and deep-linkable alike, in either of two ways:
 * a child with `data-section` (its id) and `data-label` (its name in the nav), or
 * `addSection({ id, label, content, load })`.
 *
 * The elements inside take their client and workspace from this element (its `client` and `workspace-id`, else
 * its `<teamkit-provider>`'s), their language from the provider, and their events bubble out of it unchanged.
 *
 * @summary Every workspace setting on one page, with a section nav.
 *
 * @fires {SectionChangeEvent} tk-section-change - The reader opened another section (also through Back or Forward). `event.section`.
 * @fires {TeamkitErrorEvent} tk-error - A section's code could not be loaded: `event.action` is `load`. The elements inside report their own.
 *
 * @slot - Host sections: children with `data-section="id"` and `data-label="Name"`; each shows while it is open.
 *
 * @csspart base - The wrapper of the nav and the sections.
 * @csspart nav - The section nav.
 * @csspart nav-list - The list of its links.
 * @csspart nav-link - A section's link; the open one also `nav-link-current`.
 * @csspart panels - The sections opened so far.
 * @csspart panel - A section.
 * @csspart state - A section's loading and error panels (also `loading`, `error`).
 * @csspart retry - Try again, when a section's code could not be loaded.
 *
 * @cssprop [--tk-workspace-settings-gap=var(--tk-space-6)] - Space between the nav and the section, and between the elements of a section.
 * @cssprop [--tk-workspace-settings-nav-width=13rem] - Width of the nav beside the section.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <workspace-settings section="members">
 *     <form data-section="concurrency" data-label="Concurrency">…</form>
 *   </workspace-settings>
 * </teamkit-provider>
 * ```
 */
export class WorkspaceSettings extends TeamkitBase {
  static override styles = [tokens, base, buttons, feedback, navStyles, styles];

  // Host sections are children shown through slots assigned by hand: each in its own section only.
  static override shadowRootOptions: ShadowRootInit = { ...TeamkitBase.shadowRootOptions, slotAssignment: 'manual' };

  /** The open section's id (`general`, `members`, … `billing`, or a host section's). Unknown ids open the first. */
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
   * Adds a section of the host's own after the built-in ones: `content` (a node of the host's) becomes a child of
   * this element and shows while the section is open; `load`, if given, runs the first time it opens. Returns what
   * removes it.
   */
  addSection(section: HostSection): () => void {
    return this.#sections.add(section);
  }

  #builtIn(): Section[] {
    return [
      single('general', () => msg('General', { id: 'tk.workspace-settings.general' }),
        () => import('../workspace-form/workspace-form.js'), () => html`<workspace-form></workspace-form>`),
      single('members', () => msg('Members', { id: 'tk.workspace-settings.members' }),
        () => Promise.all([import('../team-table/team-table.js'), import('../invite-dialog/invite-dialog.js')]),
        () => html`<team-table><invite-dialog slot="toolbar">
          <button slot="trigger" type="button" class="primary">${msg('Invite people', { id: 'tk.workspace-settings.invite' })}</button>
        </invite-dialog></team-table>`),
      single('invitations', () => msg('Invitations', { id: 'tk.workspace-settings.invitations' }),
        () => import('../invitation-list/invitation-list.js'), () => html`<invitation-list></invitation-list>`),
      single('roles', () => msg('Roles', { id: 'tk.workspace-settings.roles' }),
        () => import('../role-editor/role-editor.js'), () => html`<role-editor></role-editor>`),
      single('groups', () => msg('Groups', { id: 'tk.workspace-settings.groups' }),
        () => import('../group-manager/group-manager.js'), () => html`<group-manager></group-manager>`),
      single('domains', () => msg('Domains', { id: 'tk.workspace-settings.domains' }),
        () => import('../domain-list/domain-list.js'), () => html`<domain-list></domain-list>`),
      single('danger-zone', () => msg('Danger zone', { id: 'tk.workspace-settings.danger_zone' }),
        () => import('../danger-zone/danger-zone.js'), () => html`<danger-zone></danger-zone>`),
      single('developer', () => msg('Developer', { id: 'tk.workspace-settings.developer' }),
        () => Promise.all([
          import('../api-key-manager/api-key-manager.js'),
          import('../webhook-manager/webhook-manager.js'),
          import('../developer-ids/developer-ids.js'),
        ]),
        () => html`<div class="stack"><api-key-manager></api-key-manager><webhook-manager></webhook-manager><developer-ids></developer-ids></div>`),
      single('audit-log', () => msg('Audit log', { id: 'tk.workspace-settings.audit_log' }),
        () => import('../audit-log/audit-log.js'), () => html`<audit-log></audit-log>`),
      single('billing', () => msg('Billing', { id: 'tk.workspace-settings.billing' }),
        () => import('../billing-summary/billing-summary.js'), () => html`<billing-summary></billing-summary>`),
    ];
  }

  protected override render(): TemplateResult {
    return html`<div part="base">${renderNav(this.#sections, msg('Workspace settings', { id: 'tk.workspace-settings.label' }))}</div>`;
  }
}
