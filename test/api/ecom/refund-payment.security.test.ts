import type { TestApp } from '../../support/app.js';
import { ecomSecuritySuite, reservedOrder } from '../../support/ecom-security.js';
import { action, partnerHeaders } from '../../support/ecom.js';

async function capturedOrder(t: TestApp) {
  const orderId = await reservedOrder(t);
  await action(t, await partnerHeaders(t), orderId, 'capture', null, 'c1');
  return orderId;
}

ecomSecuritySuite('POST /ecomm/v2/payments/{orderId}/refund', {
  setup: async (t) => ({ url: `/ecomm/v2/payments/${await capturedOrder(t)}/refund` }),
  method: 'POST',
  payload: (msn) => ({ merchantInfo: { merchantSerialNumber: msn }, transaction: { amount: null, transactionText: 'returned' } }),
  okStatus: 200,
  boundToUnit: true,
});
