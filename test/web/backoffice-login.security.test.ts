// Back-office log-in against guessing: an unknown username costs the same password hash as
// a known one, and repeated failures are refused for a while, per username and per address.
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, csrfOf } from '../support/forms.js';

const login = async (b: Browser, username: string, password: string) =>
  b.post('/backoffice/login', { _csrf: csrfOf((await b.get('/backoffice/login')).body), username, password });

describe('back-office log-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());
  afterEach(() => vi.restoreAllMocks());

  it('hashes the password of an unknown username too, off the main thread', async () => {
    const scrypt = vi.spyOn(crypto, 'scrypt');
    const sync = vi.spyOn(crypto, 'scryptSync');
    const res = await login(new Browser(t, '10.0.0.1'), 'nobody-here', 'backoffice-demo');
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('Wrong username or password');
    expect(scrypt).toHaveBeenCalledTimes(1);
    expect(sync).not.toHaveBeenCalled();
    const known = await login(new Browser(t, '10.0.0.1'), 'saksbehandler', 'wrong-guess');
    expect(known.statusCode).toBe(401);
    expect(known.body).toContain('Wrong username or password');
    expect(scrypt).toHaveBeenCalledTimes(2);
  });

  it('refuses a username for a while after five failures, even with the right password; other usernames go on', async () => {
    const b = new Browser(t, '10.0.0.2');
    // A successful log-in forgets earlier failures of the username.
    expect((await login(new Browser(t, '10.0.0.6'), 'saksbehandler', 'backoffice-demo')).statusCode).toBe(303);
    for (let i = 0; i < 5; i++) expect((await login(b, 'saksbehandler', `guess-${i}`)).statusCode).toBe(401);
    // The sixth failure starts the lock-out.
    expect((await login(b, 'saksbehandler', 'guess-5')).statusCode).toBe(401);
    const locked = await login(new Browser(t, '10.0.0.3'), 'saksbehandler', 'backoffice-demo');
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toMatch(/Too many failed log-ins. Try again in \d+ seconds/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another username from the same address is not affected.
    expect((await login(b, 'someone-else', 'x')).statusCode).toBe(401);
  });

  it('refuses an address for a while after twenty failures, whatever the username; other addresses go on', async () => {
    const guesser = new Browser(t, '10.0.0.4');
    for (let i = 0; i <= 20; i++) expect((await login(guesser, `user-${i}`, 'x')).statusCode).toBe(401);
    const refused = await login(guesser, 'user-new', 'x');
    expect(refused.statusCode).toBe(429);
    expect((await login(new Browser(t, '10.0.0.5'), 'user-new', 'x')).statusCode).toBe(401);
  });
});
