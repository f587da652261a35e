import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, findRole, requirePermission, type WorkspaceAccess } from '../access.js';
import type { Context, HandlerTable } from '../context.js';
import { NOTIFICATION_TOPICS, defaultRule, type RuleBody } from '../notifications.js';
import { fieldProblem } from '../problems.js';
import type { NotificationRulesRecord } from '../store.js';

/** A workspace that never changed its rules is at version 1, like every other versioned resource. */
const versionOf = (record: NotificationRulesRecord | undefined) => record?.version ?? 1;

/**
 * One rule per topic, the workspace's own or the default. Roles and groups deleted since the rule was saved
 * drop out here, so nobody is told through a role or group that no longer exists.
 */
function rulesView(ctx: Context, workspaceId: string, record: NotificationRulesRecord | undefined): s.WorkspaceNotificationRules {
  const groups = new Set(ctx.store.groupsOf(workspaceId).map((group) => group.id));
  const rules = NOTIFICATION_TOPICS.map((topic) => {
    const { audience, channels } = record?.rules[topic.id] ?? defaultRule(topic.id);
    return {
      topic: topic.id,
      audience: {
        ...audience,
        roleIds: audience.roleIds.filter((roleId) => findRole(ctx.store, workspaceId, roleId)),
        groupIds: audience.groupIds.filter((groupId) => groups.has(groupId)),
      },
      channels: [...channels],
    };
  });
  return { topics: [...NOTIFICATION_TOPICS], rules, updatedAt: record?.updatedAt ?? null };
}

/**
 * The rules of the update, checked against the catalog and the workspace: known topics, each once, channels
 * the topic has, roles and groups of this workspace. Repeated channels, roles or groups count once.
 */
function checkedRules(ctx: Context, access: WorkspaceAccess, update: s.NotificationRulesUpdate): Record<string, RuleBody> {
  const workspaceId = access.workspace.id;
  const groups = new Set(ctx.store.groupsOf(workspaceId).map((group) => group.id));
  const rules: Record<string, RuleBody> = {};
  for (const [index, rule] of update.rules.entries()) {
    const field = `rules.${index}`;
    const topic = NOTIFICATION_TOPICS.find((candidate) => candidate.id === rule.topic);
    if (!topic) throw fieldProblem(`${field}.topic`, 'unknown_topic', `There is no topic ${rule.topic}.`);
    if (Object.hasOwn(rules, topic.id)) throw fieldProblem(`${field}.topic`, 'duplicate_topic', `${topic.label} has two rules; keep one.`);
    rule.channels.forEach((channel, at) => {
      if (!topic.channels.includes(channel)) throw fieldProblem(`${field}.channels.${at}`, 'unsupported_channel', `${topic.label} cannot be sent by ${channel}.`);
    });
    rule.audience.roleIds.forEach((roleId, at) => {
      if (!findRole(ctx.store, workspaceId, roleId)) throw fieldProblem(`${field}.audience.roleIds.${at}`, 'unknown_role', `There is no role ${roleId} in ${access.workspace.name}.`);
    });
    rule.audience.groupIds.forEach((groupId, at) => {
      if (!groups.has(groupId)) throw fieldProblem(`${field}.audience.groupIds.${at}`, 'unknown_group', `There is no group ${groupId} in ${access.workspace.name}.`);
    });
    rules[topic.id] = {
      audience: { ...rule.audience, roleIds: [...new Set(rule.audience.roleIds)], groupIds: [...new Set(rule.audience.groupIds)] },
      channels: [...new Set(rule.channels)],
    };
  }
  return rules;
}

/** `/workspaces/{id}/notification-rules`: who in the workspace is told about what. Members read; admins change. */
export const notificationRuleHandlers: HandlerTable = {
  getNotificationRules(ctx) {
    const { workspace } = accessWorkspace(ctx);
    const record = ctx.store.notificationRules.get(workspace.id);
    return { body: rulesView(ctx, workspace.id, record), version: versionOf(record) };
  },

  updateNotificationRules(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'workspace:manage');
    const { workspace } = access;
    const stored = ctx.store.notificationRules.get(workspace.id);
    ctx.checkIfMatch(versionOf(stored));
    const rules = checkedRules(ctx, access, ctx.body(s.NotificationRulesUpdate));
    const before = rulesView(ctx, workspace.id, stored).rules;
    const fields = { rules, updatedAt: ctx.now(), version: versionOf(stored) + 1 };
    const record = stored ? ctx.store.notificationRules.update(stored, fields) : ctx.store.notificationRules.insert({ id: workspace.id, ...fields });
    const after = rulesView(ctx, workspace.id, record);
    // Both views list the topics in catalog order; the audit entry keeps only the rules that changed.
    const changed = after.rules.flatMap((rule, index) => {
      const old = before[index];
      return JSON.stringify(rule) === JSON.stringify(old) ? [] : [{ topic: rule.topic, old, rule }];
    });
    ctx.record('workspace.notification_rules_updated', { type: 'workspace', id: workspace.id, label: workspace.name }, {
      workspaceId: workspace.id,
      before: Object.fromEntries(changed.map(({ topic, old }) => [topic, old])),
      after: Object.fromEntries(changed.map(({ topic, rule }) => [topic, rule])),
    });
    return { body: after, version: record.version };
  },
};
