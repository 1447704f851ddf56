// One mapping from the platform's error vocabulary to HTTP status codes; each API family
// registers how its errors look on the wire and picks it with `config.errorFormat`.
import type { VppError } from '../domain/errors.js';

export { STATUS_OF } from '../domain/errors.js';

export interface ErrorContext {
  requestId: string;
  method: string;
  url: string;
  /** Base URL of this vpp. */
  publicUrl: string;
  /** The API family of the route (its config `api`), which names the problem types. */
  api?: string;
}

export interface WireError {
  status: number;
  contentType: string;
  body: unknown;
  headers?: Record<string, string>;
}

/** Renders a platform error in one API family's format. `err` is null for an unexpected failure (500). */
export type ErrorFormatter = (err: VppError | null, ctx: ErrorContext) => WireError;

const formats = new Map<string, ErrorFormatter>();

export function registerErrorFormat(name: string, formatter: ErrorFormatter): void {
  formats.set(name, formatter);
}

export function errorFormat(name: string | undefined): ErrorFormatter {
  return formats.get(name ?? 'problem') ?? formats.get('problem')!;
}
