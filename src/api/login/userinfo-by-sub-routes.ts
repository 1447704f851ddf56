// GET /vipps-userinfo-api/userinfo/{sub}: the profile data a user shared with the caller's
// sales unit in a payment (profile.scope) or a Recurring agreement (scope), with merchant keys or partner keys and
// Merchant-Serial-Number. Errors are Problem JSON (the API's UserinfoError).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type, { type Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import { requireActor, requireCaller } from '../caller.js';
import { Problem } from '../problem-schema.js';
import { SystemHeaders } from '../system-headers.js';
import { userinfoBySub } from '../../operations/login/userinfo-by-sub.js';
import { Userinfo } from './schemas.js';
import { LOGIN_PATHS } from './paths.js';

const Headers = Type.Object({
  authorization: Type.String({ description: 'Bearer <access token from POST /accesstoken/get>' }),
  'ocp-apim-subscription-key': Type.String(),
  'merchant-serial-number': Type.Optional(Type.String({ description: 'Partner keys: the MSN of the merchant acted for' })),
  ...SystemHeaders,
});
// A control character (e.g. %00) in the sub is a bad request, not a lookup.
const Params = Type.Object({ sub: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1F\\x7F]+$' }) });

export const userinfoBySubRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  requireCaller(app, rt);
  app.get(
    `${LOGIN_PATHS.userinfo}/:sub`,
    {
      config: { api: 'userinfo', errorFormat: 'problem' },
      schema: {
        tags: ['Userinfo API'],
        operationId: 'getUserinfo',
        summary: 'The profile data a user consented to share in a payment (profile.scope) or a Recurring agreement (scope), by sub',
        headers: Headers,
        params: Params,
        response: { 200: Userinfo, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 410: Problem },
      },
    },
    async (req) => {
      const { sub } = req.params;
      const claims = await userinfoBySub({ db: rt.store.db, actor: requireActor(req), sub, now: rt.clock.now(), onMsn: (msn) => (req.logMsn = msn) });
      // The claims are gathered per consented scope at run time; the schema lists every one.
      return claims as Static<typeof Userinfo>;
    },
  );
};
