import { authorizedPayment } from '../../support/payment-setups.js';
import { securitySuite } from '../../support/security-cases.js';

securitySuite('POST /epayment/v1/payments/{reference}/cancel', {
  setup: async (t) => ({ url: `/epayment/v1/payments/${await authorizedPayment(t)}/cancel` }),
  method: 'POST',
  okStatus: 200,
  boundToUnit: true,
});
