// The Recurring API checklist (reference: recurring/checklist.md), judged by the routes its
// calls hit and the agreements they named: the go-live states (agreements ending ACTIVE and
// STOPPED, RECURRING charges ending CHARGED and REFUNDED) and polling the agreement.
import { agreementEndingItem, AGREEMENT_NOTES, pollsAgreementItem } from './recurring-items.js';
import { attachedItem, routesChecklist } from './routes-checklist.js';
import type { TrafficFact } from './types.js';

const A = '/recurring/v3/agreements';

function notes(f: TrafficFact): string[] {
  if (f.status < 200 || f.status >= 300) return [];
  if (f.method === 'POST' && f.route === A) return ['created'];
  if (f.method === 'GET' && f.route === `${A}/:agreementId`) return ['polled'];
  return f.route.startsWith(`${A}/:agreementId`) ? ['used'] : [];
}

export const recurringChecklist = routesChecklist({
  api: 'recurring',
  title: 'Recurring API',
  prefixes: ['/recurring/v3/'],
  endpoints: [
    { method: 'POST', route: A, name: 'Create an agreement' },
    { method: 'GET', route: `${A}/:agreementId`, name: 'Retrieve an agreement' },
    { method: 'PATCH', route: `${A}/:agreementId`, name: 'Update an agreement' },
    { method: 'GET', route: `${A}/:agreementId/charges`, name: 'List charges' },
    { method: 'POST', route: `${A}/:agreementId/charges`, name: 'Create a charge' },
    { method: 'GET', route: `${A}/:agreementId/charges/:chargeId`, name: 'Retrieve a charge' },
    { method: 'DELETE', route: `${A}/:agreementId/charges/:chargeId`, name: 'Cancel a charge' },
    { method: 'POST', route: `${A}/:agreementId/charges/:chargeId/refund`, name: 'Refund a charge' },
    { method: 'POST', route: `${A}/:agreementId/charges/:chargeId/capture`, name: 'Capture a reserved charge' },
  ],
  idempotency: true,
  notes: { of: notes, items: AGREEMENT_NOTES, references: 'agreements' },
  judged: [
    agreementEndingItem('agreement-active', 'An agreement ending ACTIVE', (a) => a.status === 'ACTIVE', 'An agreement the integration made or used that the payer accepted and that is still active.'),
    agreementEndingItem('agreement-stopped', 'An agreement ending STOPPED', (a) => a.status === 'STOPPED', 'An agreement the integration made or used that is stopped.'),
    agreementEndingItem('charge-charged', 'A RECURRING charge ending CHARGED', (a) => a.recurringCharges.includes('CHARGED'), "A RECURRING charge (not an agreement's initial charge) that was charged in full and not refunded."),
    agreementEndingItem('charge-refunded', 'A RECURRING charge ending REFUNDED', (a) => a.recurringCharges.includes('REFUNDED'), 'A RECURRING charge refunded in full.'),
    pollsAgreementItem,
  ],
  extra: [
    attachedItem('subscription-tools', 'Users can manage and stop their subscriptions', 'a description or screenshots'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots'),
    attachedItem('customer-support', 'Customer support has the tools it needs', 'a description of the support tools'),
  ],
});
