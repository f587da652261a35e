import * as s from '../../sdk/schemas/index.js';
import type { Context, HandlerTable } from '../context.js';
import { ProblemError, fieldProblem } from '../problems.js';
import { randomCode } from '../random.js';
import type { UserRecord, VerificationKind } from '../store.js';
import { userView } from '../views.js';
import { requirePassword } from './credentials.js';

const channelOf = { email: 'email', phone: 'sms' } as const;
const ATTEMPTS = 5;
const userTarget = (user: UserRecord) => ({ type: 'user', id: user.id, label: user.email });

/**
 * Sends a code to the new address or number and remembers the pending change until it expires. Sending is
 * throttled three ways: a cooldown between two codes of one change, codes per account, codes per destination
 * (whoever asks), so that nobody can flood an address or a phone.
 */
function start(ctx: Context, kind: VerificationKind, target: string) {
  const user = ctx.user;
  const { throttle, limits } = ctx.state;
  const cooldown = { limit: 1, windowMs: limits.verificationResendIntervalMs };
  const checks = [
    { key: `code-cooldown:${user.id}:${kind}`, rate: cooldown, detail: 'A code was sent moments ago. Wait before asking for another.' },
    { key: `code-user:${user.id}`, rate: limits.verificationSendsPerUser, detail: 'Too many codes were sent for your account. Try again later.' },
    { key: `code-to:${target}`, rate: limits.verificationSendsPerDestination, detail: 'Too many codes were sent to this destination. Try again later.' },
  ];
  for (const { key, rate, detail } of checks) throttle.check(key, rate, detail);
  for (const { key, rate } of checks) throttle.hit(key, rate);
  const code = randomCode();
  const expiresAt = new Date(ctx.state.clock.now().getTime() + ctx.state.limits.verificationCodeTtlMs).toISOString();
  ctx.store.verifications.set(`${user.id}:${kind}`, { userId: user.id, kind, target, code, expiresAt, attemptsLeft: ATTEMPTS });
  const minutes = Math.round(ctx.state.limits.verificationCodeTtlMs / 60_000);
  ctx.state.outbox.send({
    to: target,
    kind: kind === 'email' ? 'email_change' : 'phone_change',
    channel: channelOf[kind],
    subject: kind === 'email' ? 'Confirm your new email address' : 'Your verification code',
    text: `Your teamkit verification code is ${code}. It expires in ${minutes} minutes.`,
    code,
  });
  ctx.record(`user.${kind}_change_requested`, userTarget(user), { after: { [kind]: target } });
  return { body: { sentTo: target, expiresAt } };
}

/**
 * Checks the code of the pending change and returns its new value. 404 when none is pending; 422
 * `invalid_code` when wrong or expired. After too many wrong codes the change is dropped.
 */
function confirm(ctx: Context, kind: VerificationKind): string {
  const key = `${ctx.user.id}:${kind}` as const;
  const { code } = ctx.body(s.CodeConfirmation);
  const pending = ctx.store.verifications.get(key);
  if (!pending) throw new ProblemError('not_found', `No ${kind} change is waiting for a code. Start again.`);
  if (Date.parse(ctx.now()) > Date.parse(pending.expiresAt)) {
    throw fieldProblem('code', 'expired', 'This code has expired. Ask for a new one.', 'invalid_code');
  }
  if (code !== pending.code) {
    if (--pending.attemptsLeft <= 0) ctx.store.verifications.delete(key);
    throw fieldProblem('code', 'invalid_code', 'This code is not correct.', 'invalid_code');
  }
  ctx.store.verifications.delete(key);
  return pending.target;
}

/** `/me/email-change` and `/me/phone-change`: the password, then a code sent to the new address or number. */
export const verificationHandlers: HandlerTable = {
  async startEmailChange(ctx) {
    const { newEmail, password } = ctx.body(s.EmailChangeStart);
    await requirePassword(ctx, ctx.user, password);
    const owner = ctx.store.users.byEmail(newEmail);
    if (owner?.id === ctx.user.id) throw fieldProblem('newEmail', 'unchanged', 'This is already your email address.');
    if (owner) throw new ProblemError('conflict', 'Another account uses this email address.');
    return start(ctx, 'email', newEmail.toLowerCase());
  },

  confirmEmailChange(ctx) {
    const newEmail = confirm(ctx, 'email');
    if (ctx.store.users.byEmail(newEmail)) throw new ProblemError('conflict', 'Another account took this email address meanwhile.');
    const user = ctx.user;
    const oldEmail = user.email;
    ctx.store.users.update(user, { email: newEmail, emailVerified: true, version: user.version + 1 });
    ctx.state.outbox.send({
      to: oldEmail,
      kind: 'email_changed',
      channel: 'email',
      subject: 'Your email address was changed',
      text: `The email address of your account is now ${newEmail}. If this was not you, contact support.`,
    });
    ctx.record('user.email_changed', userTarget(user), { before: { email: oldEmail }, after: { email: newEmail } });
    return { body: userView(user) };
  },

  async startPhoneChange(ctx) {
    const { newPhone, password } = ctx.body(s.PhoneChangeStart);
    await requirePassword(ctx, ctx.user, password);
    return start(ctx, 'phone', newPhone);
  },

  confirmPhoneChange(ctx) {
    const newPhone = confirm(ctx, 'phone');
    const user = ctx.user;
    const before = user.phone;
    ctx.store.users.update(user, { phone: newPhone, phoneVerified: true, version: user.version + 1 });
    ctx.record('user.phone_changed', userTarget(user), { before: { phone: before }, after: { phone: newPhone } });
    return { body: userView(user) };
  },
};
