import { Http, type ClientOptions } from './http.js';
import { AccountResource } from './resources/account.js';
import { ApiKeysResource } from './resources/api-keys.js';
import { AuditResource } from './resources/audit.js';
import { DomainsResource } from './resources/domains.js';
import { GroupsResource } from './resources/groups.js';
import { BillingResource } from './resources/billing.js';
import { InvitationsResource } from './resources/invitations.js';
import { MembersResource } from './resources/members.js';
import { NotificationRulesResource } from './resources/notification-rules.js';
import { PermissionsResource, RolesResource } from './resources/roles.js';
import { SessionsResource } from './resources/sessions.js';
import { WebhooksResource } from './resources/webhooks.js';
import { WorkspacesResource } from './resources/workspaces.js';

/** A teamkit API client: one per identity. Resources are namespaces: `client.members.list(workspaceId)`. */
export interface Client {
  readonly baseUrl: string;
  readonly account: AccountResource;
  readonly sessions: SessionsResource;
  readonly workspaces: WorkspacesResource;
  readonly members: MembersResource;
  readonly invitations: InvitationsResource;
  readonly roles: RolesResource;
  readonly groups: GroupsResource;
  readonly domains: DomainsResource;
  readonly permissions: PermissionsResource;
  readonly audit: AuditResource;
  readonly notificationRules: NotificationRulesResource;
  /** API keys of a workspace: create (the secret shown once), list, revoke. */
  readonly apiKeys: ApiKeysResource;
  /** Webhook endpoints, their signing secrets, test events and delivery logs. */
  readonly webhooks: WebhooksResource;
  /** Plan, seats, wallet, usage and invoices, read-only. */
  readonly billing: BillingResource;
}

/**
 * Creates a client for a teamkit-compatible API.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: '/api', getToken: () => session.token });
 * const { items } = await client.members.list('ws_acme', { query: 'ada', sort: 'name' });
 * ```
 */
export function createClient(options: ClientOptions): Client {
  const http = new Http(options);
  return {
    baseUrl: options.baseUrl,
    account: new AccountResource(http),
    sessions: new SessionsResource(http),
    workspaces: new WorkspacesResource(http),
    members: new MembersResource(http),
    invitations: new InvitationsResource(http),
    roles: new RolesResource(http),
    groups: new GroupsResource(http),
    domains: new DomainsResource(http),
    permissions: new PermissionsResource(http),
    audit: new AuditResource(http),
    notificationRules: new NotificationRulesResource(http),
    apiKeys: new ApiKeysResource(http),
    webhooks: new WebhooksResource(http),
    billing: new BillingResource(http),
  };
}
