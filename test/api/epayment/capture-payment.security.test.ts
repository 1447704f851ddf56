import { authorizedPayment } from '../../support/payment-setups.js';
import { securitySuite } from '../../support/security-cases.js';

securitySuite('POST /epayment/v1/payments/{reference}/capture', {
  setup: async (t) => ({ url: `/epayment/v1/payments/${await authorizedPayment(t)}/capture` }),
  method: 'POST',
  payload: () => ({ modificationAmount: { currency: 'NOK', value: 100 } }),
  okStatus: 200,
  boundToUnit: true,
});
