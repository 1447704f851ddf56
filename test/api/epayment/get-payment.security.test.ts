import { createdPayment } from '../../support/payment-setups.js';
import { securitySuite } from '../../support/security-cases.js';

securitySuite('GET /epayment/v1/payments/{reference}', {
  setup: async (t) => ({ url: `/epayment/v1/payments/${await createdPayment(t)}` }),
  method: 'GET',
  okStatus: 200,
  boundToUnit: true,
});

securitySuite('GET /epayment/v1/payments/{reference}/events', {
  setup: async (t) => ({ url: `/epayment/v1/payments/${await createdPayment(t)}/events` }),
  method: 'GET',
  okStatus: 200,
  boundToUnit: true,
});
