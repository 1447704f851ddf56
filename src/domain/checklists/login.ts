// The Login API checklist (reference: login/checklist.md), judged by the routes its calls
// hit under the documented base path (the same paths as api/login/paths.ts, which the domain
// does not import). A partner's Login traffic is counted for the unit its keys, its Login
// client's credentials or the authorize URL's client_id (or msn) name.
import { attachedItem, routesChecklist } from './routes-checklist.js';

const B = '/access-management-1.0/access';

export const loginChecklist = routesChecklist({
  api: 'login',
  title: 'Login API',
  prefixes: [`${B}/`, '/vipps-login-ciba/'],
  // The discovery document and the JSON Web Keys are public and fetched without credentials:
  // nothing in such a request says whose integration read them, so they are linked instead.
  endpoints: [
    { method: 'GET', route: `${B}/oauth2/auth`, name: 'Authorize' },
    { method: 'POST', route: `${B}/oauth2/token`, name: 'Token' },
  ],
  // The browser is sent to the authorize URL: it cannot carry the integration's headers.
  navigations: [`GET ${B}/oauth2/auth`, `POST ${B}/oauth2/auth`, `GET ${B}/oauth2/auth/:uid`],
  idempotency: false,
  extra: [
    attachedItem('discovery-and-keys', 'Reads the OpenID configuration and checks ID tokens against the JSON Web Keys', 'how the integration finds the endpoints and verifies ID tokens (both documents are public, so traffic does not show who read them)'),
    attachedItem('correct-flow', 'Uses the right flow (app-to-app for native apps), no embedded iframes', 'a description or a demo'),
    attachedItem('state-parameter', 'Generates a unique state parameter per login', 'how state is generated and checked'),
    attachedItem('only-required-scopes', 'Requests only the scopes it needs', 'the scopes and why each is needed'),
    attachedItem('user-registry', 'Links the user to the own user registry', 'a description'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots'),
  ],
});
