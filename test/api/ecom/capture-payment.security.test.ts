import { ecomSecuritySuite, reservedOrder } from '../../support/ecom-security.js';

ecomSecuritySuite('POST /ecomm/v2/payments/{orderId}/capture', {
  setup: async (t) => ({ url: `/ecomm/v2/payments/${await reservedOrder(t)}/capture` }),
  method: 'POST',
  payload: (msn) => ({ merchantInfo: { merchantSerialNumber: msn }, transaction: { amount: null, transactionText: 'shipped' } }),
  okStatus: 200,
  boundToUnit: true,
});
