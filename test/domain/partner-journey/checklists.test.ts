// The checklist rules as domain functions: what a request counts, and how eCom, Recurring
// and Login items are judged from routes (their APIs' own tests drive real traffic).
import { describe, expect, it } from 'vitest';
import { countFact, tallyBatch } from '../../../src/domain/checklists/counting.js';
import { judgeChecklist } from '../../../src/domain/checklists/judge-checklist.js';
import { CHECKLISTS, checklistOf } from '../../../src/domain/checklists/registry.js';
import type { Checklist, Evidence, TrafficFact } from '../../../src/domain/checklists/types.js';

const fact = (over: Partial<TrafficFact>): TrafficFact => ({ api: 'x', method: 'GET', route: '/', status: 200, at: 1000, msn: '123456', reference: null, systemHeaders: true, idempotencyKey: false, ...over });

/** Evidence from facts, as the writer and the verdict operation would build it (no references). */
function evidenceOf(c: Checklist, facts: TrafficFact[], attachments: Evidence['attachments'] = {}): Evidence {
  const { counters } = tallyBatch([c], facts.map((f) => ({ ...f, partnerId: 'p' })));
  return { counters: Object.fromEntries(counters.map((r) => [r.counter, { n: r.n, lastAt: r.last_at }])), references: {}, webhookDeliveries: { delivered: 0, failed: 0, pending: 0 }, attachments };
}
const state = (c: Checklist, e: Evidence, key: string) => judgeChecklist(c, e).items.find((i) => i.key === key)!;

describe('checklist registry', () => {
  it('has one checklist per API, each with unique item keys', () => {
    expect(CHECKLISTS.map((c) => c.api)).toEqual(['epayment', 'ecom', 'recurring', 'login']);
    for (const c of CHECKLISTS) expect(new Set(c.items.map((i) => i.key)).size).toBe(c.items.length);
  });
});

describe('counting a request', () => {
  const epayment = checklistOf('epayment')!;
  it('counts system headers, idempotency keys, and successes and errors per endpoint', () => {
    const t = countFact(epayment, fact({ api: 'epayment', method: 'POST', route: '/epayment/v1/payments/:reference/capture', status: 409, idempotencyKey: true, reference: 'r1' }))!;
    expect(t.counters).toEqual(['calls', 'calls_with_system_headers', 'modifying', 'modifying_with_idempotency_key', 'error:409 POST /epayment/v1/payments/:reference/capture']);
    expect(t.references).toEqual([{ item: 'capture-attempt', reference: 'r1', msn: '123456' }]);
  });
  it('ignores requests of other APIs', () => {
    expect(countFact(epayment, fact({ api: 'management', route: '/management/v1/sales-units' }))).toBeNull();
  });
});

describe('eCom checklist', () => {
  const c = checklistOf('ecom')!;
  const P = '/ecomm/v2/payments';
  const all = [
    fact({ method: 'POST', route: P, idempotencyKey: true }),
    fact({ method: 'POST', route: `${P}/:orderId/capture` }),
    fact({ method: 'PUT', route: `${P}/:orderId/cancel` }),
    fact({ method: 'POST', route: `${P}/:orderId/refund` }),
    fact({ method: 'GET', route: `${P}/:orderId/details` }),
  ];
  it('is met for endpoints when each answered 2xx, and names the missing ones otherwise', () => {
    expect(state(c, evidenceOf(c, all), 'endpoints').state).toBe('met');
    const v = state(c, evidenceOf(c, all.slice(0, 4)), 'endpoints');
    expect(v).toMatchObject({ state: 'not_yet', evidence: 'Not yet used successfully: Details (GET /ecomm/v2/payments/:orderId/details).' });
  });
  it('needs the system headers on every call: one call without is not met', () => {
    expect(state(c, evidenceOf(c, all), 'system-headers').state).toBe('met');
    expect(state(c, evidenceOf(c, [...all, fact({ method: 'GET', route: `${P}/:orderId/details`, systemHeaders: false })]), 'system-headers')).toMatchObject({ state: 'not_yet', evidence: '5 of 6 calls (83.3%) sent the Vipps-System-* headers.' });
  });
  it('sees an error repeated three times with no success after it, and not two', () => {
    const err = (at: number) => fact({ method: 'POST', route: `${P}/:orderId/capture`, status: 400, at });
    expect(state(c, evidenceOf(c, [...all, err(2000), err(2001)]), 'repeated-errors').state).toBe('met');
    expect(state(c, evidenceOf(c, [...all, err(2000), err(2001), err(2002)]), 'repeated-errors').state).toBe('not_yet');
    // Fixed: a successful capture after the errors.
    expect(state(c, evidenceOf(c, [...all, err(2000), err(2001), err(2002), fact({ method: 'POST', route: `${P}/:orderId/capture`, at: 3000 })]), 'repeated-errors').state).toBe('met');
  });
  it('leaves callbacks to an attachment', () => {
    expect(state(c, evidenceOf(c, all), 'handle-callbacks')).toMatchObject({ state: 'not_yet', judgedFrom: 'attachment' });
    expect(state(c, evidenceOf(c, all, { 'handle-callbacks': { link: 'https://x.example/cb', note: null } }), 'handle-callbacks')).toMatchObject({ state: 'met', link: 'https://x.example/cb' });
  });
});

