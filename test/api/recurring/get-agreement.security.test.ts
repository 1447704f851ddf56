import { securitySuite } from '../../support/security-cases.js';
import { createAgreement, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('GET /recurring/v3/agreements/{agreementId}', {
  setup: async (t) => ({ url: `/recurring/v3/agreements/${(await createAgreement(t)).agreementId}` }),
  method: 'GET',
  okStatus: 200,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
