// What is open to whom when vpp serves beyond loopback: the inspector and the mailbox need
// an operator's log-in, and webhooks may not point at private, loopback or link-local hosts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/config.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { backofficeAs } from '../support/portal-session.js';

describe('defaults follow the listen address', () => {
  it('on loopback: pages open, private webhook targets allowed', () => {
    expect(parseCommandLine(['start']).config).toMatchObject({ operatorPagesLogin: false, privateWebhooks: true });
  });
  it('beyond loopback: pages behind the log-in, private webhook targets refused', () => {
    expect(parseCommandLine(['start', '--host', '0.0.0.0']).config).toMatchObject({ operatorPagesLogin: true, privateWebhooks: false });
  });
  it('an operator may ask for either on any address', () => {
    expect(parseCommandLine(['start', '--operator-pages', 'login', '--private-webhooks', 'refuse']).config).toMatchObject({ operatorPagesLogin: true, privateWebhooks: false });
    expect(parseCommandLine(['start', '--host', '0.0.0.0'], { VPP_OPERATOR_PAGES: 'open', VPP_PRIVATE_WEBHOOKS: 'allow' }).config).toMatchObject({ operatorPagesLogin: false, privateWebhooks: true });
  });
});

describe('with --operator-pages login and --private-webhooks refuse', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { operatorPagesLogin: true, privateWebhooks: false } });
  });
  afterAll(async () => t?.close());

  for (const url of ['/inspector', '/mailbox']) {
    it(`${url} sends a visitor to the back-office log-in, and shows itself to an operator`, async () => {
      const anonymous = await t.inject({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.headers.location).toBe(`/backoffice/login?next=${encodeURIComponent(url)}`);
      const operator = await backofficeAs(t);
      expect((await operator.get(url)).statusCode).toBe(200);
    });
  }

  for (const target of ['http://127.0.0.1:5432/hook', 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/hook', 'https://[::1]/hook', 'http://localhost:9/hook']) {
    it(`refuses a webhook to ${target}`, async () => {
      const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await t.auth(DEMO.merchantKeys, DEMO.units.noPartner), payload: { url: target, events: ['epayments.payment.created.v1'] } });
      expect(res.statusCode).toBe(400);
      expect(res.body).toMatch(/private, loopback or link-local/);
    });
  }

  it('accepts a webhook to a public address', async () => {
    const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await t.auth(DEMO.merchantKeys, DEMO.units.noPartner), payload: { url: 'https://93.184.216.34/hook', events: ['epayments.payment.created.v1'] } });
    expect(res.statusCode).toBe(201);
  });
});
