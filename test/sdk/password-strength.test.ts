/** `passwordStrength`: the live hint a password field shows as the user types. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PASSWORD_POLICY, passwordStrength } from '../../src/sdk/index.js';
import { NewPassword } from '../../src/sdk/schemas/index.js';

describe('passwordStrength', () => {
  test('shorter than the policy is weak, whatever it holds, and says the length is missing', () => {
    assert.deepEqual(passwordStrength(''), { level: 'weak', unmet: ['length', 'letter', 'number', 'symbol'] });
    assert.deepEqual(passwordStrength('Ab1!Ab1!Ab1'), { level: 'weak', unmet: ['length'] });
  });

  test('long enough: one kind of character is weak, two fair, three strong', () => {
    assert.deepEqual(passwordStrength('abcdefghijkl'), { level: 'weak', unmet: ['number', 'symbol'] });
    assert.deepEqual(passwordStrength('abcdefghijk1'), { level: 'fair', unmet: ['symbol'] });
    assert.deepEqual(passwordStrength('abcdefghij1!'), { level: 'strong', unmet: [] });
  });

  test('a long passphrase of words and spaces is strong; a long run of one kind only fair', () => {
    assert.equal(passwordStrength('correct horse battery staple').level, 'strong');
    assert.deepEqual(passwordStrength('correct horse battery staple').unmet, ['number']);
    assert.equal(passwordStrength('a'.repeat(PASSWORD_POLICY.passphraseLength)).level, 'fair');
    assert.equal(passwordStrength('1'.repeat(PASSWORD_POLICY.passphraseLength - 1)).level, 'weak');
  });

  test('letters and numbers of any script count; emoji count once each toward the length', () => {
    assert.deepEqual(passwordStrength('contraseña٣٤!'), { level: 'strong', unmet: [] });
    assert.deepEqual(passwordStrength('пароль密码パスワード'), { level: 'weak', unmet: ['number', 'symbol'] });
    assert.deepEqual(passwordStrength('пароль 密码 77'), { level: 'strong', unmet: [] });
    const emoji = '🔒'.repeat(PASSWORD_POLICY.minLength);
    assert.equal(passwordStrength(emoji).unmet.includes('length'), false);
  });

  test('agrees with the policy the API enforces on length', () => {
    for (const candidate of ['a'.repeat(11), 'a'.repeat(12), '🔒'.repeat(11), '🔒'.repeat(12), 'é'.repeat(12)]) {
      const meetsLength = !passwordStrength(candidate).unmet.includes('length');
      assert.equal(meetsLength, NewPassword.safeParse(candidate).success, candidate);
    }
  });
});
