// The ePayment API checklist (reference: epayment/checklist.md), judged from the partner's
// recorded ePayment and Webhooks API calls and the payments they made.
import { attachedItem, endpointsItem, idempotencyItem, repeatedErrorsItem, systemHeadersItem } from './common-items.js';
import { endingItem, endsAbortedOrExpired, endsCancelled, endsCaptured, endsRefunded, paymentRefs, pollsItem } from './payment-items.js';
import type { Checklist, ChecklistItem, TrafficFact } from './types.js';

const P = '/epayment/v1/payments';
const ENDPOINTS = [
  { method: 'POST', route: P, name: 'Create payment' },
  { method: 'GET', route: `${P}/:reference`, name: 'Get payment' },
  { method: 'GET', route: `${P}/:reference/events`, name: 'Get payment event log' },
  { method: 'POST', route: `${P}/:reference/cancel`, name: 'Cancel payment' },
  { method: 'POST', route: `${P}/:reference/capture`, name: 'Capture payment' },
  { method: 'POST', route: `${P}/:reference/refund`, name: 'Refund payment' },
];

const ok = (f: TrafficFact) => f.status >= 200 && f.status < 300;

function notes(f: TrafficFact): string[] {
  if (f.method === 'POST' && f.route === P && ok(f)) return ['created'];
  if (f.method === 'GET' && f.route === `${P}/:reference` && ok(f)) return ['polled'];
  if (f.method === 'POST' && f.route === `${P}/:reference/capture`) return ok(f) ? ['capture-attempt', 'captured'] : ['capture-attempt'];
  if (f.method === 'POST' && f.route === `${P}/:reference/refund` && ok(f)) return ['refunded'];
  if (f.method === 'POST' && f.route === `${P}/:reference/cancel` && ok(f)) return ['cancelled'];
  return [];
}

const abortedOrExpired: ChecklistItem = {
  key: 'ended-aborted-or-expired',
  title: 'A payment ending ABORTED or EXPIRED, seen by the integration',
  how: 'A payment the integration created that the payer rejected or let expire, and that the integration then read with GET.',
  judge: (e) => {
    const found = paymentRefs(e, 'polled').filter((r) => endsAbortedOrExpired(r.payment));
    if (!found.length) return { state: 'not_yet', evidence: 'No aborted or expired payment read with GET yet.' };
    return { state: 'met', evidence: `${found.length} payment(s), for example ${found[0]!.reference} (${found[0]!.payment.state}).`, references: found.slice(0, 5).map((r) => r.reference) };
  },
};

const polls = pollsItem({
  key: 'polls-after-redirect',
  title: 'Polls the payment (GET) rather than relying on the redirect or webhooks alone',
  how: 'Every recent payment that reached AUTHORIZED was read with GET after it was authorized.',
  created: 'created',
  polled: 'polled',
  readWith: 'GET',
});

const capturesAfterAuthorized: ChecklistItem = {
  key: 'captures-after-authorized',
  title: 'Captures only after the payment is AUTHORIZED',
  how: 'Every recent capture call came after its payment was authorized.',
  judge: (e) => {
    const attempts = paymentRefs(e, 'capture-attempt');
    if (!attempts.length) return { state: 'not_yet', evidence: 'No capture yet.' };
    const early = attempts.filter((r) => r.payment.authorizedAt == null || r.firstAt < r.payment.authorizedAt);
    if (early.length) return { state: 'not_yet', evidence: `${early.length} payment(s) had a capture before authorization, for example ${early[0]!.reference}.`, references: early.slice(0, 5).map((r) => r.reference) };
    return { state: 'met', evidence: `All ${attempts.length} captured payments were authorized first.` };
  },
};

const webhookHandled: ChecklistItem = {
  key: 'handles-webhooks',
  title: 'Handles webhooks (deliveries answered with 2xx)',
  how: "Deliveries to the webhooks registered for the partner's sales units: at least one answered 2xx and none given up.",
  judge: (e) => {
    const { delivered, failed, pending } = e.webhookDeliveries;
    const evidence = `${delivered} delivered, ${failed} given up after retries, ${pending} still retrying.`;
    return { state: delivered > 0 && failed === 0 ? 'met' : 'not_yet', evidence };
  },
};

export const epaymentChecklist: Checklist = {
  api: 'epayment',
  title: 'ePayment API',
  owns: (f) => f.api === 'epayment' || f.api === 'webhooks',
  notes,
  noteItems: ['created', 'polled', 'capture-attempt', 'captured', 'refunded', 'cancelled'],
  paymentReferences: true,
  items: [
    endpointsItem(ENDPOINTS),
    systemHeadersItem,
    idempotencyItem,
    endingItem('ended-captured', 'A payment ending CAPTURED', 'captured', endsCaptured, 'A payment the integration captured and did not refund.'),
    endingItem('ended-refunded', 'A payment ending REFUNDED', 'refunded', endsRefunded, 'A payment the integration refunded.'),
    endingItem('ended-cancelled', 'A payment ending CANCELLED', 'cancelled', endsCancelled, 'A payment the integration cancelled before capturing anything.'),
    abortedOrExpired,
    polls,
    capturesAfterAuthorized,
    webhookHandled,
    repeatedErrorsItem,
    attachedItem('handle-responses', 'Handles every payment state and response', 'how each state is shown to users (screenshots or a demo)'),
    attachedItem('handle-redirects', 'Handles the returnUrl opening in the default browser', 'a description or a demo'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots of the payment button and flow'),
    attachedItem('customer-support', 'Customer support has the tools it needs', 'a description of the support tools'),
  ],
};
