import { verifyPassword } from '../passwords.js';
import { fieldProblem } from '../problems.js';
import type { Store, UserRecord } from '../store.js';

/** 422 `invalid_password` on `field` unless `password` is the user's. */
export async function requirePassword(store: Store, user: UserRecord, password: string, field = 'password'): Promise<void> {
  const stored = store.users.password(user.id);
  if (!stored || !(await verifyPassword(password, await stored))) {
    throw fieldProblem(field, 'invalid_password', 'The password is not correct.', 'invalid_password');
  }
}
