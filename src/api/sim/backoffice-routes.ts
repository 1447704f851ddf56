// The back office for scripts: list cases, and approve, decline or ask for more
// information as an operator would, so a partner's test needs no person in a browser.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { decideCase, type CaseDecision } from '../../operations/sim/decide-case.js';
import { listCases } from '../../operations/sim/list-cases.js';
import { Problem } from '../problem-schema.js';
import { literalUnion } from '../literal-union.js';

const tags = ['Simulation'];
const CaseParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: "A case id, a product order's prefilledOrderId or a merchant agreement's id" }) });
const CASE_STATES = ['QUEUED', 'AWAITING-CUSTOMER', 'APPROVED', 'DECLINED'] as const;
const CaseView = Type.Object({
  caseId: Type.String(),
  kind: Type.Union([Type.Literal('agreement'), Type.Literal('product-order')]),
  subjectId: Type.String({ description: "The agreement's or product order's id" }),
  orgno: Type.String(),
  state: literalUnion(CASE_STATES),
  submittedAt: Type.String({ format: 'date-time' }),
});
const Decided = Type.Object({
  caseId: Type.String(),
  msn: Type.Union([Type.String(), Type.Null()], { description: 'The new sales unit of an approved product order' }),
});
const DeclineBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Internal reason; never shown to the merchant' }) }, { additionalProperties: false });
const AskBody = Type.Object({ question: Type.String({ minLength: 1, maxLength: 2000, description: 'Emailed to the merchant, who answers in the portal' }) }, { additionalProperties: false });

export const simBackofficeRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const decide = async (id: string, d: CaseDecision) => {
    const r = await decideCase({ db: rt.store.db, box: rt.box, id, now: rt.clock.now(), publicUrl: rt.config.publicUrl, smtp: !!rt.config.smtpUrl, ...d });
    rt.outbox.kick();
    return r;
  };

  app.get(
    '/_sim/backoffice/cases',
    {
      schema: {
        tags,
        summary: "The back office's cases: open ones oldest first, then recent decisions",
        querystring: Type.Object({ orgno: Type.Optional(Type.String({ pattern: '^\\d{9}$' })), state: Type.Optional(CaseView.properties.state) }),
        response: { 200: Type.Object({ cases: Type.Array(CaseView) }) },
      },
    },
    async (req) => {
      const q = req.query;
      const cases = await listCases({ db: rt.store.db, orgno: q.orgno, state: q.state });
      return {
        cases: cases.map((c) => ({ caseId: c.id, kind: c.kind, subjectId: c.subject_id, orgno: c.orgno, state: c.state, submittedAt: new Date(Number(c.submitted_at)).toISOString() })),
      };
    },
  );

  app.post(
    '/_sim/backoffice/cases/:id/approve',
    { schema: { tags, summary: 'Approve a case as an operator (an order gets its sales unit and MSN)', params: CaseParams, response: { 200: Decided, 404: Problem, 409: Problem } } },
    async (req) => decide(req.params.id, { decision: 'approve' }),
  );
  app.post(
    '/_sim/backoffice/cases/:id/decline',
    { schema: { tags, summary: 'Decline a case as an operator', params: CaseParams, body: DeclineBody, response: { 200: Decided, 400: Problem, 404: Problem, 409: Problem } } },
    async (req) => decide(req.params.id, { decision: 'decline', reason: req.body.reason }),
  );
  app.post(
    '/_sim/backoffice/cases/:id/request-information',
    { schema: { tags, summary: 'Ask the merchant for more information on a case', params: CaseParams, body: AskBody, response: { 200: Decided, 400: Problem, 404: Problem, 409: Problem } } },
    async (req) => decide(req.params.id, { decision: 'request-information', question: req.body.question }),
  );
};
