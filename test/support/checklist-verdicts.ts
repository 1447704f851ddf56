// A new partner with its partner keys, and its checklist verdicts read the way its CI reads
// them: GET /integration-checklists/v1/partners/{id}/checklists?api=… with its own keys.
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import type { KeyCreds } from './demo.js';
import { becomePartner, orderPortalAccess, ownLoginOrdersOf, partnerKeysFromPortal } from './partner-journey.js';
import { freshAuth } from './payments.js';
import { backofficeAs, portalAs } from './portal-session.js';
import { caseOf, decide } from './signup.js';

export interface ItemVerdict { key: string; state: string; evidence: string; references: string[]; judgedFrom: string }
export interface Verdicts { allMet: boolean; checklists: { api: string; allMet: boolean; used: boolean; items: ItemVerdict[] }[] }

/** The Vipps-System-* headers a well-behaved integration sends on every call. */
export const SYSTEM_HEADERS = { 'vipps-system-name': 'tindekasse', 'vipps-system-version': '2.1', 'vipps-system-plugin-name': 'tinde-plugin', 'vipps-system-plugin-version': '1.0' };

export interface NewPartner {
  partnerId: string;
  msn: string;
  creds: KeyCreds;
}

/** Applies, is approved at Partner Plus, and reads its partner keys on the portal. */
export async function newPartnerWithKeys(t: TestApp, company: { orgno: string; ceo: string }): Promise<NewPartner> {
  const { partnerId, msn } = await becomePartner(t, company, 'Partner Plus');
  return { partnerId, msn, creds: await partnerKeysFromPortal(t, company, 'partner') };
}

/** The verdicts of one API's checklist, once the recorded traffic is in the aggregates. */
export async function checklistOf(t: TestApp, p: NewPartner, api: string) {
  await t.rt.requestLog.flush();
  const res = await t.inject({ method: 'GET', url: `/integration-checklists/v1/partners/${p.partnerId}/checklists?api=${api}`, headers: await freshAuth(t, p.creds) });
  expect(res.statusCode, res.body).toBe(200);
  const v = res.json() as Verdicts;
  const list = v.checklists[0]!;
  expect(list.api).toBe(api);
  return {
    ...list,
    item(key: string): ItemVerdict {
      const found = list.items.find((i) => i.key === key);
      if (!found) throw new Error(`no item ${key} in the ${api} checklist: ${list.items.map((i) => i.key).join(', ')}`);
      return found;
    },
    /** The keys of the items judged from traffic. */
    trafficKeys: () => list.items.filter((i) => i.judgedFrom === 'traffic').map((i) => i.key),
  };
}

/**
 * Gives the partner's test unit a Login client the way its people do: the CEO orders Vipps
 * Logg inn for the partner's own portal access, the back office approves it, and the CEO
 * registers the redirect URI on the unit's Login page (client_secret_basic, as partner keys need).
 */
export async function loginClientForTestUnit(t: TestApp, company: { orgno: string; ceo: string }, msn: string, redirectUri: string): Promise<{ clientId: string; clientSecret: string }> {
  expect((await orderPortalAccess(t, company)).statusCode).toBe(303);
  const [order] = await ownLoginOrdersOf(t, company.orgno);
  expect((await decide(await backofficeAs(t), await caseOf(t, order!.id), 'approve')).statusCode).toBe(303);
  const ceo = await portalAs(t, company.ceo);
  const saved = await ceo.post(`/portal/merchants/${company.orgno}/keys/${msn}/login`, { _csrf: ceo.csrf, redirectUris: redirectUri, tokenAuthMethod: 'client_secret_basic' });
  expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
  const shown = (await ceo.post(`/portal/merchants/${company.orgno}/keys/${msn}/login/reveal`, { _csrf: ceo.csrf })).body;
  const code = (id: string) => new RegExp(`data-testid="${id}">([^<]+)<`).exec(shown)![1]!;
  return { clientId: code('login-client-id'), clientSecret: code('login-client-secret') };
}
