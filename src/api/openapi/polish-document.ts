// What the generated OpenAPI document needs before a renderer shows it well: a union of
// literal values becomes one enum (not "string | string | string"), and every response
// says what its status means instead of the generator's "Default Response".
import { STATUS_CODES } from 'node:http';

const MEANING: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted: the work continues in the background',
  '204': 'Done; no body',
  '2XX': 'Success',
  '302': 'Redirect to the Location header',
  '303': 'See the Location header',
  '400': 'Invalid request: the body, a parameter or a header breaks a rule; every field at fault is listed',
  '401': 'No valid access token or subscription key',
  '403': 'The keys may not do this, or the sales unit is not theirs',
  '404': 'Not found',
  '409': 'Conflict with the current state, or an idempotency key reused for another request',
  '410': 'Gone: this API has been removed',
  '413': 'The body is too large',
  '429': 'Too many requests: wait as Retry-After says',
  '500': 'Internal error',
};

function literalOf(s: unknown): { type: string; value: unknown } | undefined {
  if (!s || typeof s !== 'object') return undefined;
  const o = s as Record<string, unknown>;
  if ('const' in o) return { type: String(o.type ?? typeof o.const), value: o.const };
  if (Array.isArray(o.enum) && o.enum.length === 1 && typeof o.type === 'string') return { type: o.type, value: o.enum[0] };
  return undefined;
}

function mergeLiterals(node: Record<string, unknown>, key: 'anyOf' | 'oneOf'): void {
  const members = node[key];
  if (!Array.isArray(members) || members.length < 2) return;
  const literals = members.map(literalOf);
  const types = new Set(literals.filter((l) => l).map((l) => l!.type));
  if (types.size !== 1 || literals.filter((l) => l).length < 2) return;
  const type = [...types][0];
  const values = literals.filter((l) => l).map((l) => l!.value);
  if (literals.every((l) => l)) {
    delete node[key];
    node.type = type;
    node.enum = values;
    return;
  }
  // Literals beside other shapes ("loaded", "demo" or an object): one enum member for the literals.
  const rest = members.filter((_, i) => !literals[i]);
  node[key] = [{ type, enum: values }, ...rest];
}

function walk(node: unknown): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const v of Object.values(o)) walk(v);
  mergeLiterals(o, 'anyOf');
  mergeLiterals(o, 'oneOf');
}

type Doc = { paths?: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>> };

export function polishOpenApi<T>(doc: T): T {
  walk(doc);
  for (const item of Object.values((doc as Doc).paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const [status, res] of Object.entries(op?.responses ?? {})) {
        if (!res) continue;
        const meaning = MEANING[status] ?? STATUS_CODES[Number(status)] ?? 'Response';
        if (!res.description || res.description === 'Default Response') res.description = meaning;
        // Every error shares the Problem JSON schema's description: say what the status means.
        else if (/^RFC 7807/.test(res.description)) res.description = `${meaning} (Problem JSON)`;
      }
    }
  }
  return doc;
}
