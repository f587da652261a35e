/** What the sessions and sign-ins lists say about a device and where it is, from its user agent and address. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locate } from '../../src/backend/ip-location.js';
import { describeDevice } from '../../src/backend/user-agent.js';

describe('describeDevice', () => {
  const cases: [string, string, string, string][] = [
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'Computer', 'Safari', 'macOS'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0', 'Computer', 'Edge', 'Windows'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15', 'Phone', 'Firefox', 'iOS'],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0 Mobile Safari/537.36', 'Phone', 'Samsung Internet', 'Android'],
    ['Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', 'Tablet', 'Chrome', 'Android'],
    ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1', 'Tablet', 'Chrome', 'iOS'],
    ['Mozilla/5.0 (X11; CrOS x86_64 15917.71.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', 'Computer', 'Chrome', 'ChromeOS'],
  ];
  for (const [userAgent, device, browser, os] of cases) {
    test(`${browser} on ${os} (${device})`, () => {
      assert.deepEqual(describeDevice(userAgent), { device, browser, os });
    });
  }

  test('anything else is unknown, never the text itself', () => {
    for (const userAgent of [null, '', '<script>alert(1)</script>', 'x'.repeat(10_000)]) {
      assert.deepEqual(describeDevice(userAgent), { device: 'Unknown device', browser: 'Unknown', os: 'Unknown' });
    }
  });
});

describe('locate', () => {
  test('places the documentation ranges the same way every time', () => {
    assert.equal(locate('203.0.113.24'), 'New York, US');
    assert.equal(locate('203.0.113.100'), 'Madrid, ES');
    assert.equal(locate('198.51.100.255'), 'Sydney, AU');
    assert.equal(locate('192.0.2.77'), 'Lagos, NG');
    assert.equal(locate('2001:DB8::1'), 'Paris, FR');
  });

  test('knows nothing of other addresses or of malformed ones', () => {
    for (const ip of [null, '', '127.0.0.1', '::1', '8.8.8.8', '203.0.113.999', '203.0.113.x', '::ffff:203.0.113.5', '<b>']) {
      assert.equal(locate(ip), null, String(ip));
    }
  });
});
