import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { Browser, csrfOf } from '../../support/forms.js';
import { BOLGE_PACKAGE } from '../../support/management.js';
import { PEOPLE, portalAs } from '../../support/signup.js';

const ORDER = { partnerId: '100002', pricePackageId: BOLGE_PACKAGE, salesUnitName: 'Havblikk Nett', 'settlementBankAccount.id': '15031234562' };

describe('manual signup: security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const orders = async () => (await t.rt.store.db.selectFrom('product_orders').select('id').execute()).length;

  it("refuses to order for another person's company", async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get('/portal/register/vippspanett');
    expect(page.body).not.toContain('Havblikk');
    const res = await kari.post('/portal/register/vippspanett', { _csrf: csrfOf(page.body), orgno: '934567897', ...ORDER });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="err-orgno">is not a company you may order products for');
    expect(await orders()).toBe(0);
  });

  it('refuses an order without the anti-forgery token, and without a live session', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const page = await ingrid.get('/portal/register/vippspanett');
    expect((await ingrid.post('/portal/register/vippspanett', { _csrf: 'forged', orgno: '934567897', ...ORDER })).statusCode).toBe(403);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const expired = await ingrid.post('/portal/register/vippspanett', { _csrf: csrfOf(page.body), orgno: '934567897', ...ORDER });
    expect(expired.statusCode).toBe(303);
    expect(expired.headers.location).toMatch(/^\/portal\/login/);
    expect((await new Browser(t).get('/portal/register/vippspanett')).statusCode).toBe(303);
    expect(await orders()).toBe(0);
  });
});
