// /backoffice/sales-units: find a sales unit by MSN and grant or withdraw the permissions
// its payments consult (capture type, skip landing page, long-living payments).
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VppError } from '../../domain/errors.js';
import { getUnitPermissions, type UnitPermissionsView } from '../../operations/backoffice/get-unit-permissions.js';
import { setUnitPermissions } from '../../operations/backoffice/set-unit-permissions.js';
import type { Runtime } from '../../runtime.js';
import { FormText, formValues, statusOf, tryAction } from '../form-values.js';
import { pageConfig, pageSchema, seeOther, sendPage } from '../page.js';
import { Layout } from '../render.js';
import { checkCsrf } from '../sessions.js';
import { Notice } from '../components/notice.js';
import { backofficeNav, OperatorBar } from './layout.js';

const Msn = Type.Object({ msn: Type.String({ pattern: '^\\d{5,6}$' }) });
const Lookup = Type.Object({ msn: Type.Optional(Type.String({ maxLength: 20 })), done: Type.Optional(Type.String({ maxLength: 20 })) });

function UnitPage(o: { operator: string; csrf: string; unit?: UnitPermissionsView; asked?: string; ok?: boolean; error?: VppError }) {
  const u = o.unit;
  return (
    <Layout title={u ? `Sales unit ${u.msn}` : 'Sales units'} area="Back office" nav={backofficeNav}>
      <OperatorBar name={o.operator} csrf={o.csrf} />
      <h1>{u ? `${u.name} (MSN ${u.msn})` : 'Sales units'}</h1>
      <form method="get" action="/backoffice/sales-units" class="actions">
        <label>
          MSN <input name="msn" value={o.asked ?? u?.msn ?? ''} inputmode="numeric" />
        </label>
        <button type="submit" class="secondary">
          Open
        </button>
      </form>
      {o.asked && !u && <Notice kind="error">There is no sales unit with MSN {o.asked}.</Notice>}
      {o.ok && <Notice kind="ok">Saved. Payments of this unit follow the new permissions from the next request.</Notice>}
      {o.error && <Notice kind="error">{o.error.detail}</Notice>}
      {u && !u.paymentAllowed && <Notice kind="warn">This unit is approved for login only: it takes no payments, so it has no payment permissions.</Notice>}
      {u && u.paymentAllowed && (
        <form method="post" action={`/backoffice/sales-units/${u.msn}/permissions`} class="card stack">
          <input type="hidden" name="_csrf" value={o.csrf} />
          <h2 style="margin: 0">Payment permissions</h2>
          <label>
            Capture type
            <span class="hint">the ePayment API only reserves; direct capture is for units on the eCom API</span>
            <select name="captureType">
              {['ReserveCapture', 'DirectCapture'].map((c) => (
                <option value={c} selected={u.captureType === c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" name="skipLandingPage" value="yes" checked={u.skipLandingPage} /> May skip the landing page (ePayment PUSH_MESSAGE)
          </label>
          <label class="check">
            <input type="checkbox" name="longLivingPayments" value="yes" checked={u.longLivingAllowed} /> May create long-living payments (ePayment expiresAt)
          </label>
          <div class="actions">
            <button type="submit">Save permissions</button>
          </div>
        </form>
      )}
    </Layout>
  );
}

export const backofficeSalesUnitRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const db = rt.store.db;
  const show = async (req: FastifyRequest, reply: FastifyReply, msn: string | undefined, extra: { ok?: boolean; error?: VppError; status?: number } = {}) => {
    const { operator, session } = req.backoffice!;
    const found = msn ? await tryAction(() => getUnitPermissions({ db, msn })).catch(() => ({ ok: undefined })) : { ok: undefined };
    return sendPage(reply, <UnitPage operator={operator.name} csrf={session.csrf} unit={found.ok} asked={msn} ok={extra.ok} error={extra.error} />, extra.status ?? (msn && !found.ok ? 404 : 200));
  };

  app.get('/backoffice/sales-units', { config: pageConfig, schema: pageSchema('Back office: find a sales unit by MSN', { querystring: Lookup }) }, async (req, reply) => {
    const msn = req.query.msn?.trim();
    return msn ? seeOther(reply, `/backoffice/sales-units/${encodeURIComponent(msn)}`) : show(req, reply, undefined);
  });

  app.get('/backoffice/sales-units/:msn', { config: pageConfig, schema: pageSchema("Back office: a sales unit's payment permissions", { params: Msn, querystring: Lookup }) }, async (req, reply) =>
    show(req, reply, req.params.msn, { ok: req.query.done === 'saved' }),
  );

  app.post(
    '/backoffice/sales-units/:msn/permissions',
    { config: pageConfig, schema: pageSchema("Back office: grant or withdraw a sales unit's payment permissions", { params: Msn, body: Type.Object({ _csrf: FormText(), captureType: FormText(40), skipLandingPage: FormText(10), longLivingPayments: FormText(10) }) }) },
    async (req, reply) => {
      checkCsrf(req, req.backoffice!.session);
      const { msn } = req.params;
      const form = formValues(req);
      const result = await tryAction(() =>
        setUnitPermissions({ db, msn, captureType: form.text('captureType'), skipLandingPage: form.checked('skipLandingPage'), longLivingAllowed: form.checked('longLivingPayments'), actor: req.backoffice!.operator.name, now: rt.clock.now() }),
      );
      if (result.error) return show(req, reply, msn, { error: result.error, status: statusOf(result.error) });
      return seeOther(reply, `/backoffice/sales-units/${msn}?done=saved`);
    },
  );
};
