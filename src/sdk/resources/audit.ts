import type { Download, DownloadOptions } from '../download.js';
import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/audit-log`;

/** The workspace's audit log: every mutation, filtered on the server (needs `audit:view`). */
export class AuditResource {
  constructor(private readonly http: Http) {}

  /**
   * One page of entries, newest first. Filters: `actor` (id or email), `action` (comma-separated, exact or a
   * prefix: `member,invitation.accepted`), `target` (id or type), `targetType`, `from`/`to` (inclusive).
   */
  async list(workspaceId: string, query: s.AuditQuery = {}, options: CallOptions = {}): Promise<s.Page<s.AuditEntry>> {
    const q = validateInput(s.AuditQuery, query);
    return this.http.call('GET', base(workspaceId), s.page(s.AuditEntry), { ...options, query: q });
  }

  /** Every action and target type the log holds, sorted: the choices of the `action` and `targetType` filters. */
  async facets(workspaceId: string, options: CallOptions = {}): Promise<s.AuditFacets> {
    return this.http.call('GET', `${base(workspaceId)}/facets`, s.AuditFacets, options);
  }

  iterate(workspaceId: string, query: Omit<s.AuditQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.AuditEntry, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }

  /**
   * Every entry matching `filters` as CSV, streamed by the server. Resolves once the export starts; read it once,
   * with `stream()` or `blob()`. `onProgress` hears the bytes read so far. The client's `timeout` bounds the wait
   * for each chunk, not the whole download.
   *
   * @example
   * ```ts
   * const csv = await client.audit.exportCsv(workspaceId, { action: 'member' }, { onProgress: ({ bytes }) => show(bytes) });
   * const url = URL.createObjectURL(await csv.blob());
   * Object.assign(document.createElement('a'), { href: url, download: csv.filename ?? 'audit-log.csv' }).click();
   * ```
   */
  async exportCsv(workspaceId: string, filters: s.AuditExportQuery = {}, options: DownloadOptions = {}): Promise<Download> {
    const query = validateInput(s.AuditExportQuery, filters);
    return this.http.download(`${base(workspaceId)}/export.csv`, { ...options, query });
  }
}
