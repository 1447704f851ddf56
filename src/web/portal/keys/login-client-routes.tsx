// The portal's page for a sales unit's Login client (developers of the merchant).
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Runtime } from '../../../runtime.js';
import { VppError } from '../../../domain/errors.js';
import { requireMerchantAccess } from '../../../operations/portal/require-merchant-access.js';
import { saveUnitLoginClient, unitLoginClient } from '../../../operations/login/unit-login-client.js';
import { FormText } from '../../form-values.js';
import { pageConfig, pageSchema, sendPage } from '../../page.js';
import { checkCsrf } from '../../sessions.js';
import { LoginClientPage } from './login-client-page.js';

const OrgnoMsn = Type.Object({ orgno: Type.String({ pattern: '^\\d{9}$' }), msn: Type.String({ pattern: '^\\d{5,6}$' }) });
const SaveForm = Type.Object({ _csrf: FormText(), redirectUris: FormText(30_000), tokenAuthMethod: FormText(40) });

export const portalLoginClientRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const context = async (req: FastifyRequest, { orgno, msn }: { orgno: string; msn: string }) => {
    const access = await requireMerchantAccess({ db, nin: req.portal!.person.nin, orgno, permission: 'DEVELOPER' });
    return { access, msn };
  };
  const secretPage = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer');

  app.get('/portal/merchants/:orgno/keys/:msn/login', { config: pageConfig, schema: pageSchema("Portal: a sales unit's Login client", { params: OrgnoMsn }) }, async (req, reply) => {
    const { access, msn } = await context(req, req.params);
    const view = await unitLoginClient({ db, box: rt.box, access, msn });
    return sendPage(reply, <LoginClientPage access={access} view={view} csrf={req.portal!.session.csrf} />);
  });

  app.post('/portal/merchants/:orgno/keys/:msn/login/reveal', { config: pageConfig, schema: pageSchema("Portal: show a Login client's secret", { params: OrgnoMsn }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const { access, msn } = await context(req, req.params);
    const view = await unitLoginClient({ db, box: rt.box, access, msn, revealSecret: true });
    return sendPage(secretPage(reply), <LoginClientPage access={access} view={view} csrf={req.portal!.session.csrf} />);
  });

  app.post('/portal/merchants/:orgno/keys/:msn/login', { config: pageConfig, schema: pageSchema("Portal: save a Login client's redirect URIs and method", { params: OrgnoMsn, body: SaveForm }) }, async (req, reply) => {
    checkCsrf(req, req.portal!.session);
    const { access, msn } = await context(req, req.params);
    const form = req.body;
    try {
      const view = await saveUnitLoginClient({ db, box: rt.box, access, msn, redirectUris: form.redirectUris ?? '', tokenAuthMethod: form.tokenAuthMethod ?? '', now: rt.clock.now() });
      return sendPage(reply, <LoginClientPage access={access} view={view} csrf={req.portal!.session.csrf} ok="Saved. The next login uses these settings." />);
    } catch (err) {
      if (!(err instanceof VppError) || err.kind !== 'validation') throw err;
      const view = await unitLoginClient({ db, box: rt.box, access, msn });
      return sendPage(reply, <LoginClientPage access={access} view={view} csrf={req.portal!.session.csrf} error={err.detail} uris={form.redirectUris} />, 400);
    }
  });
};
