import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { csrfOf } from '../../support/forms.js';
import { BOLGE_PACKAGE } from '../../support/management.js';
import { PEOPLE, portalAs } from '../../support/signup.js';

describe('manual signup: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const orders = async () => (await t.rt.store.db.selectFrom('product_orders').select('id').execute()).length;

  it('needs a partner and one of its own packages, and every required field; nothing is stored', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const csrf = csrfOf((await kari.get('/portal/register/vippspanett')).body);
    const none = await kari.post('/portal/register/vippspanett', { _csrf: csrf, orgno: '923456783' });
    expect(none.statusCode).toBe(400);
    const errors = (res: { body: string }) => Object.fromEntries([...res.body.matchAll(/id="err-([^"]+)">([^<]*)</g)].map((m) => [m[1], m[2]]));
    expect(errors(none)).toEqual({
      partnerId: expect.stringContaining('is required'),
      pricePackageId: expect.stringContaining('is required'),
      salesUnitName: expect.stringContaining('is required'),
      'settlementBankAccount.id': expect.stringContaining('is required'),
    });
    const mixed = await kari.post('/portal/register/vippspanett', { _csrf: csrf, orgno: '923456783', partnerId: '100001', pricePackageId: BOLGE_PACKAGE, salesUnitName: 'Fjellbakeriet', 'settlementBankAccount.id': '15031234562' });
    expect(mixed.statusCode).toBe(400);
    expect(errors(mixed)).toEqual({ pricePackageId: "must be one of Fjordkassa Platform's price packages" });
    const unknownPartner = await kari.post('/portal/register/vippspanett', { _csrf: csrf, orgno: '923456783', partnerId: '100004', pricePackageId: BOLGE_PACKAGE, salesUnitName: 'Fjellbakeriet', 'settlementBankAccount.id': '15031234562' });
    expect(errors(unknownPartner)).toEqual({ partnerId: 'must be one of the partners offered in this form' });
    expect(await orders()).toBe(0);
  });

  it('refuses a company without an agreement, next to the company field', async () => {
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const res = await sigrid.post('/portal/register/vippspanett', { _csrf: csrfOf((await sigrid.get('/portal')).body), orgno: '975312461', partnerId: '100002', pricePackageId: BOLGE_PACKAGE, salesUnitName: 'Nordlys', 'settlementBankAccount.id': '15031234562' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Company</a> has no merchant agreement yet: sign it first at /portal/register/975312461');
    expect(await orders()).toBe(0);
  });
});
