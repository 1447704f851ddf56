// Reading an urlencoded form as posted by a browser: a field is a string, a repeated field
// (checkboxes) an array, a missing one nothing.
import Type from 'typebox';
import type { FastifyRequest } from 'fastify';
import { VppError } from '../domain/errors.js';

export interface FormValues {
  text(name: string): string;
  list(name: string): string[];
  checked(name: string): boolean;
  /** Every field posted once, by name (to show a form again as it was sent). */
  texts(): Record<string, string>;
}

export function formValues(req: FastifyRequest): FormValues {
  const body: object = typeof req.body === 'object' && req.body !== null ? req.body : {};
  const list = (name: string) => {
    const v: unknown = Reflect.get(body, name);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  };
  return {
    text: (name) => list(name)[0] ?? '',
    list,
    checked: (name) => list(name).some((v) => v === 'yes' || v === 'on'),
    texts: () => Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string')),
  };
}

/** A form text field in a route's body schema. */
export const FormText = (maxLength = 200) => Type.Optional(Type.String({ maxLength }));
/** A group of checkboxes: one value posts as a string, several as an array. */
export const FormList = (maxLength = 40) => Type.Optional(Type.Union([Type.String({ maxLength }), Type.Array(Type.String({ maxLength }), { maxItems: 200 })]));

/** Date and time for people, on the platform clock. */
export const formatTime = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/**
 * Runs a form's action; a refusal the person can fix (bad input, a clash with the current
 * state) comes back to show on the form, anything else becomes an error page.
 */
export async function tryAction<T>(action: () => Promise<T>): Promise<{ ok: T; error?: undefined } | { ok?: undefined; error: VppError }> {
  try {
    return { ok: await action() };
  } catch (err) {
    if (err instanceof VppError && (err.kind === 'validation' || err.kind === 'conflict')) return { error: err };
    throw err;
  }
}

/** The HTTP status a refusal shown on a form answers with. */
export const statusOf = (err: VppError) => (err.kind === 'conflict' ? 409 : 400);
