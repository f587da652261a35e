import * as s from '../../sdk/schemas/index.js';
import type { Context, HandlerTable } from '../context.js';
import { ProblemError, fieldProblem } from '../problems.js';
import { randomCode } from '../random.js';
import type { UserRecord, VerificationKind, VerificationRecord } from '../store.js';
import { userView } from '../views.js';
import { requirePassword } from './credentials.js';

const channelOf = { email: 'email', phone: 'sms' } as const;
const ATTEMPTS = 5;
const userTarget = (user: UserRecord) => ({ type: 'user', id: user.id, label: user.email });
const keyOf = (ctx: Context, kind: VerificationKind) => `${ctx.user.id}:${kind}` as const;

/**
 * The three throttles of sending a code: a cooldown between two codes of one change, codes per account, and
 * codes per destination (whoever asks), so that nobody can flood an address or a phone.
 */
function sendLimits(ctx: Context, kind: VerificationKind, target: string) {
  const { limits } = ctx.state;
  const user = ctx.user;
  return [
    { key: `code-cooldown:${user.id}:${kind}`, rate: { limit: 1, windowMs: limits.verificationResendIntervalMs }, detail: 'A code was sent moments ago. Wait before asking for another.' },
    { key: `code-user:${user.id}`, rate: limits.verificationSendsPerUser, detail: 'Too many codes were sent for your account. Try again later.' },
    { key: `code-to:${target}`, rate: limits.verificationSendsPerDestination, detail: 'Too many codes were sent to this destination. Try again later.' },
  ];
}

/** The pending change as the API shows it; `resendAvailableAt` is when every send throttle lets one more code through. */
function pendingView(ctx: Context, pending: VerificationRecord): s.VerificationPending {
  const waitMs = Math.max(...sendLimits(ctx, pending.kind, pending.target).map(({ key, rate }) => ctx.state.throttle.wait(key, rate)));
  const resendAvailableAt = new Date(ctx.state.clock.now().getTime() + waitMs).toISOString();
  return { sentTo: pending.target, expiresAt: pending.expiresAt, resendAvailableAt, attemptsLeft: pending.attemptsLeft };
}

/** The user's pending change of `kind`; one that lapsed is dropped on the way. */
function pendingOf(ctx: Context, kind: VerificationKind): VerificationRecord | undefined {
  const key = keyOf(ctx, kind);
  const pending = ctx.store.verifications.get(key);
  if (pending && Date.parse(ctx.now()) >= Date.parse(pending.lapsesAt)) {
    ctx.store.verifications.delete(key);
    return undefined;
  }
  return pending;
}

function requirePending(ctx: Context, kind: VerificationKind): VerificationRecord {
  const pending = pendingOf(ctx, kind);
  if (!pending) throw new ProblemError('not_found', `No ${kind} change is waiting for a code. Start again.`);
  return pending;
}

/** What reading a pending change answers: its view, or null when none is waiting. */
function pendingOrNull(ctx: Context, kind: VerificationKind) {
  const pending = pendingOf(ctx, kind);
  return pending ? pendingView(ctx, pending) : null;
}

/**
 * Sends a new code for the change to `target`, within the send throttles, and (re)sets the pending change:
 * a fresh code, a fresh expiry (never past the change's lapse) and a fresh count of attempts.
 */
function sendCode(ctx: Context, kind: VerificationKind, target: string, lapsesAt: string, action: 'requested' | 'resent') {
  const user = ctx.user;
  const { throttle, clock, limits } = ctx.state;
  const checks = sendLimits(ctx, kind, target);
  for (const { key, rate, detail } of checks) throttle.check(key, rate, detail);
  for (const { key, rate } of checks) throttle.hit(key, rate);
  const code = randomCode();
  const expiresAt = new Date(Math.min(clock.now().getTime() + limits.verificationCodeTtlMs, Date.parse(lapsesAt))).toISOString();
  const pending: VerificationRecord = { userId: user.id, kind, target, code, expiresAt, lapsesAt, attemptsLeft: ATTEMPTS };
  ctx.store.verifications.set(keyOf(ctx, kind), pending);
  const minutes = Math.round((Date.parse(expiresAt) - clock.now().getTime()) / 60_000);
  ctx.state.outbox.send({
    to: target,
    kind: kind === 'email' ? 'email_change' : 'phone_change',
    channel: channelOf[kind],
    subject: kind === 'email' ? 'Confirm your new email address' : 'Your verification code',
    text: `Your teamkit verification code is ${code}. It expires in ${minutes} minutes.`,
    code,
  });
  ctx.record(`user.${kind}_change_${action}`, userTarget(user), { after: { [kind]: target } });
  return { body: pendingView(ctx, pending) };
}

