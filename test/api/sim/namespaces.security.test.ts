// The answer that makes a namespace carries the key sets a partner's CI needs to call the
// APIs in it (the secrets of the demo world's published keys, and of a world the caller sent
// itself). Those secrets go to the caller only: never to the log, the request log or the
// inspector, and the answer is not to be cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

const partner = { name: 'CI Partner AS', partnerId: '200002', level: 'Partner Premium', type: 'platform', contact: { name: 'Kari CI', email: 'kari@ci.example' } };
const key = {
  kind: 'partner',
  owner: 'CI Partner AS',
  clientId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
  clientSecret: 'ci-world-secret-3f9a7b21c4d8',
  subscriptionKey: 'cc11dd22ee33ff4400112233aabbccdd',
  secondarySubscriptionKey: 'cc11dd22ee33ff4400112233aabbccde',
};

describe('the secrets in the answer that makes a namespace', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const everythingLogged = async (name: string) => {
    await t.rt.requestLog.flush();
    const pages = await Promise.all(
      ['/_sim/requests?limit=500', `/ns/${name}/_sim/requests?limit=500`, '/inspector', `/ns/${name}/inspector`].map(async (url) => (await t.inject({ method: 'GET', url })).body),
    );
    return [t.logs.join('\n'), ...pages].join('\n');
  };

  it("gives the keys of a world the caller sent, which work in the namespace, and keeps them out of every log", async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'ci-own', world: { partners: [partner], keySets: [key] } } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().keySets).toContainEqual({ kind: 'partner', owner: 'CI Partner AS', clientId: key.clientId, clientSecret: key.clientSecret, subscriptionKey: key.subscriptionKey });
    // What a CI job does with them: a token, in the namespace.
    const token = await t.inject({ method: 'POST', url: '/ns/ci-own/accesstoken/get', headers: { client_id: key.clientId, client_secret: key.clientSecret, 'ocp-apim-subscription-key': key.subscriptionKey } });
    expect(token.statusCode, token.body).toBe(200);

    const logged = await everythingLogged('ci-own');
    // The token request is in the namespace's request log, its secrets taken out.
    expect(logged).toContain('/accesstoken/get');
    for (const secret of [key.clientSecret, key.subscriptionKey, key.secondarySubscriptionKey, token.json().access_token]) expect(logged).not.toContain(secret);
  });

  it("gives the demo world's published keys, and does not log them either", async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'ci-demo', world: 'demo' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().keySets).toContainEqual(expect.objectContaining({ clientId: DEMO.partnerKeys.clientId, clientSecret: DEMO.partnerKeys.clientSecret }));
    await t.auth(DEMO.partnerKeys); // traffic of the main world too
    const logged = await everythingLogged('ci-demo');
    expect(logged).not.toContain(DEMO.partnerKeys.clientSecret);
  });

  it('a world refused for a bad key set does not echo the secret it carried', async () => {
    const short = { ...key, clientSecret: 'tiny-secret' };
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'ci-bad', world: { partners: [partner], keySets: [short] } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails).toContainEqual(expect.objectContaining({ name: 'world.keySets[0].clientSecret' }));
    expect(res.body).not.toContain('tiny-secret');
    expect(t.logs.join('\n')).not.toContain('tiny-secret');
  });
});
