// Recurring agreements created with `scope` and answered by the payer: the sub the agreement
// shows, for the Userinfo API's /userinfo/{sub}.
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { accept, auth, createAgreement, PAYER, type Caller } from './recurring.js';

export async function getAgreement(t: TestApp, agreementId: string, c: Caller) {
  const res = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}`, headers: await auth(t, c) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { status: string; sub: string | null; userinfoUrl: string | null };
}

/** An agreement with `scope` that the payer accepted: its id and the sub it shows. */
export async function sharedAgreement(t: TestApp, c: Caller, scope: string, over: Record<string, unknown> = {}, phoneNumber = PAYER) {
  const { agreementId } = await createAgreement(t, { scope, phoneNumber, ...over }, c);
  await accept(t, agreementId, phoneNumber);
  const a = await getAgreement(t, agreementId, c);
  expect(a.sub).toMatch(/^[0-9a-f-]{36}$/);
  return { agreementId, sub: a.sub!, status: a.status, userinfoUrl: a.userinfoUrl! };
}

export const userinfoPath = (sub: string) => `/vipps-userinfo-api/userinfo/${sub}`;
