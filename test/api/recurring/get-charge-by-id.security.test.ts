import { securitySuite } from '../../support/security-cases.js';
import { activeAgreement, createCharge, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('GET /recurring/v3/charges/{chargeId}', {
  setup: async (t) => ({ url: `/recurring/v3/charges/${await createCharge(t, await activeAgreement(t))}` }),
  method: 'GET',
  okStatus: 200,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
