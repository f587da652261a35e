import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type {
  Client, Group, NotificationAudience, NotificationChannel, NotificationRule, NotificationRulesUpdate, NotificationTopic, Role,
  WorkspaceNotificationRules,
} from '../../sdk/index.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { TeamkitErrorEvent } from '../shared/events.js';
import { roleLabel } from '../shared/labels.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderTask } from '../shared/feedback/states.js';
import { FormController } from '../shared/form-controller.js';
import { BeforeNotificationRulesUpdateEvent, NotificationRulesUpdatedEvent } from './notification-preferences.events.js';
import { CHANNELS, channelLabel } from './notification-preferences.text.js';

type RuleBody = Pick<NotificationRule, 'audience' | 'channels'>;
/** The form holds one value per topic, so that "Reload and merge" after a 412 keeps the reader's topics and takes the others'. */
type RuleValues = Record<string, RuleBody>;

interface RulesData {
  topics: readonly NotificationTopic[];
  /** The roles a rule may name besides the owner and admins, who have their own boxes. */
  roles: readonly Role[];
  groups: readonly Group[];
}

export interface RulesOptions {
  args: () => readonly [Client | undefined, string | undefined];
  /** Whether the reader may change the rules (`workspace:manage`); undefined while that is not known yet. */
  editable: () => boolean | undefined;
  /** Why they may not, in words. */
  deniedReason: () => string;
}

type Flag = 'owner' | 'admins' | 'everyone';

const sorted = (ids: readonly string[]) => [...new Set(ids)].sort();

/** A rule in one canonical order, so that a box ticked and unticked again leaves the form clean. */
const normalize = ({ audience, channels }: RuleBody): RuleBody => ({
  audience: { ...audience, roleIds: sorted(audience.roleIds), groupIds: sorted(audience.groupIds) },
  channels: CHANNELS.filter((channel) => channels.includes(channel)),
});

/**
 * The workspace-level notification rules: per topic, who in the workspace is told (owner, admins, everyone, roles,
 * groups) and on which channels. Readers who manage the workspace edit them as a versioned form (ETag, "Reload
 * and merge" after someone else's change); everyone else reads them, with the reason they cannot change them.
 */
export class NotificationRulesSection implements ReactiveController {
  readonly task: Task<readonly [Client | undefined, string | undefined], RulesData | undefined>;

  readonly form: FormController<typeof NotificationRulesUpdate, RuleValues, WorkspaceNotificationRules>;

  constructor(private readonly host: TeamkitHost, private readonly options: RulesOptions) {
    host.addController(this);
    // No schema: every value is a box ticked or not, and the SDK checks the request before sending it.
    this.form = new FormController<typeof NotificationRulesUpdate, RuleValues, WorkspaceNotificationRules>(host, () => undefined, {}, {
      toValues: (resource) => Object.fromEntries(resource.rules.map(({ topic, ...rule }) => [topic, normalize(rule)])),
      reload: ({ signal }) => {
        const [client, workspaceId] = options.args();
        if (!client || !workspaceId) return Promise.reject(new Error('No client or workspace to reload the rules from'));
        return client.notificationRules.get(workspaceId, { signal });
      },
      onError: (error, during) => host.dispatchEvent(new TeamkitErrorEvent(error, during === 'save' ? 'notification-rules-update' : 'reload')),
      messages: () => ({
        saved: msg('Notification rules saved', { id: 'tk.notification-preferences.rules_saved' }),
        save: msg('Save rules', { id: 'tk.notification-preferences.rules_save' }),
      }),
    });
    this.task = new Task(host, {
      args: options.args,
      task: async ([client, workspaceId], { signal }) => {
        if (!client || !workspaceId) return undefined;
        try {
          // Names are a courtesy: without them a role or group shows by its id, and the rules are still right.
          const [rules, roles, groups] = await Promise.all([
            client.notificationRules.get(workspaceId, { signal }),
            client.roles.list(workspaceId, { signal }).catch(() => []),
            client.groups.list(workspaceId, { limit: 200 }, { signal }).then((page) => page.items).catch(() => []),
          ]);
          this.form.load(rules);
          return { topics: rules.topics, roles: roles.filter((role) => role.id !== 'owner' && role.id !== 'admin'), groups };
        } catch (error) {
          if (!signal.aborted) host.dispatchEvent(new TeamkitErrorEvent(error, 'load'));
          throw error;
        }
      },
    });
  }

  hostConnected(): void {}

  render(): unknown {
    return renderTask(this.task, {
      complete: (data) => (data ? this.#renderRules(data) : nothing),
      loadingLabel: msg('Loading the workspace rules…', { id: 'tk.notification-preferences.rules_loading' }),
    });
  }

  #renderRules(data: RulesData): TemplateResult {
    const editable = this.options.editable();
    if (editable === undefined) return html``;
    if (!editable) {
      return html`${renderNotice({
        tone: 'info',
        title: msg('Only people who manage the workspace can change these rules', { id: 'tk.notification-preferences.rules_read_only' }),
        detail: this.options.deniedReason(),
      })}<dl class="rules-summary">${data.topics.map((topic) => this.#renderSummary(topic, data))}</dl>`;
    }
    return html`<form part="form rules" novalidate @submit=${(event: SubmitEvent) => { event.preventDefault(); void this.#save(data); }}>
      ${data.topics.map((topic, index) => this.#renderRule(topic, index, data))}
      ${this.form.renderFooter()}
    </form>`;
  }

