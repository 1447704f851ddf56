// Schemas shared by Management API routes.
import Type from 'typebox';

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    traceId: Type.Optional(Type.String()),
    extraDetails: Type.Optional(Type.Array(Type.Object({ name: Type.String(), reason: Type.String() }))),
  },
  { description: 'RFC 7807 problem details' },
);

/** Documented error responses of an authenticated route. */
export const problemResponses = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
};

export const routeConfig = { api: 'management', errorFormat: 'problem' } as const;
