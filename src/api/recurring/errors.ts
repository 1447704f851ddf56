// The Recurring API v3's errors: Problem JSON as its spec documents it (ErrorV3), where
// each bad field is {field, text} in extraDetails and contextId identifies the request.
import { registerErrorFormat, type ErrorFormatter } from '../error-format.js';
import { problemFormat } from '../problem.js';
import Type from 'typebox';

export const recurringProblemFormat: ErrorFormatter = (err, ctx) => {
  const wire = problemFormat(err, ctx);
  const body = wire.body as Record<string, unknown>;
  const fields = err?.fields;
  const out: Record<string, unknown> = { ...body, instance: ctx.url.split('?')[0], contextId: ctx.requestId };
  if (fields?.length) out.extraDetails = fields.map((f) => ({ field: f.name, text: f.reason }));
  return { ...wire, body: out };
};

registerErrorFormat('recurring-problem', recurringProblemFormat);

export const RecurringProblem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String({ description: 'What went wrong and what to do' })),
    instance: Type.Optional(Type.String({ description: 'The path of the request' })),
    contextId: Type.Optional(Type.String({ description: 'The request id, for the log' })),
    traceId: Type.Optional(Type.String()),
    extraDetails: Type.Optional(Type.Array(Type.Object({ field: Type.String(), text: Type.String() }))),
  },
  { description: 'Problem JSON (ErrorV3)' },
);
