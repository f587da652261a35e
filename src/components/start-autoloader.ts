/**
 * Registers teamkit elements when their tags first appear, in the document or in the open shadow roots of
 * teamkit elements, loading only the code (and the strings in the page's language) of the elements a page
 * uses. Web Awesome's and Shoelace's autoloaders work the same way; this one also honours a prefix.
 */
const loaders: Record<string, () => Promise<CustomElementConstructor>> = {
  'teamkit-provider': () => import('./teamkit-provider/teamkit-provider.component.js').then((module) => module.TeamkitProvider),
  'team-table': () => import('./team-table/team-table.component.js').then((module) => module.TeamTable),
  'invite-dialog': () => import('./invite-dialog/invite-dialog.component.js').then((module) => module.InviteDialog),
  'profile-form': () => import('./profile-form/profile-form.component.js').then((module) => module.ProfileForm),
  'invitation-list': () => import('./invitation-list/invitation-list.component.js').then((module) => module.InvitationList),
  'accept-invite': () => import('./accept-invite/accept-invite.component.js').then((module) => module.AcceptInvite),
  'session-list': () => import('./session-list/session-list.component.js').then((module) => module.SessionListElement),
  'notification-preferences': () => import('./notification-preferences/notification-preferences.component.js').then((module) => module.NotificationPreferencesElement),
  'workspace-form': () => import('./workspace-form/workspace-form.component.js').then((module) => module.WorkspaceForm),
  'workspace-switcher': () => import('./workspace-switcher/workspace-switcher.component.js').then((module) => module.WorkspaceSwitcher),
  'workspace-list': () => import('./workspace-list/workspace-list.component.js').then((module) => module.WorkspaceList),
  'role-editor': () => import('./role-editor/role-editor.component.js').then((module) => module.RoleEditor),
  'password-form': () => import('./password-form/password-form.component.js').then((module) => module.PasswordForm),
  'group-manager': () => import('./group-manager/group-manager.component.js').then((module) => module.GroupManager),
  'email-change-form': () => import('./email-change-form/email-change-form.component.js').then((module) => module.EmailChangeForm),
  'phone-change-form': () => import('./phone-change-form/phone-change-form.component.js').then((module) => module.PhoneChangeForm),
  'api-key-manager': () => import('./api-key-manager/api-key-manager.component.js').then((module) => module.ApiKeyManager),
  'webhook-manager': () => import('./webhook-manager/webhook-manager.component.js').then((module) => module.WebhookManager),
  'developer-ids': () => import('./developer-ids/developer-ids.component.js').then((module) => module.DeveloperIds),
  'audit-log': () => import('./audit-log/audit-log.component.js').then((module) => module.AuditLog),
  'billing-summary': () => import('./billing-summary/billing-summary.component.js').then((module) => module.BillingSummaryElement),
  'privacy-settings': () => import('./privacy-settings/privacy-settings.component.js').then((module) => module.PrivacySettings),
  'domain-list': () => import('./domain-list/domain-list.component.js').then((module) => module.DomainListElement),
  'danger-zone': () => import('./danger-zone/danger-zone.component.js').then((module) => module.DangerZone),
  'account-settings': () => import('./account-settings/account-settings.component.js').then((module) => module.AccountSettings),
  'workspace-settings': () => import('./workspace-settings/workspace-settings.component.js').then((module) => module.WorkspaceSettings),
};

/** The default tags the autoloader knows. */
export const autoloadedTags = Object.keys(loaders);

export interface AutoloaderOptions {
  /** Registers `<prefix>-<tag>` (`acme-team-table`) instead of the default tags, as `defineAll({ prefix })` does. */
  prefix?: string;
}

export interface Autoloader {
  /** Stops watching for new tags; elements already registered stay registered. */
  stop(): void;
}

/**
 * Watches the page and registers each teamkit element the first time its tag is found. The provider is
 * registered before the elements found with it, so that they find its context when they connect.
 */
export function startAutoloader({ prefix }: AutoloaderOptions = {}): Autoloader {
  /** Tag on the page → default tag. */
  const defaultTags = new Map(autoloadedTags.map((tag) => [prefix ? `${prefix}-${tag}` : tag, tag]));
  const selector = [...defaultTags.keys()].join(',');
  const provider = prefix ? `${prefix}-teamkit-provider` : 'teamkit-provider';
  const registering = new Map<string, Promise<void>>();
  const watched = new WeakSet<ShadowRoot>();

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });

  function register(name: string): Promise<void> {
    const tag = defaultTags.get(name);
    const load = tag && loaders[tag];
    if (!tag || !load || customElements.get(name)) return Promise.resolve();
    let pending = registering.get(name);
    if (!pending) {
      // The registry (and with it lit-localize) loads with the first element, not with the autoloader.
      pending = Promise.all([load(), import('./shared/registry.js')]).then(([element, registry]) =>
        registry.defineElementTranslated(tag, element, { prefix }),
      );
      registering.set(name, pending);
      pending.catch((error: unknown) => {
        registering.delete(name); // found again later, it is tried again
        console.error(`teamkit: could not load <${name}>`, error);
      });
    }
    return pending;
  }

  /** Once its element is defined (so it has rendered into it), an open shadow root is watched too. */
  function watch(element: Element): void {
    void customElements.whenDefined(element.localName).then(() => {
      const root = element.shadowRoot;
      if (!root || watched.has(root)) return;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
      discover(root);
    });
  }

  function discover(root: Document | ShadowRoot | Element): void {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root);
    if (!found.length) return;
    const names = new Set(found.map((element) => element.localName));
    const first = names.delete(provider) ? register(provider) : Promise.resolve();
    void first.then(() => Promise.all([...names].map(register))).catch(() => undefined);
    for (const element of found) watch(element);
  }

  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document);
  return { stop: () => observer.disconnect() };
}
