// Recurring profile sharing followed by a Userinfo call: an agreement created with `scope`
// and accepted by the payer shows a sub, and /userinfo/{sub} returns only the consented
// scopes, to the merchant and to the partner acting for the unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, getPayment, merchant, payerDecides } from '../../support/payments.js';
import { auth, headers, merchantCaller, partnerCaller } from '../../support/recurring.js';
import { getAgreement, sharedAgreement, userinfoPath } from '../../support/recurring-profile.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('Userinfo by sub after Recurring profile sharing', () => {
  it('returns the consented scopes only, to the merchant, at the agreement\'s userinfoUrl', async () => {
    const { sub, userinfoUrl } = await sharedAgreement(t, merchantCaller, 'name phoneNumber');
    expect(new URL(userinfoUrl).pathname).toBe(userinfoPath(sub));
    const res = await t.inject({ method: 'GET', url: userinfoPath(sub), headers: await auth(t, merchantCaller) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ sub, name: 'Kari Nordmann', given_name: 'Kari', family_name: 'Nordmann', phone_number: '4791234567' });
  });

  it('returns them to the partner acting for the unit with Merchant-Serial-Number', async () => {
    const { sub } = await sharedAgreement(t, partnerCaller, 'email birthDate nin address');
    const res = await t.inject({ method: 'GET', url: userinfoPath(sub), headers: await auth(t, partnerCaller) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ sub, email: 'kari.nordmann@fjellbakeriet.example', email_verified: true, birthdate: '1977-05-15', nin: '15857710069' });
    expect(body.address).toMatchObject({ street_address: 'Bakkegata 1', postal_code: '0150', region: 'Oslo', country: 'NO' });
    expect(body).not.toHaveProperty('name');
    expect(body).not.toHaveProperty('phone_number');
  });

  it('is the sub of the person\'s ePayment profile sharing at the same unit, and the shares add up', async () => {
    const { sub } = await sharedAgreement(t, merchantCaller, 'email');
    const { reference } = await create(t, await merchant(t), { profile: { scope: 'birthDate' } });
    await payerDecides(t, DEMO.units.noPartner, reference, 'approve');
    expect((await getPayment(t, await merchant(t), reference)).json().profile.sub).toBe(sub);
    const body = (await t.inject({ method: 'GET', url: userinfoPath(sub), headers: await auth(t, merchantCaller) })).json();
    expect(body).toMatchObject({ sub, email: 'kari.nordmann@fjellbakeriet.example', birthdate: '1977-05-15' });
  });

  it('still answers after the merchant stops the agreement, within the 168 hours', async () => {
    const { agreementId, sub } = await sharedAgreement(t, merchantCaller, 'name');
    const stop = await t.inject({ method: 'PATCH', url: `/recurring/v3/agreements/${agreementId}`, headers: await headers(t, merchantCaller), payload: { status: 'STOPPED' } });
    expect(stop.statusCode).toBe(204);
    expect((await getAgreement(t, agreementId, merchantCaller)).status).toBe('STOPPED');
    const res = await t.inject({ method: 'GET', url: userinfoPath(sub), headers: await auth(t, merchantCaller) });
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe('Kari Nordmann');
  });
});
