// Checking a value against a JSON Schema, with every violation reported as a field problem
// named by its path. The edge checks requests with it (api/validation.ts); operations check
// values that arrive another way (a portal form) against the same schemas.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FieldProblem } from './errors.js';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

/** Bodies are checked strictly (a string is not a number); path, query and headers arrive as text and are coerced. */
export function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes: coerce ? 'array' : false, useDefaults: true, removeAdditional: false, strict: false });
  addFormats(ajv);
  return ajv;
}

export const strictAjv = makeAjv(false);

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
