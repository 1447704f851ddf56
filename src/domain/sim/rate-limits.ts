// The per-endpoint rate limits the platform documents for ePayment, eCom and Recurring: how
// many calls a minute, and what is counted (the "Key" column of each API's table). A limit
// counts calls per key, never in total: many different payments are never limited.

export interface LimitedCall {
  /** The sales unit acted for (Merchant-Serial-Number, or the merchant keys' own unit). */
  msn: string | null;
  /** The caller's key set: the documented "subscription key" (either of the pair counts as one). */
  keySetId: string | null;
  /** The route's path parameters, as the router parsed them. */
  params: unknown;
  body: unknown;
  /** The Idempotency-Key header (Recurring's CreateCharge counts per charge it would create). */
  idempotencyKey: string | null;
}

export interface RateLimit {
  /** The operation's name in the reference's table. */
  name: string;
  perMinute: number;
  /** What is counted, in words: "reference and MSN". */
  per: string;
  /** What is counted; undefined when the request lacks it (validation answers first). */
  key(c: LimitedCall): string | undefined;
}

export const RATE_WINDOW_MS = 60_000;

const field = (body: unknown, ...path: string[]): string | undefined => {
  let v: unknown = body;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return typeof v === 'string' ? v : undefined;
};
const join = (...parts: (string | null | undefined)[]) => (parts.every((p) => p) ? parts.join('\u0001') : undefined);

const perUnit = (param: string) => (c: LimitedCall) => join(c.msn, field(c.params, param));
const perKey = (param: string) => (c: LimitedCall) => join(c.keySetId, field(c.params, param));
const perAgreement = (c: LimitedCall) => join(c.msn, field(c.params, 'agreementId'));
const perCharge = (c: LimitedCall) => join(c.msn, field(c.params, 'agreementId'), field(c.params, 'chargeId'));
const perMerchant = (c: LimitedCall) => join(c.msn ?? c.keySetId);

/** Keyed by "METHOD route" as Fastify names the route. */
export const RATE_LIMITS: Record<string, RateLimit> = {
  // ePayment (API guide, "Rate limiting"): per reference and MSN; reads per reference and key.
  'POST /epayment/v1/payments': { name: 'Create', perMinute: 5, per: 'reference and MSN', key: (c) => join(c.msn, field(c.body, 'reference')) },
  'POST /epayment/v1/payments/:reference/capture': { name: 'Capture', perMinute: 5, per: 'reference and MSN', key: perUnit('reference') },
  'POST /epayment/v1/payments/:reference/cancel': { name: 'Cancel', perMinute: 5, per: 'reference and MSN', key: perUnit('reference') },
  'POST /epayment/v1/payments/:reference/refund': { name: 'Refund', perMinute: 5, per: 'reference and MSN', key: perUnit('reference') },
  'GET /epayment/v1/payments/:reference': { name: 'Get a payment', perMinute: 120, per: 'reference and subscription key', key: perKey('reference') },
  'GET /epayment/v1/payments/:reference/events': { name: 'Get payment event log', perMinute: 120, per: 'reference and subscription key', key: perKey('reference') },
  // eCom: per orderId and MSN; reads per orderId and subscription key.
  'POST /ecomm/v2/payments': { name: 'Initiate', perMinute: 2, per: 'orderId and MSN', key: (c) => join(c.msn, field(c.body, 'transaction', 'orderId')) },
  'PUT /ecomm/v2/payments/:orderId/cancel': { name: 'Cancel', perMinute: 5, per: 'orderId and MSN', key: perUnit('orderId') },
  'POST /ecomm/v2/payments/:orderId/capture': { name: 'Capture', perMinute: 5, per: 'orderId and MSN', key: perUnit('orderId') },
  'POST /ecomm/v2/payments/:orderId/refund': { name: 'Refund', perMinute: 5, per: 'orderId and MSN', key: perUnit('orderId') },
  'GET /ecomm/v2/payments/:orderId/status': { name: 'Status', perMinute: 120, per: 'orderId and subscription key', key: perKey('orderId') },
  'GET /ecomm/v2/payments/:orderId/details': { name: 'Details', perMinute: 120, per: 'orderId and subscription key', key: perKey('orderId') },
  // Recurring v3: per agreement and charge, per agreement, or per merchant.
  'POST /recurring/v3/agreements/:agreementId/charges': { name: 'CreateCharge', perMinute: 2, per: 'agreement and charge (idempotency key)', key: (c) => join(c.msn, field(c.params, 'agreementId'), c.idempotencyKey) },
  'DELETE /recurring/v3/agreements/:agreementId/charges/:chargeId': { name: 'CancelCharge', perMinute: 5, per: 'agreement and charge', key: perCharge },
  'POST /recurring/v3/agreements/:agreementId/charges/:chargeId/capture': { name: 'CaptureCharge', perMinute: 5, per: 'agreement and charge', key: perCharge },
  'POST /recurring/v3/agreements/:agreementId/charges/:chargeId/refund': { name: 'RefundCharge', perMinute: 5, per: 'agreement and charge', key: perCharge },
  'GET /recurring/v3/agreements': { name: 'ListAgreements', perMinute: 5, per: 'merchant', key: perMerchant },
  'PATCH /recurring/v3/agreements/:agreementId': { name: 'UpdateAgreement', perMinute: 5, per: 'agreement', key: perAgreement },
  'GET /recurring/v3/agreements/:agreementId/charges/:chargeId': { name: 'FetchCharge', perMinute: 10, per: 'agreement and charge', key: perCharge },
  'GET /recurring/v3/charges/:chargeId': { name: 'FetchChargeById', perMinute: 100, per: 'charge', key: (c) => join(c.msn ?? c.keySetId, field(c.params, 'chargeId')) },
  'GET /recurring/v3/agreements/:agreementId/charges': { name: 'ListCharges', perMinute: 10, per: 'agreement', key: perAgreement },
  'GET /recurring/v3/agreements/:agreementId': { name: 'FetchAgreement', perMinute: 120, per: 'agreement', key: perAgreement },
  'POST /recurring/v3/agreements': { name: 'DraftAgreement', perMinute: 300, per: 'merchant', key: perMerchant },
};

export const rateLimitOf = (method: string, route: string): RateLimit | undefined => RATE_LIMITS[`${method} ${route}`];

/** One window of a counter: it starts at the first call and lasts a minute. */
export interface RateWindow {
  startedAt: number;
  count: number;
}

/**
 * The window after one more call at `now`. A window that has run out, or that starts after
 * `now` (the clock was set back with a snapshot), starts again.
 */
export function nextWindow(w: RateWindow | undefined, now: number): RateWindow {
  if (!w || now >= w.startedAt + RATE_WINDOW_MS || now < w.startedAt) return { startedAt: now, count: 1 };
  return { startedAt: w.startedAt, count: w.count + 1 };
}

/** Whole seconds until the window ends (at least 1): the Retry-After of a refused call. */
export const retryAfterSeconds = (w: RateWindow, now: number): number => Math.max(1, Math.ceil((w.startedAt + RATE_WINDOW_MS - now) / 1000));
