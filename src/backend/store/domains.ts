import type { DomainRecord } from './records.js';
import { Table } from './table.js';

/** Domains that workspaces claim. A hostname may be claimed by many workspaces but verified by one only. */
export class DomainTable extends Table<DomainRecord> {
  ofWorkspace(workspaceId: string): DomainRecord[] {
    return this.where((domain) => domain.workspaceId === workspaceId);
  }

  /** The domain record that verified `hostname`, in whichever workspace. */
  verified(hostname: string): DomainRecord | undefined {
    return this.where((domain) => domain.hostname === hostname && domain.status === 'verified')[0];
  }
}
