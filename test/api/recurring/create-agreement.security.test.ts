import { securitySuite } from '../../support/security-cases.js';
import { agreementBody, RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('POST /recurring/v3/agreements', {
  setup: async () => ({ url: '/recurring/v3/agreements' }),
  method: 'POST',
  payload: () => agreementBody(),
  okStatus: 201,
  world: RECURRING_WORLD,
  boundToUnit: false,
});
