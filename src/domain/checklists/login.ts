// The Login API checklist (reference: login/checklist.md), judged by the routes its calls
// hit: vpp's OpenID provider under /oauth2 and the userinfo API.
import { attachedItem, routesChecklist } from './routes-checklist.js';

export const loginChecklist = routesChecklist({
  api: 'login',
  title: 'Login API',
  prefixes: ['/oauth2/', '/.well-known/', '/vipps-userinfo-api/'],
  endpoints: [
    { method: 'GET', route: '/.well-known/openid-configuration', name: 'OpenID configuration' },
    { method: 'GET', route: '/oauth2/auth', name: 'Authorize' },
    { method: 'POST', route: '/oauth2/token', name: 'Token' },
    { method: 'GET', route: '/oauth2/certs', name: 'JSON Web Keys' },
    { method: 'GET', route: '/vipps-userinfo-api/userinfo', name: 'Userinfo' },
  ],
  idempotency: false,
  extra: [
    attachedItem('correct-flow', 'Uses the right flow (app-to-app for native apps), no embedded iframes', 'a description or a demo'),
    attachedItem('state-parameter', 'Generates a unique state parameter per login', 'how state is generated and checked'),
    attachedItem('only-required-scopes', 'Requests only the scopes it needs', 'the scopes and why each is needed'),
    attachedItem('user-registry', 'Links the user to the own user registry', 'a description'),
    attachedItem('design-guidelines', 'Follows the design guidelines', 'screenshots'),
  ],
});
