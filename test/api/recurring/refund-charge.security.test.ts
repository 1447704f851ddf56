import { securitySuite } from '../../support/security-cases.js';
import { initialCharge, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('POST /recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund', {
  setup: async (t) => {
    const r = await initialCharge(t);
    return { url: `/recurring/v3/agreements/${r.agreementId}/charges/${r.chargeId}/refund` };
  },
  method: 'POST',
  payload: () => ({ amount: 100, description: 'Goodwill' }),
  okStatus: 204,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
