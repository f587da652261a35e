import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

/** The workspace's audit log: every mutation, filtered on the server. */
export class AuditResource {
  constructor(private readonly http: Http) {}

  async list(workspaceId: string, query: s.AuditQuery = {}, options: CallOptions = {}): Promise<s.Page<s.AuditEntry>> {
    const q = validateInput(s.AuditQuery, query);
    return this.http.call('GET', `workspaces/${seg(workspaceId, 'workspaceId')}/audit-log`, s.page(s.AuditEntry), { ...options, query: q });
  }

  iterate(workspaceId: string, query: Omit<s.AuditQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.AuditEntry, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }
}
