import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

/** The account's signed-in devices and its recent sign-ins. */
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

  /** One page of the sign-ins of the last 30 days, successful or not, newest first; `current` marks this device's. */
  async signIns(query: s.PageQuery = {}, options: CallOptions = {}): Promise<s.Page<s.SignIn>> {
    const q = validateInput(s.PageQuery, query);
    return this.http.call('GET', 'me/sign-ins', s.page(s.SignIn), { ...options, query: q });
  }

  /** Every sign-in of the last 30 days, page after page. */
  iterateSignIns(query: Omit<s.PageQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.SignIn, void, undefined> {
    return paginate((cursor) => this.signIns({ ...query, cursor }, options));
  }

  /**
   * "This wasn't me": signs out every other device and mails the account a security notice (the first time
   * for a sign-in; again, it only signs out what appeared since). Resolves to how many devices were signed out;
   * lead the user on to change their password. The sign-in of this very device fails with a `ConflictError`.
   */
  async reportSignIn(signInId: string, options: CallOptions = {}): Promise<s.RevokedSessions> {
    return this.http.call('POST', `me/sign-ins/${seg(signInId, 'signInId')}/not-me`, s.RevokedSessions, options);
  }
}
