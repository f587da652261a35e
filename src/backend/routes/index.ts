import type { HandlerTable } from '../context.js';
import { accountHandlers } from './account.js';
import { apiKeyHandlers } from './api-keys.js';
import { auditHandlers } from './audit.js';
import { autoJoinHandlers } from './auto-join.js';
import { domainHandlers } from './domains.js';
import { billingHandlers } from './billing.js';
import { exportHandlers } from './exports.js';
import { groupHandlers } from './groups.js';
import { invitationAcceptHandlers } from './invitation-accept.js';
import { invitationHandlers } from './invitations.js';
import { memberHandlers } from './members.js';
import { notificationRuleHandlers } from './notification-rules.js';
import { roleHandlers } from './roles.js';
import { sessionHandlers } from './sessions.js';
import { signInHandlers } from './sign-ins.js';
import { verificationHandlers } from './verification.js';
import { webhookHandlers } from './webhooks.js';
import { workspaceHandlers } from './workspaces.js';

/** Every endpoint's handler by `operationId`; `createBackend` checks this against the contract. */
export const handlers: HandlerTable = {
  ...accountHandlers,
  ...verificationHandlers,
  ...exportHandlers,
  ...sessionHandlers,
  ...signInHandlers,
  ...notificationRuleHandlers,
  ...workspaceHandlers,
  ...memberHandlers,
  ...invitationHandlers,
  ...invitationAcceptHandlers,
  ...roleHandlers,
  ...groupHandlers,
  ...domainHandlers,
  ...autoJoinHandlers,
  ...auditHandlers,
  ...apiKeyHandlers,
  ...webhookHandlers,
  ...billingHandlers,
};
