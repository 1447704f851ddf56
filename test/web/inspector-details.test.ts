import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { create, partner, paymentBody, payerDecides } from '../support/payments.js';
import { startReceiver } from '../support/receiver.js';

const detailPath = (id: unknown) => `/inspector/requests/${encodeURIComponent(String(id))}`;

describe("the inspector's request details, replay, resend and filters", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows the request and response with headers and bodies, secrets redacted', async () => {
    const headers = await partner(t);
    const body = paymentBody({ paymentDescription: 'Three cardamom buns' });
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: body });
    expect(res.statusCode).toBe(201);
    const page = await t.inject({ method: 'GET', url: detailPath(res.headers['x-request-id']) });
    expect(page.statusCode).toBe(200);
    for (const text of ['POST /epayment/v1/payments', 'Three cardamom buns', body.reference, 'idempotency-key', 'Bearer [redacted]', 'ocp-apim-subscription-key', 'redirectUrl', 'content-type']) {
      expect(page.body, text).toContain(text);
    }
    expect(page.body).not.toContain(headers.authorization!.slice(7, 60));
    expect(page.body).not.toContain(DEMO.partnerKeys.subscriptionKey);
  });

  it('keeps no client secret, access token or webhook secret', async () => {
    const k = DEMO.partnerKeys;
    const token = await t.inject({ method: 'POST', url: '/accesstoken/get', headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey } });
    expect(token.statusCode).toBe(200);
    const tokenPage = (await t.inject({ method: 'GET', url: detailPath(token.headers['x-request-id']) })).body;
    expect(tokenPage).toContain(k.clientId);
    expect(tokenPage).not.toContain(k.clientSecret);
    expect(tokenPage).not.toContain(token.json().access_token.slice(0, 60));
    expect(tokenPage).toContain('&quot;access_token&quot;: &quot;[redacted]&quot;');

    const hook = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await partner(t), payload: { url: 'https://example.com/hooks', events: ['epayments.payment.created.v1'] } });
    expect(hook.statusCode).toBe(201);
    const hookPage = (await t.inject({ method: 'GET', url: detailPath(hook.headers['x-request-id']) })).body;
    expect(hookPage).not.toContain(hook.json().secret);
    expect(hookPage).toContain(hook.json().id);
  });

  it('cuts a body at 16 KiB and then does not offer to replay it', async () => {
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t), payload: paymentBody({ paymentDescription: 'x'.repeat(20_000) }) });
    expect(res.statusCode).toBe(400);
    const page = await t.inject({ method: 'GET', url: detailPath(res.headers['x-request-id']) });
    expect(page.body).toMatch(/\[cut: \d+ bytes in all\]/);
    expect(page.body).toContain('cannot be replayed');
    const replay = await t.inject({ method: 'POST', url: `${detailPath(res.headers['x-request-id'])}/replay` });
    expect(replay.statusCode).toBe(409);
  });

  it('replays a request as the same key set with a fresh token, and logs the replay as a request of its own', async () => {
    const { reference } = await create(t, await partner(t));
    const get = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers: await partner(t) });
    expect(get.statusCode).toBe(200);
    const replay = await t.inject({ method: 'POST', url: `${detailPath(get.headers['x-request-id'])}/replay` });
    expect(replay.statusCode).toBe(303);
    const again = await t.inject({ method: 'GET', url: replay.headers.location as string });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain(`GET /epayment/v1/payments/${reference}`);
    expect(again.body).toContain('>200<');
    expect(again.body).toContain(`x-vpp-replay-of`);
    expect(again.body).toContain('&quot;state&quot;: &quot;CREATED&quot;');

    // A replayed POST with its Idempotency-Key answers as the first did: nothing moves twice.
    const { reference: ref2 } = await create(t, await partner(t));
    await payerDecides(t, DEMO.units.partnerNett, ref2, 'approve');
    const capture = await t.inject({ method: 'POST', url: `/epayment/v1/payments/${ref2}/capture`, headers: await partner(t), payload: { modificationAmount: { currency: 'NOK', value: 300 } } });
    expect(capture.statusCode).toBe(200);
    const r2 = await t.inject({ method: 'POST', url: `${detailPath(capture.headers['x-request-id'])}/replay` });
    expect(r2.statusCode).toBe(303);
    const after = (await t.inject({ method: 'GET', url: `/epayment/v1/payments/${ref2}`, headers: await partner(t) })).json();
    expect(after.aggregate.capturedAmount.value).toBe(300);
  });

  it('refuses a replay or resend posted from another site, and an unknown request', async () => {
    const get = await t.inject({ method: 'GET', url: '/epayment/v1/payments/whatever-1', headers: await partner(t) });
    const url = `${detailPath(get.headers['x-request-id'])}/replay`;
    expect((await t.inject({ method: 'POST', url, headers: { origin: 'https://evil.example', host: 'localhost:80' } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'POST', url, headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'POST', url: '/inspector/webhooks/0190f0f0-0000-7000-8000-000000000000/resend', headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: detailPath('no-such-request') })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: `${detailPath('no-such-request')}/replay` })).statusCode).toBe(404);
  });

  it('filters by partner, endpoint and time; a bad time is a 400 with a reason', async () => {
    const mine = await t.inject({ method: 'GET', url: '/epayment/v1/payments/filter-me-1', headers: await partner(t) });
    const other = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await t.auth(DEMO.otherPartnerKeys), payload: { url: 'https://example.com/x', events: ['epayments.payment.created.v1'] } });
    const id1 = String(mine.headers['x-request-id']);
    const id2 = String(other.headers['x-request-id']);
    const byPartner = (await t.inject({ method: 'GET', url: `/inspector?partner=${encodeURIComponent(DEMO.partners.premium)}` })).body;
    expect(byPartner).toContain(id1);
    expect(byPartner).not.toContain(id2);
    const byEndpoint = (await t.inject({ method: 'GET', url: '/inspector?endpoint=/webhooks/v1' })).body;
    expect(byEndpoint).toContain(id2);
    expect(byEndpoint).not.toContain(id1);
    const byRoute = (await t.inject({ method: 'GET', url: `/inspector?endpoint=${encodeURIComponent('/epayment/v1/payments/:reference')}` })).body;
    expect(byRoute).toContain(id1);
    const now = new Date(t.rt.clock.now());
    const iso = (d: Date) => d.toISOString().slice(0, 16);
    const past = (await t.inject({ method: 'GET', url: `/inspector?to=${iso(new Date(now.getTime() - 3_600_000))}` })).body;
    expect(past).not.toContain(id1);
    const window = (await t.inject({ method: 'GET', url: `/inspector?from=${iso(new Date(now.getTime() - 3_600_000))}&to=${iso(new Date(now.getTime() + 3_600_000))}` })).body;
    expect(window).toContain(id1);
    const bad = await t.inject({ method: 'GET', url: '/inspector?from=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('From must be a time');
  });

  it('draws requests and errors per endpoint and API quality per unit with chart.js served from the package', async () => {
    await t.inject({ method: 'GET', url: '/epayment/v1/payments/chart-me-1', headers: await partner(t) });
    const page = (await t.inject({ method: 'GET', url: '/inspector' })).body;
    for (const id of ['chart-requests', 'chart-errors', 'chart-units', 'inspector-chart-data']) expect(page).toContain(`id="${id}"`);
    const data = JSON.parse(/<script type="application\/json" id="inspector-chart-data">([^<]*)<\/script>/.exec(page)![1]!);
    expect(data.series.endpoints.map((e: { endpoint: string }) => e.endpoint)).toContain('GET /epayment/v1/payments/:reference');
    expect(data.units.map((u: { msn: string }) => u.msn)).toContain(DEMO.units.partnerNett);
    expect(page).not.toMatch(/src="https?:/);
    const lib = await t.inject({ method: 'GET', url: '/assets/vendor/chart.umd.min.js' });
    expect(lib.statusCode).toBe(200);
    expect(lib.headers['content-type']).toContain('javascript');
    expect(lib.body).toContain('Chart');
    expect((await t.inject({ method: 'GET', url: '/assets/vendor/evil.js' })).statusCode).toBe(400);
  });

  it('resends a webhook delivery from its card and shows when a waiting one is tried next', async () => {
    const rx = await startReceiver();
    try {
      rx.answers = [500, 500, 500];
      await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await partner(t, DEMO.units.partnerKafe), payload: { url: rx.url('/resend-me'), events: ['epayments.payment.created.v1'] } });
      await create(t, await partner(t, DEMO.units.partnerKafe));
      await t.rt.outbox.runOnce();
      const list = (await t.inject({ method: 'GET', url: `/inspector/webhooks?msn=${DEMO.units.partnerKafe}` })).body;
      expect(list).toContain('data-next-attempt');
      expect(list).toMatch(/next attempt \d{4}-\d\d-\d\d /);
      const id = /data-delivery-id="([0-9a-f-]{36})"/.exec(list)![1]!;
      const resend = await t.inject({ method: 'POST', url: `/inspector/webhooks/${id}/resend`, payload: { back: `/inspector/webhooks?msn=${DEMO.units.partnerKafe}` } });
      expect(resend.statusCode).toBe(303);
      expect(resend.headers.location).toBe(`/inspector/webhooks?msn=${DEMO.units.partnerKafe}`);
      const after = (await t.inject({ method: 'GET', url: resend.headers.location as string })).body;
      expect((after.match(/data-delivery-id=/g) ?? []).length).toBe((list.match(/data-delivery-id=/g) ?? []).length + 1);
      const elsewhere = await t.inject({ method: 'POST', url: `/inspector/webhooks/${id}/resend`, payload: { back: 'https://evil.example/' } });
      expect(elsewhere.headers.location).toBe('/inspector/webhooks');
      expect((await t.inject({ method: 'POST', url: '/inspector/webhooks/not-a-delivery/resend' })).statusCode).toBe(404);
    } finally {
      await rx.close();
    }
  });
});
