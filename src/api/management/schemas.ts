// Schemas shared by Management API routes.
import Type from 'typebox';
import { SystemHeaders } from '../system-headers.js';
import './errors.js';

export const ManagementProblem = Type.Object(
  {
    type: Type.String({ description: 'What kind of problem: a link to its explanation' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String({ description: 'What went wrong and what to do' })),
    instance: Type.Optional(Type.String()),
    traceId: Type.Optional(Type.String()),
    extraDetails: Type.Optional(
      Type.Array(Type.Object({ key: Type.String({ description: 'The field path' }), value: Type.String({ description: 'What is wrong with it' }) })),
    ),
  },
  { description: 'RFC 7807 problem details' },
);

/** Documented error responses of an authenticated route. */
export const problemResponses = {
  400: ManagementProblem,
  401: ManagementProblem,
  403: ManagementProblem,
  404: ManagementProblem,
};

/** Headers every Management API operation takes. */
export const ManagementHeaders = Type.Object({
  'merchant-serial-number': Type.Optional(Type.String({ description: 'The sales unit acted for (partner keys); optional here' })),
  ...SystemHeaders,
});

export const MsnParam = Type.String({ pattern: '^\\d{5,6}$', description: 'MSN (merchant serial number) of the sales unit: 5 or 6 digits' });

export const routeConfig = { api: 'management', errorFormat: 'management-problem' } as const;
