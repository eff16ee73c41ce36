import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimitError } from './access-errors.ts';
import { createLoginThrottle } from './login-throttle.ts';

describe('login throttle', () => {
  it('lets the free failures through, then makes each account wait twice as long per failure', () => {
    let t = 0;
    const th = createLoginThrottle({ now: () => t, freeAccount: 3, freeIp: 100 });
    for (let i = 0; i < 3; i++) {
      th.check('ada', '10.0.0.1');
      th.failed('ada', '10.0.0.1');
    }
    assert.throws(() => th.check('ada', '10.0.0.2'), (e: unknown) => e instanceof RateLimitError && e.retryAfterSeconds === 1);
    assert.throws(() => th.check('ADA ', '10.0.0.3'), RateLimitError, 'names compare as accounts do');
    th.check('bo', '10.0.0.1');
    t += 1000;
    th.check('ada', '10.0.0.1');
    th.failed('ada', '10.0.0.1');
    assert.throws(() => th.check('ada', '10.0.0.1'), (e: unknown) => e instanceof RateLimitError && e.retryAfterSeconds === 2);
    t += 2000;
    th.succeeded('ada');
    th.check('ada', '10.0.0.1');
  });

  it('limits one address trying many accounts, and a success does not clear the address', () => {
    let t = 0;
    const th = createLoginThrottle({ now: () => t, freeAccount: 100, freeIp: 4 });
    for (let i = 0; i < 4; i++) th.failed(`user${i}`, '192.0.2.7');
    th.succeeded('mallory');
    assert.throws(() => th.check('someone', '192.0.2.7'), RateLimitError);
    th.check('someone', '192.0.2.8');
    t += 2 * 3600_000;
    th.check('someone', '192.0.2.7');
  });

  it('remembers a bounded number of keys', () => {
    const th = createLoginThrottle({ freeAccount: 0, freeIp: 1000, maxKeys: 10 });
    for (let i = 0; i < 100; i++) th.failed(`name${i}`, '198.51.100.1');
    th.check('name0', '198.51.100.2');
    assert.throws(() => th.check('name99', '198.51.100.2'), RateLimitError);
  });
});
