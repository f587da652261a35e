import type { Context } from '../context.js';
import { verifyPassword } from '../passwords.js';
import { fieldProblem } from '../problems.js';
import type { UserRecord } from '../store.js';

/**
 * 422 `invalid_password` on `field` unless `password` is the user's. Wrong passwords are counted per account
 * (`limits.passwordFailures`); past the limit every check answers 429, the right password included, until
 * the oldest failure leaves the window — so guessing costs the window, not a request.
 */
export async function requirePassword(ctx: Context, user: UserRecord, password: string, field = 'password'): Promise<void> {
  const key = `password:${user.id}`;
  const rate = ctx.state.limits.passwordFailures;
  ctx.state.throttle.check(key, rate, 'Too many wrong passwords. Wait a while, then try again.');
  const stored = ctx.store.users.password(user.id);
  if (!stored || !(await verifyPassword(password, await stored))) {
    ctx.state.throttle.hit(key, rate);
    throw fieldProblem(field, 'invalid_password', 'The password is not correct.', 'invalid_password');
  }
}
