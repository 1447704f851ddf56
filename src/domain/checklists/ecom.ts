// The eCom API checklist (reference: ecom/checklist.md), judged by the routes its calls hit
// and the orders they named (eCom orders are rows of the shared payments, orderId their
// reference): the go-live states REFUND and VOID, and polling GET …/details.
import { endingItem, endsCancelled, endsRefunded, pollsItem } from './payment-items.js';
import { attachedItem, routesChecklist } from './routes-checklist.js';
import type { TrafficFact } from './types.js';

const P = '/ecomm/v2/payments';
const ok = (f: TrafficFact) => f.status >= 200 && f.status < 300;

function notes(f: TrafficFact): string[] {
  if (!ok(f)) return [];
  if (f.method === 'POST' && f.route === P) return ['created'];
  if (f.method === 'GET' && f.route === `${P}/:orderId/details`) return ['polled'];
  if (f.method === 'POST' && f.route === `${P}/:orderId/refund`) return ['refunded'];
  if (f.method === 'PUT' && f.route === `${P}/:orderId/cancel`) return ['cancelled'];
  return [];
}

export const ecomChecklist = routesChecklist({
  api: 'ecom',
  title: 'eCom API',
  prefixes: ['/ecomm/v2/'],
  endpoints: [
    { method: 'POST', route: P, name: 'Initiate' },
    { method: 'POST', route: `${P}/:orderId/capture`, name: 'Capture' },
    { method: 'PUT', route: `${P}/:orderId/cancel`, name: 'Cancel' },
    { method: 'POST', route: `${P}/:orderId/refund`, name: 'Refund' },
    { method: 'GET', route: `${P}/:orderId/details`, name: 'Details' },
  ],
  idempotency: false,
  notes: { of: notes, items: ['created', 'polled', 'refunded', 'cancelled'], references: 'payments' },
  judged: [
    endingItem('ended-refund', 'An order ending in REFUND', 'refunded', endsRefunded, 'An order the integration refunded (/refund).'),
    endingItem('ended-void', 'An order ending in VOID', 'cancelled', endsCancelled, 'An order the integration cancelled (/cancel) before capturing anything.'),
    pollsItem({
      key: 'polls-details',
      title: 'Polls for payment details rather than relying on the fallback or callback alone',
      how: 'Every recent order the payer approved was read with GET …/details after it was reserved.',
      created: 'created',
      polled: 'polled',
      readWith: 'GET …/details',
    }),
  ],
  extra: [
    attachedItem('handle-callbacks', 'Handles callbacks, successful and not', 'how callbacks are processed (the callback endpoint and its logs)'),
    attachedItem('send-useful-orderid', 'Sends useful orderIds', 'the orderId scheme'),
    attachedItem('handle-redirects', 'Handles the fallback URL opening in the default browser', 'a description or a demo'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots'),
    attachedItem('customer-support', 'Customer support has the tools it needs', 'a description of the support tools'),
  ],
});
