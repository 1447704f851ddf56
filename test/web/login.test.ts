import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, csrfOf } from '../support/forms.js';

const KARI = '15857710069'; // CEO of Fjellbakeriet AS

describe('portal log-in (simulated BankID)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a visitor without a session to the log-in page, and back afterwards', async () => {
    const b = new Browser(t);
    const home = await b.get('/portal');
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe('/portal/login?next=%2Fportal');
    const page = await b.get(home.headers.location as string);
    expect(page.body).toContain('Kari Nordmann');
    const login = await b.post('/portal/login', { _csrf: csrfOf(page.body), nin: KARI, next: '/portal' });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/portal');
    const cookie = login.cookies.find((c) => c.name === 'vpp_portal')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.maxAge).toBe(1800);
    const after = await b.get('/portal');
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Hello, Kari Nordmann');
    expect(after.body).toContain('Fjellbakeriet AS');
    expect(after.body).toContain('CEO (daglig leder)');
  });

  it('refuses a malformed number and an unknown person, saying why', async () => {
    const b = new Browser(t);
    const csrf = csrfOf((await b.get('/portal/login')).body);
    const malformed = await b.post('/portal/login', { _csrf: csrf, nin: '1234' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('must be exactly 11 digits');
    const wrongCheck = await b.post('/portal/login', { _csrf: csrf, nin: '15857710068' });
    expect(wrongCheck.body).toContain('check digits');
    const unknown = await b.post('/portal/login', { _csrf: csrf, nin: '11889010012' }); // valid, but nobody in this world
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toContain('BankID does not know this national identity number');
  });

  it('refuses a log-in post without the anti-forgery token', async () => {
    const b = new Browser(t);
    await b.get('/portal/login');
    const res = await b.post('/portal/login', { _csrf: 'forged', nin: KARI });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('anti-forgery token');
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('ends the session on log-out, and after 30 idle minutes on the simulated clock', async () => {
    const b = new Browser(t);
    await b.post('/portal/login', { _csrf: csrfOf((await b.get('/portal/login')).body), nin: KARI });
    const home = await b.get('/portal');
    expect(home.statusCode).toBe(200);
    const out = await b.post('/portal/logout', { _csrf: csrfOf(home.body) });
    expect(out.statusCode).toBe(303);
    expect((await b.get('/portal')).statusCode).toBe(303);

    const c = new Browser(t);
    await c.post('/portal/login', { _csrf: csrfOf((await c.get('/portal/login')).body), nin: KARI });
    expect((await c.get('/portal')).statusCode).toBe(200);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    expect((await c.get('/portal')).statusCode).toBe(303);
  });
});

describe('back-office log-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an operator in with the password of the world file, and nobody else', async () => {
    const b = new Browser(t);
    expect((await b.get('/backoffice')).statusCode).toBe(303);
    const csrf = csrfOf((await b.get('/backoffice/login')).body);
    const wrong = await b.post('/backoffice/login', { _csrf: csrf, username: 'saksbehandler', password: 'guess' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('Wrong username or password');
    const nobody = await b.post('/backoffice/login', { _csrf: csrf, username: 'nobody', password: 'backoffice-demo' });
    expect(nobody.body).toContain('Wrong username or password');
    const ok = await b.post('/backoffice/login', { _csrf: csrf, username: 'saksbehandler', password: 'backoffice-demo' });
    expect(ok.statusCode).toBe(303);
    const page = await b.get('/backoffice');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Logged in as Berit Saksbehandler');
  });

  it('keeps portal and back-office sessions apart', async () => {
    const b = new Browser(t);
    await b.post('/portal/login', { _csrf: csrfOf((await b.get('/portal/login')).body), nin: KARI });
    expect((await b.get('/backoffice')).statusCode).toBe(303);
  });
});