function start(ctx: Context, kind: VerificationKind, target: string) {
  const lapsesAt = new Date(ctx.state.clock.now().getTime() + ctx.state.limits.verificationPendingTtlMs).toISOString();
  return sendCode(ctx, kind, target, lapsesAt, 'requested');
}

function resend(ctx: Context, kind: VerificationKind) {
  const pending = requirePending(ctx, kind);
  return sendCode(ctx, kind, pending.target, pending.lapsesAt, 'resent');
}

/**
 * Checks the code of the pending change and returns its new value. 404 when none is pending; 422
 * `invalid_code` with a field error on `code` whose own code says why: `expired`, `invalid_code` (with the
 * attempts left in its message), or `too_many_attempts` — then the change is dropped.
 */
function confirm(ctx: Context, kind: VerificationKind): string {
  const { code } = ctx.body(s.CodeConfirmation);
  const pending = requirePending(ctx, kind);
  if (Date.parse(ctx.now()) >= Date.parse(pending.expiresAt)) {
    throw fieldProblem('code', 'expired', 'This code has expired. Send a new one.', 'invalid_code');
  }
  if (code !== pending.code) {
    pending.attemptsLeft -= 1;
    if (pending.attemptsLeft > 0) {
      const left = pending.attemptsLeft === 1 ? '1 attempt left' : `${pending.attemptsLeft} attempts left`;
      throw fieldProblem('code', 'invalid_code', `This code is not correct: ${left}.`, 'invalid_code');
    }
    ctx.store.verifications.delete(keyOf(ctx, kind));
    ctx.record(`user.${kind}_change_dropped`, userTarget(ctx.user), { before: { [kind]: pending.target }, after: { reason: 'too_many_attempts' } });
    throw fieldProblem('code', 'too_many_attempts', 'Too many wrong codes. Start the change again.', 'invalid_code');
  }
  ctx.store.verifications.delete(keyOf(ctx, kind));
  return pending.target;
}

/** Drops the pending change, if there is one: cancelling twice is as good as once. */
function cancel(ctx: Context, kind: VerificationKind) {
  const pending = pendingOf(ctx, kind);
  if (pending) {
    ctx.store.verifications.delete(keyOf(ctx, kind));
    ctx.record(`user.${kind}_change_cancelled`, userTarget(ctx.user), { before: { [kind]: pending.target } });
  }
  return {};
}

/**
 * `/me/email-change` and `/me/phone-change`: the password, then a code sent to the new address or number;
 * the pending change can be read back (a reload resumes it), its code resent, and the change cancelled.
 */
export const verificationHandlers: HandlerTable = {
  async startEmailChange(ctx) {
    const { newEmail, password } = ctx.body(s.EmailChangeStart);
    await requirePassword(ctx, ctx.user, password);
    const owner = ctx.store.users.byEmail(newEmail);
    if (owner?.id === ctx.user.id) throw fieldProblem('newEmail', 'unchanged', 'This is already your email address.');
    if (owner) throw new ProblemError('conflict', 'Another account uses this email address.');
    return start(ctx, 'email', newEmail.toLowerCase());
  },

  getEmailChange: (ctx) => ({ body: pendingOrNull(ctx, 'email') }),
  resendEmailChange: (ctx) => resend(ctx, 'email'),
  cancelEmailChange: (ctx) => cancel(ctx, 'email'),

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
    if (ctx.user.phone === newPhone && ctx.user.phoneVerified) throw fieldProblem('newPhone', 'unchanged', 'This is already your phone number.');
    return start(ctx, 'phone', newPhone);
  },

  getPhoneChange: (ctx) => ({ body: pendingOrNull(ctx, 'phone') }),
  resendPhoneChange: (ctx) => resend(ctx, 'phone'),
  cancelPhoneChange: (ctx) => cancel(ctx, 'phone'),

  confirmPhoneChange(ctx) {
    const newPhone = confirm(ctx, 'phone');
    const user = ctx.user;
    const before = user.phone;
    ctx.store.users.update(user, { phone: newPhone, phoneVerified: true, version: user.version + 1 });
    ctx.record('user.phone_changed', userTarget(user), { before: { phone: before }, after: { phone: newPhone } });
    return { body: userView(user) };
  },
};
