import { msg } from '@lit/localize';

/**
 * The reader's words for the actions and kinds of target the reference backend records in a workspace's log.
 * The log may hold others (a newer server, the host's own): those show as they are recorded.
 */
export function actionLabel(action: string): string {
  switch (action) {
    case 'member.added': return msg('Member added', { id: 'tk.audit-log.action.member.added' });
    case 'member.joined': return msg('Member joined', { id: 'tk.audit-log.action.member.joined' });
    case 'member.left': return msg('Member left', { id: 'tk.audit-log.action.member.left' });
    case 'member.removed': return msg('Member removed', { id: 'tk.audit-log.action.member.removed' });
    case 'member.role_changed': return msg('Role changed', { id: 'tk.audit-log.action.member.role_changed' });
    case 'member.groups_changed': return msg('Groups changed', { id: 'tk.audit-log.action.member.groups_changed' });
    case 'invitation.sent': return msg('Invitation sent', { id: 'tk.audit-log.action.invitation.sent' });
    case 'invitation.resent': return msg('Invitation resent', { id: 'tk.audit-log.action.invitation.resent' });
    case 'invitation.revoked': return msg('Invitation revoked', { id: 'tk.audit-log.action.invitation.revoked' });
    case 'invitation.accepted': return msg('Invitation accepted', { id: 'tk.audit-log.action.invitation.accepted' });
    case 'role.created': return msg('Role created', { id: 'tk.audit-log.action.role.created' });
    case 'role.updated': return msg('Role edited', { id: 'tk.audit-log.action.role.updated' });
    case 'role.deleted': return msg('Role deleted', { id: 'tk.audit-log.action.role.deleted' });
    case 'group.created': return msg('Group created', { id: 'tk.audit-log.action.group.created' });
    case 'group.renamed': return msg('Group renamed', { id: 'tk.audit-log.action.group.renamed' });
    case 'group.deleted': return msg('Group deleted', { id: 'tk.audit-log.action.group.deleted' });
    case 'domain.added': return msg('Domain added', { id: 'tk.audit-log.action.domain.added' });
    case 'domain.updated': return msg('Domain settings changed', { id: 'tk.audit-log.action.domain.updated' });
    case 'domain.verified': return msg('Domain verified', { id: 'tk.audit-log.action.domain.verified' });
    case 'domain.verification_failed': return msg('Domain verification failed', { id: 'tk.audit-log.action.domain.verification_failed' });
    case 'domain.removed': return msg('Domain removed', { id: 'tk.audit-log.action.domain.removed' });
    case 'workspace.created': return msg('Workspace created', { id: 'tk.audit-log.action.workspace.created' });
    case 'workspace.updated': return msg('Workspace settings changed', { id: 'tk.audit-log.action.workspace.updated' });
    case 'workspace.logo_changed': return msg('Logo changed', { id: 'tk.audit-log.action.workspace.logo_changed' });
    case 'workspace.notification_rules_updated': return msg('Notification rules changed', { id: 'tk.audit-log.action.workspace.notification_rules_updated' });
    case 'workspace.ownership_transferred': return msg('Ownership transferred', { id: 'tk.audit-log.action.workspace.ownership_transferred' });
    case 'workspace.deleted': return msg('Workspace deleted', { id: 'tk.audit-log.action.workspace.deleted' });
    case 'api_key.created': return msg('API key created', { id: 'tk.audit-log.action.api_key.created' });
    case 'api_key.revoked': return msg('API key revoked', { id: 'tk.audit-log.action.api_key.revoked' });
    case 'webhook.created': return msg('Webhook added', { id: 'tk.audit-log.action.webhook.created' });
    case 'webhook.updated': return msg('Webhook changed', { id: 'tk.audit-log.action.webhook.updated' });
    case 'webhook.deleted': return msg('Webhook deleted', { id: 'tk.audit-log.action.webhook.deleted' });
    case 'webhook.secret_rotated': return msg('Signing secret rotated', { id: 'tk.audit-log.action.webhook.secret_rotated' });
    case 'webhook.test_sent': return msg('Test event sent', { id: 'tk.audit-log.action.webhook.test_sent' });
    case 'webhook.redelivered': return msg('Delivery resent', { id: 'tk.audit-log.action.webhook.redelivered' });
    case 'audit_log.exported': return msg('Audit log exported', { id: 'tk.audit-log.action.audit_log.exported' });
    default: return action;
  }
}

/** What a kind of target (an action's resource, the part before its dot) is called, in the plural: a filter's choices. */
export function resourceLabel(resource: string): string {
  switch (resource) {
    case 'member': return msg('Members', { id: 'tk.audit-log.resource.member' });
    case 'invitation': return msg('Invitations', { id: 'tk.audit-log.resource.invitation' });
    case 'role': return msg('Roles', { id: 'tk.audit-log.resource.role' });
    case 'group': return msg('Groups', { id: 'tk.audit-log.resource.group' });
    case 'domain': return msg('Domains', { id: 'tk.audit-log.resource.domain' });
    case 'workspace': return msg('Workspace', { id: 'tk.audit-log.resource.workspace' });
    case 'api_key': return msg('API keys', { id: 'tk.audit-log.resource.api_key' });
    case 'webhook': return msg('Webhooks', { id: 'tk.audit-log.resource.webhook' });
    case 'audit_log': return msg('Audit log', { id: 'tk.audit-log.resource.audit_log' });
    case 'user': return msg('People', { id: 'tk.audit-log.resource.user' });
    default: return resource;
  }
}

/** An action's resource: `member` of `member.role_changed`. */
export const resourceOf = (action: string) => action.split('.', 1)[0] ?? action;
