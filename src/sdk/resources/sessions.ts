import type { CallOptions, Http } from '../http.js';
import { seg } from '../http.js';
import * as s from '../schemas/index.js';

/** The account's signed-in devices. */
export class SessionsResource {
  constructor(private readonly http: Http) {}

  async list(options: CallOptions = {}): Promise<s.Session[]> {
    return (await this.http.call({ operation: 'sessions.list', method: 'GET', path: 'me/sessions', response: s.SessionList, signal: options.signal })).items;
  }

  /** Signs one device out. */
  async revoke(sessionId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send({ operation: 'sessions.revoke', method: 'DELETE', path: `me/sessions/${seg(sessionId)}`, signal: options.signal });
  }

  /** Signs out every device but this one; resolves to how many were signed out. */
  async revokeOthers(options: CallOptions = {}): Promise<s.RevokedSessions> {
    return this.http.call({ operation: 'sessions.revokeOthers', method: 'POST', path: 'me/sessions/revoke-others', response: s.RevokedSessions, signal: options.signal });
  }
}
