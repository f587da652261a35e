import type { CallOptions, Http } from '../http.js';
import { seg } from '../http.js';
import * as s from '../schemas/index.js';

/** The account's signed-in devices. */
export class SessionsResource {
  constructor(private readonly http: Http) {}

  async list(options: CallOptions = {}): Promise<s.Session[]> {
    return (await this.http.call('GET', 'me/sessions', s.SessionList, options)).items;
  }

  /** Signs one device out. */
  async revoke(sessionId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send('DELETE', `me/sessions/${seg(sessionId, 'sessionId')}`, undefined, options);
  }

  /** Signs out every device but this one; resolves to how many were signed out. */
  async revokeOthers(options: CallOptions = {}): Promise<s.RevokedSessions> {
    return this.http.call('POST', 'me/sessions/revoke-others', s.RevokedSessions, options);
  }
}
