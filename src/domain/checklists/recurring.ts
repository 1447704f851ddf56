// The Recurring API checklist (reference: recurring/checklist.md), judged by the routes its
// calls hit.
import { attachedItem, routesChecklist } from './routes-checklist.js';

const A = '/recurring/v3/agreements';

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
  extra: [
    attachedItem('subscription-tools', 'Users can manage and stop their subscriptions', 'a description or screenshots'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots'),
    attachedItem('customer-support', 'Customer support has the tools it needs', 'a description of the support tools'),
  ],
});