  #renderSummary(topic: NotificationTopic, data: RulesData): TemplateResult {
    const rule = this.form.values[topic.id];
    const format = this.host.format;
    const who = rule ? this.#audienceNames(rule.audience, data) : [];
    const how = rule ? rule.channels.map(channelLabel) : [];
    const nobody = msg('nobody', { id: 'tk.notification-preferences.nobody' });
    const noChannel = msg('no channel', { id: 'tk.notification-preferences.no_channel' });
    const whoText = who.length ? format.list(who) : nobody;
    const howText = how.length ? format.list(how) : noChannel;
    return html`<div part="rule"><dt>${topic.label}</dt><dd>
      <span>${msg(str`Who: ${whoText}`, { id: 'tk.notification-preferences.who' })}</span>
      <span>${msg(str`How: ${howText}`, { id: 'tk.notification-preferences.how' })}</span>
    </dd></div>`;
  }

  #audienceNames(audience: NotificationAudience, data: RulesData): string[] {
    const nameOf = (list: readonly { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? id;
    return [
      ...(audience.everyone ? [msg('everyone', { id: 'tk.notification-preferences.everyone_lower' })] : []),
      ...(audience.owner ? [msg('the owner', { id: 'tk.notification-preferences.owner_lower' })] : []),
      ...(audience.admins ? [msg('admins', { id: 'tk.notification-preferences.admins_lower' })] : []),
      ...audience.roleIds.map((id) => roleLabel(id, data.roles)),
      ...audience.groupIds.map((id) => nameOf(data.groups, id)),
    ];
  }

  #renderRule(topic: NotificationTopic, index: number, data: RulesData): TemplateResult {
    const rule = this.form.values[topic.id];
    if (!rule) return html``;
    this.form.labelField(topic.id, topic.label);
    const id = (what: string) => `rule${index}-${what}`;
    // A change applies to the rule as it is when the reader clicks, not as it was rendered: two clicks within one
    // frame would otherwise lose the first.
    const box = (key: string, label: string, checked: boolean, change: (current: RuleBody, on: boolean) => RuleBody) => html`<div class="check">
      <input type="checkbox" id=${id(key)} part="input checkbox" .checked=${checked}
        @change=${(event: Event) => this.#set(topic.id, (current) => change(current, (event.target as HTMLInputElement).checked))} />
      <label for=${id(key)}><bdi>${label}</bdi></label>
    </div>`;
    const flag = (key: Flag, label: string) => box(key, label, rule.audience[key], (current, on) => ({ ...current, audience: { ...current.audience, [key]: on } }));
    const member = (kind: 'roleIds' | 'groupIds', item: { id: string; name: string }, at: number) => box(`${kind}-${at}`, item.name,
      rule.audience[kind].includes(item.id),
      (current, on) => ({ ...current, audience: { ...current.audience, [kind]: on ? [...current.audience[kind], item.id] : current.audience[kind].filter((other) => other !== item.id) } }));
    return html`<fieldset class="rule" part="rule" data-topic=${topic.id}>
      <legend part="rule-title">${topic.label}</legend>
      <div class="rule-body">
        <fieldset class="choices"><legend>${msg('Who is told', { id: 'tk.notification-preferences.who_title' })}</legend>
          ${flag('owner', msg('Owner', { id: 'tk.role.owner' }))}
          ${flag('admins', msg('Admins', { id: 'tk.notification-preferences.admins' }))}
          ${flag('everyone', msg('Everyone', { id: 'tk.notification-preferences.everyone' }))}
          ${data.roles.length ? html`<div role="group" class="more-choices" aria-labelledby=${id('roles')}>
            <span id=${id('roles')} class="group-label">${msg('Roles', { id: 'tk.notification-preferences.roles' })}</span>
            ${data.roles.map((role, at) => member('roleIds', { id: role.id, name: roleLabel(role.id, data.roles) }, at))}</div>` : nothing}
          ${data.groups.length ? html`<div role="group" class="more-choices" aria-labelledby=${id('groups')}>
            <span id=${id('groups')} class="group-label">${msg('Groups', { id: 'tk.notification-preferences.groups' })}</span>
            ${data.groups.map((group, at) => member('groupIds', group, at))}</div>` : nothing}
        </fieldset>
        <fieldset class="choices"><legend>${msg('How', { id: 'tk.notification-preferences.how_title' })}</legend>
          ${topic.channels.map((channel: NotificationChannel) => box(`channel-${channel}`, channelLabel(channel), rule.channels.includes(channel),
            (current, on) => ({ ...current, channels: on ? [...current.channels, channel] : current.channels.filter((other) => other !== channel) })))}
        </fieldset>
      </div>
    </fieldset>`;
  }

  #set(topic: string, change: (current: RuleBody) => RuleBody): void {
    const current = this.form.values[topic];
    if (!current) return;
    this.form.set(topic, normalize(change(current)));
    this.form.touch(topic);
  }

  /** Replaces the rules with every topic's as shown (the API replaces them all, and a topic left out would go back to its default). */
  async #save(data: RulesData): Promise<void> {
    const [client, workspaceId] = this.options.args();
    if (!client || !workspaceId) return;
    await this.form.save(async (_patch, ifMatch) => {
      const rules = data.topics.flatMap((topic) => {
        const rule = this.form.values[topic.id];
        return rule ? [{ topic: topic.id, ...rule }] : [];
      });
      if (!this.host.dispatchEvent(new BeforeNotificationRulesUpdateEvent(rules))) return undefined;
      const saved = await client.notificationRules.update(workspaceId, { rules }, { ifMatch });
      this.host.dispatchEvent(new NotificationRulesUpdatedEvent(saved));
      return saved;
    });
  }
}
