import { securitySuite } from '../../support/security-cases.js';
import { activeAgreement, createCharge, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('DELETE /recurring/v3/agreements/{agreementId}/charges/{chargeId}', {
  setup: async (t) => {
    const a = await activeAgreement(t);
    return { url: `/recurring/v3/agreements/${a}/charges/${await createCharge(t, a)}` };
  },
  method: 'DELETE',
  okStatus: 204,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
