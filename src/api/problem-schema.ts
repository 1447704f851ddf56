// The response schema of Problem JSON as most APIs send it (src/api/problem.ts), with
// `extraDetails` naming each bad field. The Management API documents its own variant.
import Type from 'typebox';

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'What kind of problem: a link to its explanation' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String({ description: 'What went wrong and what to do' })),
    instance: Type.Optional(Type.String()),
    traceId: Type.Optional(Type.String()),
    extraDetails: Type.Optional(
      Type.Array(Type.Object({ name: Type.String({ description: 'The field' }), reason: Type.String({ description: 'What is wrong with it' }) })),
    ),
  },
  { description: 'RFC 7807 problem details' },
);
