import { securitySuite } from '../../support/security-cases.js';
import { paymentBody } from '../../support/payments.js';

securitySuite('POST /epayment/v1/payments', {
  setup: async () => ({ url: '/epayment/v1/payments' }),
  method: 'POST',
  payload: () => paymentBody(),
  okStatus: 201,
  boundToUnit: false,
});
