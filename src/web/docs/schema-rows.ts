// Flattens a JSON schema (as it appears in our OpenAPI document) into rows a reader can scan:
// one per field, with its path, type, whether it is required, and its rules.

export interface SchemaRow { path: string; type: string; required: boolean; rules: string; description: string }

type S = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, S>;
  required?: string[];
  items?: S;
  anyOf?: S[];
  oneOf?: S[];
  allOf?: S[];
  enum?: unknown[];
  const?: unknown;
  additionalProperties?: boolean | S;
};

function typeOf(s: S): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  const union = s.anyOf ?? s.oneOf;
  if (union) {
    const consts = union.filter((u) => u.const !== undefined);
    if (consts.length === union.length) return 'string';
    return union.map(typeOf).join(' | ');
  }
  const t = Array.isArray(s.type) ? s.type.join(' | ') : s.type ?? 'any';
  if (t === 'array' && s.items) return `${typeOf(s.items)}[]`;
  return s.nullable ? `${t} | null` : t;
}

function rulesOf(s: S): string {
  const out: string[] = [];
  const union = s.anyOf ?? s.oneOf;
  const values = s.enum ?? (union?.every((u) => u.const !== undefined) ? union.map((u) => u.const) : undefined);
  if (values) out.push(`one of ${values.filter((v) => v !== null).map((v) => JSON.stringify(v)).join(', ')}`);
  if (s.format) out.push(`format ${String(s.format)}`);
  if (s.pattern) out.push(`pattern ${String(s.pattern)}`);
  if (s.minLength !== undefined || s.maxLength !== undefined) out.push(`length ${String(s.minLength ?? 0)}–${String(s.maxLength ?? '∞')}`);
  if (s.minimum !== undefined || s.maximum !== undefined) out.push(`${String(s.minimum ?? '−∞')} to ${String(s.maximum ?? '∞')}`);
  if (s.additionalProperties === false) out.push('no other fields');
  return out.join('; ');
}

export function schemaRows(schema: unknown, prefix = '', required = true, depth = 0): SchemaRow[] {
  const s = (schema ?? {}) as S;
  if (depth > 8) return [];
  const rows: SchemaRow[] = [];
  if (prefix) rows.push({ path: prefix, type: typeOf(s), required, rules: rulesOf(s), description: typeof s.description === 'string' ? s.description : '' });
  const objectBranch = (s.anyOf ?? s.oneOf)?.find((u) => u.properties);
  const obj = s.properties ? s : objectBranch;
  if (obj?.properties) {
    for (const [name, child] of Object.entries(obj.properties)) {
      rows.push(...schemaRows(child, prefix ? `${prefix}.${name}` : name, (obj.required ?? []).includes(name), depth + 1));
    }
  }
  if (s.items && (s.items.properties || s.items.anyOf)) rows.push(...schemaRows(s.items, `${prefix}[]`, true, depth + 1).filter((r) => r.path !== `${prefix}[]`));
  return rows;
}
