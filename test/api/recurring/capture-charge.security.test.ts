import { securitySuite } from '../../support/security-cases.js';
import { initialCharge, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('POST /recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture', {
  setup: async (t) => {
    const r = await initialCharge(t, 'RESERVE_CAPTURE');
    return { url: `/recurring/v3/agreements/${r.agreementId}/charges/${r.chargeId}/capture` };
  },
  method: 'POST',
  payload: () => ({ amount: 100, description: 'Shipped' }),
  okStatus: 204,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
