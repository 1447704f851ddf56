import { securitySuite } from '../../support/security-cases.js';
import { RECURRING_WORLD } from '../../support/recurring.js';

securitySuite('GET /recurring/v3/agreements', {
  setup: async () => ({ url: '/recurring/v3/agreements?status=PENDING' }),
  method: 'GET',
  okStatus: 200,
  world: RECURRING_WORLD,
  boundToUnit: false,
});
