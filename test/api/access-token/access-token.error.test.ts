import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

const k = DEMO.partnerKeys;
const post = (headers: Record<string, string>) => ({ method: 'POST' as const, url: '/accesstoken/get', headers });

describe('POST /accesstoken/get refuses bad credentials, saying what is wrong', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('401 without a subscription key, in the gateway shape', async () => {
    const res = await t.inject(post({ client_id: k.clientId, client_secret: k.clientSecret }));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ statusCode: 401, message: expect.stringMatching(/missing subscription key.*Ocp-Apim-Subscription-Key/) });
  });

  it('401 with an unknown subscription key', async () => {
    const res = await t.inject(post({ client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': '0'.repeat(32) }));
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/invalid subscription key/);
  });

  it('400 without client_id or client_secret, naming the missing header', async () => {
    const res = await t.inject(post({ client_id: k.clientId, 'ocp-apim-subscription-key': k.subscriptionKey }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/client_secret header is missing/) });
    const both = await t.inject(post({ 'ocp-apim-subscription-key': k.subscriptionKey }));
    expect(both.json().error_description).toMatch(/client_id and client_secret headers are missing/);
  });

  it('401 with an unknown client_id', async () => {
    const res = await t.inject(post({ client_id: 'b1b1b1b1-0000-4000-8000-000000000000', client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey }));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthorized_client', error_description: expect.stringMatching(/No key set has this client_id/) });
  });

  it('401 with the wrong secret, without echoing it', async () => {
    const res = await t.inject(post({ client_id: k.clientId, client_secret: 'not-the-secret-at-all', 'ocp-apim-subscription-key': k.subscriptionKey }));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(/client_secret is not the secret/) });
    expect(res.body).not.toContain('not-the-secret-at-all');
  });

  it("401 with another key set's subscription key", async () => {
    const res = await t.inject(post({ client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey }));
    expect(res.statusCode).toBe(401);
    expect(res.json().error_description).toMatch(/belongs to another key set/);
  });

  it('400 invalid_request for a malformed JSON body, in the identity service format', async () => {
    const res = await t.inject({ ...post({ client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey, 'content-type': 'application/json' }), payload: '{"grant_type":' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/not valid JSON/), trace_id: expect.any(String) });
  });

  it('400 invalid_request for a body sent as text/xml', async () => {
    const res = await t.inject({ ...post({ client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey, 'content-type': 'text/xml' }), payload: '<token/>' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/Content-Type/) });
  });

  it('carries the request id in the body and the X-Request-Id header', async () => {
    const res = await t.inject(post({ client_id: k.clientId, client_secret: 'wrong-secret-value', 'ocp-apim-subscription-key': k.subscriptionKey, 'x-request-id': 'trace-me-123' }));
    expect(res.headers['x-request-id']).toBe('trace-me-123');
    expect(res.json().trace_id).toBe('trace-me-123');
  });
});

describe('POST /accesstoken/get in test mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  it('refuses partner keys: they only work in production', async () => {
    const res = await t.inject(post({ client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey }));
    expect(res.statusCode).toBe(401);
    expect(res.json().error_description).toMatch(/Partner keys only work in the production environment/);
  });
});
