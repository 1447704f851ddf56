// JSON-Schema validation at the edge. Bodies are checked strictly (a string is not a
// number); path, query and headers arrive as text and are coerced. Every violation is
// reported, each with the path of its field (domain/schema-problems.ts).
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldProblem } from '../domain/errors.js';
import { fieldProblems, makeAjv, strictAjv } from '../domain/schema-problems.js';

export { fieldProblems, schemaProblems } from '../domain/schema-problems.js';

const coercingAjv = makeAjv(true);

// Compiled on a route's first request, not at start-up: compiling every route's schemas
// took about a fifth of the time to listening, for routes a session may never call.
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  let fn: ValidateFunction | undefined;
  return (data: unknown) => {
    fn ??= (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object);
    return fn(data) ? { value: data } : { error: Object.assign(new Error('validation failed'), { validation: fn.errors }) };
  };
};

/** The field problems of a route declared with `attachValidation: true`. */
export function attachedProblems(error: (Error & { validation?: ErrorObject[]; validationContext?: string }) | undefined | null): FieldProblem[] {
  if (!error?.validation) return [];
  return fieldProblems(error.validation, error.validationContext);
}
