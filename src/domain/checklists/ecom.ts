// The eCom API checklist (reference: ecom/checklist.md), judged by the routes its calls hit.
import { attachedItem, routesChecklist } from './routes-checklist.js';

const P = '/ecomm/v2/payments';

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
  extra: [
    attachedItem('handle-callbacks', 'Handles callbacks, successful and not', 'how callbacks are processed (the callback endpoint and its logs)'),
    attachedItem('send-useful-orderid', 'Sends useful orderIds', 'the orderId scheme'),
    attachedItem('handle-redirects', 'Handles the fallback URL opening in the default browser', 'a description or a demo'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots'),
    attachedItem('customer-support', 'Customer support has the tools it needs', 'a description of the support tools'),
  ],
});
