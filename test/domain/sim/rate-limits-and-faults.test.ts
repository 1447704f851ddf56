// Rules with no I/O: the rate-limit window, the documented keys, fault matching and labels.
import { describe, expect, it } from 'vitest';
import { nextWindow, rateLimitOf, retryAfterSeconds, RATE_WINDOW_MS } from '../../../src/domain/sim/rate-limits.js';
import { faultLabel, routeMatches, ruleMatchesDelivery, ruleMatchesRequest, type FaultRule } from '../../../src/domain/sim/fault-rules.js';
import { faultRuleFromInput } from '../../../src/domain/sim/fault-rule-input.js';

const call = (o: Partial<Parameters<NonNullable<ReturnType<typeof rateLimitOf>>['key']>[0]> = {}) => ({ msn: '212345', keySetId: 'ks1', params: {}, body: undefined, idempotencyKey: null, ...o });

describe('the rate-limit window', () => {
  it('starts at the first call, counts within a minute, and starts again after it', () => {
    let w = nextWindow(undefined, 1000);
    expect(w).toEqual({ startedAt: 1000, count: 1 });
    w = nextWindow(w, 1000 + RATE_WINDOW_MS - 1);
    expect(w).toEqual({ startedAt: 1000, count: 2 });
    expect(nextWindow(w, 1000 + RATE_WINDOW_MS)).toEqual({ startedAt: 1000 + RATE_WINDOW_MS, count: 1 });
  });
  it('starts again when the clock was set back before the window', () => {
    expect(nextWindow({ startedAt: 5000, count: 9 }, 4000)).toEqual({ startedAt: 4000, count: 1 });
  });
  it('says to retry when the window ends, at least a second ahead', () => {
    expect(retryAfterSeconds({ startedAt: 0, count: 6 }, 15_500)).toBe(45);
    expect(retryAfterSeconds({ startedAt: 0, count: 6 }, 59_999)).toBe(1);
  });
});

describe('the documented keys', () => {
  it('ePayment create counts per reference and MSN, reads per reference and subscription key', () => {
    const create = rateLimitOf('POST', '/epayment/v1/payments')!;
    expect(create.perMinute).toBe(5);
    expect(create.key(call({ body: { reference: 'a' } }))).not.toBe(create.key(call({ body: { reference: 'b' } })));
    expect(create.key(call({ body: { reference: 'a' } }))).not.toBe(create.key(call({ msn: '212346', body: { reference: 'a' } })));
    const get = rateLimitOf('GET', '/epayment/v1/payments/:reference')!;
    expect(get.perMinute).toBe(120);
    expect(get.key(call({ params: { reference: 'a' } }))).toBe(get.key(call({ msn: '999999', params: { reference: 'a' } })));
    expect(get.key(call({ params: { reference: 'a' } }))).not.toBe(get.key(call({ keySetId: 'ks2', params: { reference: 'a' } })));
  });
  it('eCom initiate counts per orderId (2 a minute); without one nothing is counted', () => {
    const l = rateLimitOf('POST', '/ecomm/v2/payments')!;
    expect(l.perMinute).toBe(2);
    expect(l.key(call({ body: { transaction: {} } }))).toBeUndefined();
  });
  it('Recurring has the documented limits per agreement, charge or merchant', () => {
    expect(rateLimitOf('POST', '/recurring/v3/agreements/:agreementId/charges')!.perMinute).toBe(2);
    expect(rateLimitOf('GET', '/recurring/v3/charges/:chargeId')!.perMinute).toBe(100);
    expect(rateLimitOf('POST', '/recurring/v3/agreements')!.perMinute).toBe(300);
    expect(rateLimitOf('GET', '/recurring/v3/agreements/:agreementId')!.perMinute).toBe(120);
    expect(rateLimitOf('GET', '/webhooks/v1/webhooks')).toBeUndefined();
  });
});

const rule = (over: Partial<FaultRule>): FaultRule => ({ id: 'f-1', createdAt: 0, ...faultRuleFromInput({ kind: 'status', status: 503 }), ...over });
const target = { method: 'POST', route: '/epayment/v1/payments/:reference/capture', path: '/epayment/v1/payments/abc/capture', msn: '212345', partnerId: 'p1', partnerName: 'Fjordkassa Platform' };

describe('fault rules', () => {
  it('match a route pattern or a path, with * for anything', () => {
    expect(routeMatches('/epayment/v1/payments/:reference/capture', target)).toBe(true);
    expect(routeMatches('/epayment/v1/payments/abc/capture', target)).toBe(true);
    expect(routeMatches('/epayment/*', target)).toBe(true);
    expect(routeMatches('/ecomm/*', target)).toBe(false);
    expect(routeMatches('/epayment/v1/payments', target)).toBe(false);
  });
  it('are scoped by method, MSN and partner (id or name), and stop when used up', () => {
    expect(ruleMatchesRequest(rule({}), target)).toBe(true);
    expect(ruleMatchesRequest(rule({ method: 'GET' }), target)).toBe(false);
    expect(ruleMatchesRequest(rule({ msn: '212346' }), target)).toBe(false);
    expect(ruleMatchesRequest(rule({ partner: 'Fjordkassa Platform' }), target)).toBe(true);
    expect(ruleMatchesRequest(rule({ partner: 'p1' }), target)).toBe(true);
    expect(ruleMatchesRequest(rule({ partner: 'p2' }), target)).toBe(false);
    expect(ruleMatchesRequest(rule({ remaining: 0 }), target)).toBe(false);
  });
  it('of webhook kinds hit deliveries by event type, never requests', () => {
    const drop = rule({ ...faultRuleFromInput({ kind: 'webhook-drop', route: 'epayments.payment.*' }) });
    expect(ruleMatchesRequest(drop, target)).toBe(false);
    expect(ruleMatchesDelivery(drop, { msn: '212345', eventType: 'epayments.payment.captured.v1', partnerId: null, partnerName: null })).toBe(true);
    expect(ruleMatchesDelivery(drop, { msn: '212345', eventType: 'recurring.agreement-activated.v1', partnerId: null, partnerName: null })).toBe(false);
    expect(ruleMatchesDelivery(rule({}), { msn: '212345', eventType: 'epayments.payment.captured.v1', partnerId: null, partnerName: null })).toBe(false);
  });
  it('say what they did and which rule did it', () => {
    expect(faultLabel(rule({}))).toBe('status 503; rule f-1');
    expect(faultLabel(rule(faultRuleFromInput({ kind: 'timeout' })))).toBe('timeout hold; rule f-1');
    expect(faultLabel(rule(faultRuleFromInput({ kind: 'webhook-delay', delaySeconds: 30 })))).toBe('webhook delayed 30 s; rule f-1');
  });
});
