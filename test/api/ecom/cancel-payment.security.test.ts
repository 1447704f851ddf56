import { ecomSecuritySuite, reservedOrder } from '../../support/ecom-security.js';

ecomSecuritySuite('PUT /ecomm/v2/payments/{orderId}/cancel', {
  setup: async (t) => ({ url: `/ecomm/v2/payments/${await reservedOrder(t)}/cancel` }),
  method: 'PUT',
  payload: (msn) => ({ merchantInfo: { merchantSerialNumber: msn }, transaction: { transactionText: 'out of stock' } }),
  okStatus: 200,
  boundToUnit: true,
});
