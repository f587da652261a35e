import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import * as s from '../schemas/index.js';

const path = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/notification-rules`;

/** Who in a workspace is told about each notification topic, and on which channels. */
export class NotificationRulesResource {
  constructor(private readonly http: Http) {}

  /** One rule per topic (the defaults for topics nobody changed), with the ETag for a later `update`. Any member may read them. */
  async get(workspaceId: string, options: CallOptions = {}): Promise<WithETag<s.WorkspaceNotificationRules>> {
    const { data, etag } = await this.http.send('GET', path(workspaceId), s.WorkspaceNotificationRules, options);
    return { ...data, etag };
  }

  /**
   * Replaces the rules (needs `workspace:manage`): at most one per topic; a topic left out goes back to its
   * default. With `ifMatch`, fails with 412 if someone changed them meanwhile. Unknown roles, groups and
   * channels a topic lacks are field errors naming the rule (`rules.0.audience.groupIds.1`).
   */
  async update(workspaceId: string, input: s.NotificationRulesUpdate, options: UpdateOptions = {}): Promise<WithETag<s.WorkspaceNotificationRules>> {
    const json = validateInput(s.NotificationRulesUpdate, input);
    const { data, etag } = await this.http.send('PUT', path(workspaceId), s.WorkspaceNotificationRules, { ...options, json });
    return { ...data, etag };
  }
}
