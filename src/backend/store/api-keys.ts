import type { PermissionKey } from '../../sdk/schemas/index.js';
import { Table } from './table.js';

/** An API key as kept: never its secret, only a SHA-256 digest of it and the prefix it is found by. */
export interface ApiKeyRecord {
  id: string;
  workspaceId: string;
  name: string;
  /** The eight characters after `tk_live_`: unique, shown in lists, and how a presented secret is looked up. */
  prefix: string;
  /** Hex SHA-256 of the whole secret. */
  secretHash: string;
  scopes: PermissionKey[];
  /** The user it acts for. */
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revocation: { at: string; by: string | null; reason: 'revoked' | 'creator_left' } | null;
}

/** API keys, found by prefix (authentication) and by workspace (lists). */
export class ApiKeyTable extends Table<ApiKeyRecord> {
  readonly #byPrefix = new Map<string, ApiKeyRecord>();
  readonly #byWorkspace = new Map<string, ApiKeyRecord[]>();

  byPrefix(prefix: string): ApiKeyRecord | undefined {
    return this.#byPrefix.get(prefix);
  }

  /** The workspace's keys, oldest first. */
  ofWorkspace(workspaceId: string): readonly ApiKeyRecord[] {
    return this.#byWorkspace.get(workspaceId) ?? [];
  }

  protected override added(key: ApiKeyRecord): void {
    this.#byPrefix.set(key.prefix, key);
    const keys = this.#byWorkspace.get(key.workspaceId);
    if (keys) keys.push(key);
    else this.#byWorkspace.set(key.workspaceId, [key]);
  }

  protected override removed(key: ApiKeyRecord): void {
    this.#byPrefix.delete(key.prefix);
    const rest = this.ofWorkspace(key.workspaceId).filter((other) => other.id !== key.id);
    if (rest.length) this.#byWorkspace.set(key.workspaceId, rest);
    else this.#byWorkspace.delete(key.workspaceId);
  }
}
