import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { NETT } from '../../support/namespaces.js';

describe('namespaces: bad requests change nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { maxNamespaces: 2 } });
  });
  afterAll(() => t.close());
  const names = async () => (await t.inject({ method: 'GET', url: '/_sim/namespaces' })).json().namespaces.map((n: { name: string }) => n.name);

  it('refuses a name that cannot be part of a URL, and unknown fields', async () => {
    for (const name of ['', 'has space', 'a/b', 'x'.repeat(41), 'ünicode']) {
      const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name } });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().extraDetails[0].name).toBe('name');
    }
    const extra = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'ok', colour: 'red' } });
    expect(extra.statusCode).toBe(400);
    expect(await names()).toEqual([]);
  });

  it('refuses a world with problems, naming each', async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'bad-world', world: { partners: [{ name: 'No contact' }] } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails.map((d: { name: string }) => d.name)).toContain('world.partners[0].contact');
    expect(await names()).toEqual([]);
  });

  it('refuses a taken name and more than the limit', async () => {
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'one' } })).statusCode).toBe(201);
    const again = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'one' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('already a namespace named "one"');
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'two' } })).statusCode).toBe(201);
    const over = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'three' } });
    expect(over.statusCode).toBe(409);
    expect(over.json().detail).toContain('at most 2 namespaces');
    expect(await names()).toEqual(['one', 'two']);
  });

  it('answers 404 for a namespace that does not exist, and for deleting one', async () => {
    const res = await t.inject({ method: 'GET', url: '/ns/nowhere/_sim/clock' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('no namespace "nowhere"');
    expect((await t.inject({ method: 'DELETE', url: '/_sim/namespaces/nowhere' })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/_sim/namespaces/nowhere' })).statusCode).toBe(404);
  });

  it('does not make or list namespaces from inside one', async () => {
    const res = await t.inject({ method: 'POST', url: '/ns/one/_sim/namespaces', payload: { name: 'nested' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('main world');
    expect((await t.inject({ method: 'GET', url: '/ns/one/_sim/namespaces' })).statusCode).toBe(404);
    expect(await names()).toEqual(['one', 'two']);
  });
});

describe('namespaces: security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("refuses the main world's token in a namespace whose world lacks those keys", async () => {
    const world = { partners: [{ name: 'Own Partner AS', partnerId: '200001', level: 'Partner Premium', type: 'platform', contact: { name: 'Ola Own', email: 'ola@own.example' } }] };
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'own', world } })).statusCode).toBe(201);
    const res = await t.inject({ method: 'GET', url: '/ns/own/epayment/v1/payments/some-ref', headers: await t.auth(DEMO.partnerKeys, NETT) });
    expect(res.statusCode).toBe(401);
  });

});

describe("namespaces of a loaded world with keys of its own", () => {
  const partner = { name: 'Own Partner AS', partnerId: '200001', level: 'Partner Premium', type: 'platform', contact: { name: 'Ola Own', email: 'ola@own.example' } } as const;
  const key = { kind: 'partner', owner: 'Own Partner AS', clientId: '0b6a1d2e-3f40-4c5d-8e9f-a0b1c2d3e4f5', clientSecret: 'not-published-secret', subscriptionKey: 'aa11bb22cc33dd44ee55ff6677889900', secondarySubscriptionKey: 'aa11bb22cc33dd44ee55ff6677889901' } as const;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ world: { partners: [partner], keySets: [key] } as never });
  });
  afterAll(() => t.close());

  it('gives the client id but not the secrets of keys that are not published', async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'copy' } });
    expect(res.statusCode, res.body).toBe(201);
    const own = res.json().keySets.find((k: { clientId: string }) => k.clientId === key.clientId);
    expect(own).toEqual({ kind: 'partner', owner: 'Own Partner AS', clientId: key.clientId });
    expect(res.body).not.toContain(key.clientSecret);
    // The keys work in the namespace all the same.
    const token = await t.inject({ method: 'POST', url: '/ns/copy/accesstoken/get', headers: { client_id: key.clientId, client_secret: key.clientSecret, 'ocp-apim-subscription-key': key.subscriptionKey } });
    expect(token.statusCode, token.body).toBe(200);
  });
});

describe('namespaces without the simulation API', () => {
  it('has no /ns/ paths and no /_sim/namespaces', async () => {
    const t = await startTestApp({ config: { simulation: false } });
    try {
      expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'x' } })).statusCode).toBe(404);
      expect((await t.inject({ method: 'GET', url: '/ns/x/health' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
