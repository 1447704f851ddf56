// JSON-Schema validation at the edge. Bodies are checked strictly (a string is not a
// number); path, query and headers arrive as text and are coerced. Every violation is
// reported, each with the path of its field.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldProblem } from '../domain/errors.js';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes: coerce ? 'array' : false, useDefaults: true, removeAdditional: false, strict: false });
  addFormats(ajv);
  return ajv;
}

const strictAjv = makeAjv(false);
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

function joinPath(base: string, pointer: string): string {
  const parts = pointer
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = base;
  for (const p of parts) out = /^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p;
  return out;
}

function reason(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return `must match the pattern ${p.pattern as string}`;
    case 'format':
      return `must be a valid ${p.format as string}`;
    default:
      return e.message ?? 'is not valid';
  }
}

/** Turns Ajv errors into field problems; `part` is body, querystring, params or headers. */
export function fieldProblems(errors: ErrorObject[], part: string | undefined): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  const constReasons = new Set<FieldProblem>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    const p = e.params as Record<string, unknown>;
    let name = joinPath('', e.instancePath);
    if (e.keyword === 'required') name = joinPath(name, `/${p.missingProperty as string}`);
    if (e.keyword === 'additionalProperties') name = joinPath(name, `/${p.additionalProperty as string}`);
    if (!name) name = part === 'body' ? '(body)' : part ?? '(request)';
    // An anyOf/oneOf failing reports every branch; the first is the most useful.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    // A union of literals fails once per literal: one problem listing them all reads better.
    const prev = e.keyword === 'const' ? out.find((f) => f.name === name && constReasons.has(f)) : undefined;
    if (prev) {
      const value = JSON.stringify(p.allowedValue);
      prev.reason = prev.reason.startsWith('must be one of ') ? `${prev.reason}, ${value}` : `must be one of ${prev.reason.slice('must be '.length)}, ${value}`;
      continue;
    }
    const r = reason(e);
    const key = `${name}|${r}`;
    if (seen.has(key) || out.some((f) => f.name === name && e.keyword === 'type')) continue;
    seen.add(key);
    const problem = { name, reason: r };
    if (e.keyword === 'const') constReasons.add(problem);
    out.push(problem);
  }
  return out;
}

/** The field problems of a route declared with `attachValidation: true`. */
export function attachedProblems(error: (Error & { validation?: ErrorObject[]; validationContext?: string }) | undefined | null): FieldProblem[] {
  if (!error?.validation) return [];
  return fieldProblems(error.validation, error.validationContext);
}

const compiledBody = new WeakMap<object, ValidateFunction>();

/** Checks a value against a schema as the edge checks a request body (strictly). */
export function schemaProblems(schema: object, value: unknown): FieldProblem[] {
  let fn = compiledBody.get(schema);
  if (!fn) {
    fn = strictAjv.compile(schema);
    compiledBody.set(schema, fn);
  }
  return fn(value) ? [] : fieldProblems(fn.errors ?? [], 'body');
}
