import { capturedPayment } from '../../support/payment-setups.js';
import { securitySuite } from '../../support/security-cases.js';

securitySuite('POST /epayment/v1/payments/{reference}/refund', {
  setup: async (t) => ({ url: `/epayment/v1/payments/${await capturedPayment(t)}/refund` }),
  method: 'POST',
  payload: () => ({ modificationAmount: { currency: 'NOK', value: 100 } }),
  okStatus: 200,
  boundToUnit: true,
});
