// ePayment profile sharing followed by a Userinfo call: the payment's profile.sub names
// the payer, and /userinfo/{sub} returns only the scopes the payment asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, getPayment, merchant, partner, payerDecides } from '../../support/payments.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function sharedSub(headers: () => Promise<Record<string, string>>, msn: string, scope: string) {
  const { reference } = await create(t, await headers(), { profile: { scope } });
  await payerDecides(t, msn, reference, 'approve');
  const sub = (await getPayment(t, await headers(), reference)).json().profile.sub as string;
  expect(sub).toMatch(/^[0-9a-f-]{36}$/);
  return sub;
}

describe('Userinfo by sub after ePayment profile sharing', () => {
  it('returns the consented scopes only, to the merchant', async () => {
    const sub = await sharedSub(() => merchant(t), DEMO.units.noPartner, 'name phoneNumber');
    const res = await t.inject({ method: 'GET', url: `/vipps-userinfo-api/userinfo/${sub}`, headers: await merchant(t) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ sub, name: 'Kari Nordmann', given_name: 'Kari', family_name: 'Nordmann', phone_number: '4791234567' });
  });

  it('returns them to the partner acting for the unit with Merchant-Serial-Number', async () => {
    const sub = await sharedSub(() => partner(t), DEMO.units.partnerNett, 'email birthDate nin address');
    const res = await t.inject({ method: 'GET', url: `/vipps-userinfo-api/userinfo/${sub}`, headers: await partner(t) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ sub, email: 'kari.nordmann@fjellbakeriet.example', email_verified: true, birthdate: '1977-05-15', nin: '15857710069' });
    expect(body.address).toMatchObject({ street_address: 'Bakkegata 1', postal_code: '0150', region: 'Oslo', country: 'NO' });
    expect(body).not.toHaveProperty('name');
    expect(body).not.toHaveProperty('phone_number');
  });
});
