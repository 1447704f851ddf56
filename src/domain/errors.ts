// The platform's error vocabulary. Domain code throws these; each API family maps them to
// its documented wire format (Problem JSON, the token API's shape, the legacy shapes).

export type ErrorKind =
  | 'validation' // 400: the request is wrong; `fields` says where
  | 'unauthenticated' // 401: no, bad or expired credentials
  | 'forbidden' // 403: known caller, not allowed
  | 'not_found' // 404
  | 'conflict' // 409: clashes with the current state
  | 'gone' // 410: removed for good
  | 'too_large' // 413
  | 'rate_limited'; // 429

/** The HTTP status of each kind of error, the same in every API family. */
export const STATUS_OF: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
};

export interface FieldProblem {
  /** Path of the field, like `salesUnitName` or `complianceData.annualTurnover`. */
  name: string;
  reason: string;
}

export class VppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** A sentence for the caller: what is wrong and what to do. */
    readonly detail: string,
    readonly opts: {
      title?: string;
      fields?: FieldProblem[];
      code?: string;
      /** The documented problem type (its last path segment); by default derived from the title or the kind. */
      type?: string;
    } = {},
  ) {
    super(detail);
  }

  get fields(): FieldProblem[] | undefined {
    return this.opts.fields;
  }
}

export const invalid = (detail: string, fields?: FieldProblem[], title?: string) =>
  new VppError('validation', detail, { fields, title });
export const unauthenticated = (detail: string, code?: string) => new VppError('unauthenticated', detail, { code });
export const forbidden = (detail: string) => new VppError('forbidden', detail);
export const notFound = (detail: string) => new VppError('not_found', detail);
export const conflict = (detail: string, title?: string) => new VppError('conflict', detail, { title });
export const gone = (detail: string) => new VppError('gone', detail);
