import { securitySuite } from '../../support/security-cases.js';
import { activeAgreement, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('GET /recurring/v3/agreements/{agreementId}/charges', {
  setup: async (t) => ({ url: `/recurring/v3/agreements/${await activeAgreement(t)}/charges` }),
  method: 'GET',
  okStatus: 200,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
