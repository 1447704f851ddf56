import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { signAgreement } from '../../support/management.js';

const FJELLBAKERIET = {
  businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' },
  name: 'Fjellbakeriet AS',
  status: 'ACTIVE',
  createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  countryCode: 'NO',
  businessAddress: { lines: ['Bakergata 1'], postCode: '0150', city: 'Oslo', countryCode: 'NO' },
  businessPostAddress: { lines: ['Bakergata 1'], postCode: '0150', city: 'Oslo', countryCode: 'NO' },
};

describe('Management API merchants: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (url: string, keys = DEMO.partnerKeys) => t.inject({ method: 'GET', url, headers: await t.auth(keys) });

  it('lists the merchants with a unit connected to the partner', async () => {
    const res = await get('/management/v1/merchants');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ merchants: [FJELLBAKERIET] });
  });

  it("lists just the caller's own merchant for a merchant's keys", async () => {
    expect((await get('/management/v1/merchants', DEMO.merchantManagementKeys)).json().merchants.map((m: { name: string }) => m.name)).toEqual(['Fjellbakeriet AS']);
    expect((await get('/management/v1/merchants', DEMO.merchantKeys)).json().merchants.map((m: { name: string }) => m.name)).toEqual(['Havblikk Sjømat AS']);
  });

  it('lists nothing for a partner without units', async () => {
    expect((await get('/management/v1/merchants', DEMO.managementKeys)).json()).toEqual({ merchants: [] });
  });

  it('gets one merchant by business identifier', async () => {
    const res = await get('/management/v1/merchants/business:NO:ORG/923456783');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual(FJELLBAKERIET);
  });

  it("lists a merchant's units connected to the partner", async () => {
    const res = await get('/management/v1/merchants/business:NO:ORG/923456783/sales-units');
    expect(res.json()).toEqual([
      { msn: '212345', name: 'Fjellbakeriet Nett' },
      { msn: '212346', name: 'Fjellbakeriet Kafe' },
    ]);
    expect((await get('/management/v1/merchants/business:NO:ORG/934567897/sales-units', DEMO.merchantKeys)).json()).toEqual([{ msn: '312345', name: 'Havblikk Sjømat' }]);
  });

  it('lists no contracts until the merchant has signed an agreement, then links to its PDF', async () => {
    expect((await get('/management/v1/merchants/business:NO:ORG/923456783/contracts')).json()).toEqual({ urls: [] });
    const id = await signAgreement(t.rt.store.db, '923456783', '%PDF-1.4 Fjellbakeriet agreement');
    const { urls } = (await get('/management/v1/merchants/business:NO:ORG/923456783/contracts')).json();
    expect(urls).toEqual([`http://vpp.test/management/v1/merchants/business:NO:ORG/923456783/contracts/${id}.pdf`]);
    const pdf = await get(new URL(urls[0]).pathname);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toBe('%PDF-1.4 Fjellbakeriet agreement');
    // The merchant's own management keys fetch it too.
    expect((await get(new URL(urls[0]).pathname, DEMO.merchantManagementKeys)).statusCode).toBe(200);
  });

  it('does not list a declined agreement as a contract', async () => {
    const declined = await signAgreement(t.rt.store.db, '934567897', '%PDF-1.4 declined');
    await t.rt.store.db.updateTable('merchant_agreements').set({ status: 'DECLINED' }).where('id', '=', declined).execute();
    expect((await get('/management/v1/merchants/business:NO:ORG/934567897/contracts', DEMO.merchantKeys)).json()).toEqual({ urls: [] });
    expect((await get(`/management/v1/merchants/business:NO:ORG/934567897/contracts/${declined}.pdf`, DEMO.merchantKeys)).statusCode).toBe(404);
  });
});
