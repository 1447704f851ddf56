import { ecomSecuritySuite, reservedOrder } from '../../support/ecom-security.js';

ecomSecuritySuite('GET /ecomm/v2/payments/{orderId}/details', {
  setup: async (t) => ({ url: `/ecomm/v2/payments/${await reservedOrder(t)}/details` }),
  method: 'GET',
  okStatus: 200,
  boundToUnit: true,
});

ecomSecuritySuite('GET /ecomm/v2/payments/{orderId}/status', {
  setup: async (t) => ({ url: `/ecomm/v2/payments/${await reservedOrder(t)}/status` }),
  method: 'GET',
  okStatus: 200,
  boundToUnit: true,
});