describe('Recurring checklist', () => {
  const c = checklistOf('recurring')!;
  const A = '/recurring/v3/agreements';
  it('needs an Idempotency-Key on every modifying call', () => {
    const with_ = fact({ method: 'POST', route: A, idempotencyKey: true });
    expect(state(c, evidenceOf(c, [with_]), 'idempotency-key').state).toBe('met');
    expect(state(c, evidenceOf(c, [with_, fact({ method: 'PATCH', route: `${A}/:agreementId` })]), 'idempotency-key')).toMatchObject({ state: 'not_yet', evidence: '1 of 2 modifying calls (50%) sent an Idempotency-Key.' });
  });
  it('judges polling from the agreements it created: read with GET after the payer accepted, not before', () => {
    const ref = (lastAt: number, status = 'ACTIVE') => ({ reference: 'agr_1', msn: '123456', firstAt: 1000, lastAt, agreement: { status, startAt: 2000, recurringCharges: ['CHARGED'] } });
    const e = (polledAt: number): Evidence => ({ ...evidenceOf(c, []), references: { created: [ref(1000)], polled: [ref(polledAt)], used: [] } });
    expect(state(c, e(1500), 'polls-agreement')).toMatchObject({ state: 'not_yet', references: ['agr_1'] });
    expect(state(c, e(2500), 'polls-agreement').state).toBe('met');
    expect(state(c, e(2500), 'charge-charged')).toMatchObject({ state: 'met', references: ['agr_1'] });
    expect(state(c, e(2500), 'charge-refunded').state).toBe('not_yet');
  });
  it('notes the agreement a call named: created, polled, or used by any other successful call', () => {
    const noted = (method: string, route: string, status = 200) => countFact(c, fact({ method, route, status, reference: 'agr_1' }))!.references.map((r) => r.item);
    expect(noted('POST', A, 201)).toEqual(['created']);
    expect(noted('GET', `${A}/:agreementId`)).toEqual(['polled']);
    expect(noted('POST', `${A}/:agreementId/charges/:chargeId/refund`, 204)).toEqual(['used']);
    expect(noted('GET', `${A}/:agreementId`, 404)).toEqual([]);
  });
  it('lists all nine endpoints', () => {
    expect(state(c, evidenceOf(c, [fact({ method: 'POST', route: A })]), 'endpoints').evidence).toMatch(/^Not yet used successfully: Retrieve an agreement/);
  });
});

describe('Login checklist', () => {
  const c = checklistOf('login')!;
  const B = '/access-management-1.0/access';
  const authorize = (status: number, at = 1000) => fact({ route: `${B}/oauth2/auth`, status, systemHeaders: false, at });
  it('is judged by the authorize and token routes under the documented base path', () => {
    expect(state(c, evidenceOf(c, [authorize(303)]), 'endpoints')).toMatchObject({ state: 'not_yet', evidence: 'Not yet used successfully: Token (POST /access-management-1.0/access/oauth2/token).' });
    expect(state(c, evidenceOf(c, [authorize(303), fact({ method: 'POST', route: `${B}/oauth2/token` })]), 'endpoints').state).toBe('met');
  });
  it("counts the browser's authorize request as the endpoint used, not as a call without headers nor an error", () => {
    expect(countFact(c, authorize(302))!.counters).toEqual([`ok:GET ${B}/oauth2/auth`]);
    expect(countFact(c, authorize(400))).toBeNull();
    const e = evidenceOf(c, [authorize(303), authorize(400, 2000), authorize(400, 2001), authorize(400, 2002), fact({ method: 'POST', route: `${B}/oauth2/token` })]);
    expect(state(c, e, 'system-headers')).toMatchObject({ state: 'met', evidence: '1 of 1 calls (100%) sent the Vipps-System-* headers.' });
    expect(state(c, e, 'repeated-errors').state).toBe('met');
  });
  it('counts a token call without the headers, and CIBA calls too', () => {
    const e = evidenceOf(c, [fact({ method: 'POST', route: `${B}/oauth2/token`, systemHeaders: false }), fact({ method: 'POST', route: '/vipps-login-ciba/api/backchannel/authentication' })]);
    expect(state(c, e, 'system-headers')).toMatchObject({ state: 'not_yet', evidence: '1 of 2 calls (50%) sent the Vipps-System-* headers.' });
  });
  it('leaves the public discovery document and keys to an attachment', () => {
    expect(state(c, evidenceOf(c, []), 'discovery-and-keys')).toMatchObject({ judgedFrom: 'attachment', state: 'not_yet' });
  });
  it('is not all met without any traffic', () => {
    expect(judgeChecklist(c, evidenceOf(c, []))).toMatchObject({ allMet: false, used: false });
  });
});
