// The credential checks every API operation must make, as reusable assertions.
import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { startTestApp, type TestApp } from './app.js';
import { DEMO, type KeyCreds } from './demo.js';

type Req = { method: InjectOptions['method']; url: string; payload?: unknown; headers?: Record<string, string> };

const send = (t: TestApp, r: Req, headers: Record<string, string>) =>
  t.inject({ method: r.method, url: r.url, headers: { ...r.headers, ...headers }, ...(r.payload !== undefined ? { payload: r.payload as object } : {}) });

/** Missing and wrong subscription key, missing and forged token: each 401. Returns the responses. */
export async function expectCredentialChecks(t: TestApp, r: Req, keys: KeyCreds = DEMO.partnerKeys): Promise<LightMyRequestResponse[]> {
  const { authorization } = await t.auth(keys);
  const responses = [
    await send(t, r, { authorization }),
    await send(t, r, { authorization, 'ocp-apim-subscription-key': DEMO.otherPartnerKeys.subscriptionKey === keys.subscriptionKey ? DEMO.partnerKeys.subscriptionKey : DEMO.otherPartnerKeys.subscriptionKey }),
    await send(t, r, { 'ocp-apim-subscription-key': keys.subscriptionKey }),
    await send(t, r, { authorization: 'Bearer not.a.token', 'ocp-apim-subscription-key': keys.subscriptionKey }),
  ];
  responses.forEach((res, i) => expect(res.statusCode, `credential case ${i}: ${res.body}`).toBe(401));
  return responses;
}

/** A token used after it expired (the simulated clock moves past its 24 hours) is refused with 401. */
export async function expectExpiredTokenRefused(r: Req, keys: KeyCreds = DEMO.partnerKeys): Promise<LightMyRequestResponse> {
  const t = await startTestApp();
  try {
    const headers = await t.auth(keys);
    const before = await send(t, r, headers);
    expect(before.statusCode, before.body).not.toBe(401);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86400 + 1 } });
    const res = await send(t, r, headers);
    expect(res.statusCode, res.body).toBe(401);
    expect(res.body).toMatch(/expired/);
    return res;
  } finally {
    await t.close();
  }
}
