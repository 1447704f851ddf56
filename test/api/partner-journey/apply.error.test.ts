import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { apply, application, becomePartner, SOLSIDEN, TINDESPORT } from '../../support/partner-journey.js';

describe('applying to become a partner: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const count = async () => (await t.rt.store.db.selectFrom('partner_applications').select('id').execute()).length;

  it('refuses a company that is not in the business registry, and stores nothing', async () => {
    const res = await apply(t, application('999999999'));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail: 'Organisation number 999999999 is not in the business registry. Check the number.', extraDetails: [{ name: 'orgno', reason: 'not found in the business registry' }] });
    expect(await count()).toBe(0);
  });

  it('lists every bad field at once', async () => {
    const res = await apply(t, application(SOLSIDEN.orgno, { partnerType: 'reseller', products: [], expectedMerchants: -1 }));
    expect(res.statusCode).toBe(400);
    const names = (res.json().extraDetails as { name: string }[]).map((d) => d.name).join(' ');
    expect(names).toMatch(/partnerType/);
    expect(names).toMatch(/products/);
    expect(names).toMatch(/expectedMerchants/);
    expect(await count()).toBe(0);
  });

  it('takes one open application per company, and none from a partner', async () => {
    expect((await apply(t, application(SOLSIDEN.orgno))).statusCode).toBe(201);
    const again = await apply(t, application(SOLSIDEN.orgno));
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/^Solsiden Frisør AS has an application waiting for review/);
    await becomePartner(t, TINDESPORT);
    const partner = await apply(t, application(TINDESPORT.orgno));
    expect(partner.statusCode).toBe(409);
    expect(partner.json().detail).toBe('Tindesport AS is a partner already.');
  });

  it('does not approve twice, and will not give partner keys to a Partner', async () => {
    const p = await becomePartner(t, { orgno: '987654325', ceo: '24838410096' }, 'Partner');
    const kinds = (await t.rt.store.db.selectFrom('key_sets').select('kind').where('partner_id', '=', p.partnerId).execute()).map((k) => k.kind);
    expect(kinds).toEqual(['management']);
    const twice = await p.op.post(`/backoffice/partner-applications/${p.applicationId}/approve`, { _csrf: p.op.csrf, level: 'Partner' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('The application was approved already.');
    const issue = await p.op.post(`/backoffice/partners/${p.partnerId}/keys`, { _csrf: p.op.csrf, kind: 'partner' });
    expect(issue.statusCode).toBe(403);
    expect(issue.body).toContain('partner keys come with Partner Plus and Partner Premium');
    expect((await t.rt.store.db.selectFrom('partners').select('id').where('id', '=', p.partnerId).execute()).length).toBe(1);
  });

  it('moving a partner down to Partner revokes its partner keys and keeps management keys', async () => {
    const p = await becomePartner(t, { orgno: '975312461', ceo: '28889510031' }, 'Partner Premium');
    const moved = await p.op.post(`/backoffice/partners/${p.partnerId}/level`, { _csrf: p.op.csrf, level: 'Partner' });
    expect(moved.statusCode).toBe(303);
    const keys = await t.rt.store.db
      .selectFrom('key_sets as k')
      .leftJoin('revoked_key_sets as r', 'r.key_set_id', 'k.id')
      .select(['k.kind', 'r.revoked_at'])
      .where('k.partner_id', '=', p.partnerId)
      .execute();
    expect(keys.filter((k) => k.revoked_at == null).map((k) => k.kind)).toEqual(['management']);
    expect(keys.filter((k) => k.revoked_at != null).map((k) => k.kind)).toEqual(['partner']);
  });
});
