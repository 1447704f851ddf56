// Fault rules: what a partner's test asks vpp to get wrong on purpose, and which requests
// or webhook deliveries it hits. Pure: matching and labels; the rules live in the database.

export const FAULT_KINDS = ['latency', 'status', 'timeout', 'webhook-drop', 'webhook-delay', 'webhook-duplicate'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export const TIMEOUT_MODES = ['hold', 'close'] as const;
export type TimeoutMode = (typeof TIMEOUT_MODES)[number];

export interface FaultRule {
  id: string;
  kind: FaultKind;
  /** Partner id or name; null: every caller. */
  partner: string | null;
  msn: string | null;
  /** HTTP method; null: any. */
  method: string | null;
  /** A route pattern (`/epayment/v1/payments/:reference/capture`) or a path; `*` matches anything. */
  route: string | null;
  /** Share of matching requests hit, 0 < share ≤ 1. */
  share: number;
  /** How many more times it may hit; null: without end. */
  remaining: number | null;
  status: number | null;
  /** latency: added before answering; webhook-delay: before the first attempt. */
  delayMs: number | null;
  timeout: TimeoutMode | null;
  createdAt: number;
}

export const isWebhookFault = (k: FaultKind) => k.startsWith('webhook-');

/** What a request looks like to a rule. */
export interface FaultTarget {
  method: string;
  /** The route pattern Fastify matched. */
  route: string;
  path: string;
  msn: string | null;
  partnerId: string | null;
  partnerName: string | null;
}

const patterns = new Map<string, RegExp>();
function patternOf(route: string): RegExp {
  let re = patterns.get(route);
  if (!re) {
    re = new RegExp(`^${route.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (patterns.size > 1000) patterns.clear();
    patterns.set(route, re);
  }
  return re;
}

export function routeMatches(pattern: string | null, target: { route: string; path: string }): boolean {
  if (pattern === null) return true;
  const re = patternOf(pattern);
  return re.test(target.route) || re.test(target.path);
}

export function partnerMatches(rule: { partner: string | null }, partnerId: string | null, partnerName: string | null): boolean {
  return rule.partner === null || rule.partner === partnerId || rule.partner === partnerName;
}

/** Whether the rule is meant for this API request (before its share is drawn). */
export function ruleMatchesRequest(rule: FaultRule, t: FaultTarget): boolean {
  if (isWebhookFault(rule.kind)) return false;
  if (rule.remaining !== null && rule.remaining <= 0) return false;
  if (rule.method !== null && rule.method !== t.method) return false;
  if (rule.msn !== null && rule.msn !== t.msn) return false;
  if (!partnerMatches(rule, t.partnerId, t.partnerName)) return false;
  return routeMatches(rule.route, t);
}

/** Whether the rule is meant for a webhook delivery of this unit's event. */
export function ruleMatchesDelivery(rule: FaultRule, d: { msn: string; eventType: string; partnerId: string | null; partnerName: string | null }): boolean {
  if (!isWebhookFault(rule.kind)) return false;
  if (rule.remaining !== null && rule.remaining <= 0) return false;
  if (rule.msn !== null && rule.msn !== d.msn) return false;
  if (!partnerMatches(rule, d.partnerId, d.partnerName)) return false;
  // For deliveries the "route" names event types: epayments.payment.captured.v1, epayments.*.
  return rule.route === null || patternOf(rule.route).test(d.eventType);
}

/** The X-Vpp-Fault header and request-log mark: what was done and by which rule. */
export function faultLabel(rule: FaultRule): string {
  switch (rule.kind) {
    case 'latency':
      return `latency ${rule.delayMs} ms; rule ${rule.id}`;
    case 'status':
      return `status ${rule.status}; rule ${rule.id}`;
    case 'timeout':
      return `timeout ${rule.timeout}; rule ${rule.id}`;
    case 'webhook-delay':
      return `webhook delayed ${Math.round((rule.delayMs ?? 0) / 1000)} s; rule ${rule.id}`;
    case 'webhook-drop':
      return `webhook dropped; rule ${rule.id}`;
    case 'webhook-duplicate':
      return `webhook duplicated; rule ${rule.id}`;
  }
}
