import { securitySuite } from '../../support/security-cases.js';
import { createAgreement, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('PATCH /recurring/v3/agreements/{agreementId}', {
  setup: async (t) => ({ url: `/recurring/v3/agreements/${(await createAgreement(t)).agreementId}` }),
  method: 'PATCH',
  payload: () => ({ productName: 'Renamed' }),
  okStatus: 204,
  world: RECURRING_WORLD,
  boundToUnit: true,
});
