// Userinfo by sub from Recurring: only the unit the payer accepted the agreement with may
// read what they shared; other units, other partners and other kinds of keys may not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { auth, merchantCaller, NETT, partnerCaller } from '../../support/recurring.js';
import { sharedAgreement, userinfoPath } from '../../support/recurring-profile.js';

let t: TestApp;
let partnerSub: string;
let merchantSub: string;
beforeAll(async () => {
  t = await startTestApp();
  partnerSub = (await sharedAgreement(t, partnerCaller, 'name nin')).sub;
  merchantSub = (await sharedAgreement(t, merchantCaller, 'name nin')).sub;
});
afterAll(() => t.close());

const get = async (sub: string, headers: Record<string, string>) => t.inject({ method: 'GET', url: userinfoPath(sub), headers });

describe('Userinfo by sub security (Recurring)', () => {
  it('gives each unit its own sub for the same person', () => {
    expect(partnerSub).not.toBe(merchantSub);
  });

  it('answers 404 to another unit asking for a sub shared with one unit, and tells it nothing', async () => {
    const partnerAsksHavblikk = await get(merchantSub, await auth(t, partnerCaller));
    expect(partnerAsksHavblikk.statusCode).toBe(404);
    expect(partnerAsksHavblikk.body).not.toContain('Kari');
    const merchantAsksNett = await get(partnerSub, await auth(t, merchantCaller));
    expect(merchantAsksNett.statusCode).toBe(404);
    expect(merchantAsksNett.body).not.toContain('15857710069');
    const samePartnerOtherUnit = await get(partnerSub, await auth(t, { keys: DEMO.partnerKeys, msn: DEMO.units.partnerKafe }));
    expect(samePartnerOtherUnit.statusCode).toBe(404);
  });

  it('refuses another partner\'s token for the unit, and a partner token without Merchant-Serial-Number', async () => {
    const other = await get(partnerSub, await auth(t, { keys: DEMO.otherPartnerKeys, msn: NETT }));
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain('Kari');
    const noMsn = await get(partnerSub, await auth(t, { keys: DEMO.partnerKeys }));
    expect(noMsn.statusCode).toBe(403);
    expect(noMsn.body).not.toContain('Kari');
  });

  it('refuses keys of the wrong kind: management and accounting keys, and a token that is not an API access token', async () => {
    const mgmt = await get(partnerSub, await auth(t, { keys: DEMO.managementKeys, msn: NETT }));
    expect(mgmt.statusCode).toBe(403);
    const accounting = await get(merchantSub, await auth(t, { keys: DEMO.accountingKeys }));
    expect(accounting.statusCode).toBe(403);
    const notApi = await get(merchantSub, { authorization: 'Bearer not-an-api-access-token', 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey });
    expect(notApi.statusCode).toBe(401);
    expect(notApi.headers['content-type']).toContain('application/problem+json');
    for (const r of [mgmt, accounting, notApi]) expect(r.body).not.toContain('Kari');
  });
});
