// What the inspector keeps of a request and its answer: headers and bodies with every secret
// taken out, each body cut at a cap, so the log holds no credential and stays bounded.

export const BODY_CAP_BYTES = 16 * 1024;
export const REDACTED = '[redacted]';

const SECRET_HEADERS = new Set(['authorization', 'ocp-apim-subscription-key', 'client_secret', 'cookie', 'set-cookie', 'proxy-authorization']);
// Field names of the documented APIs that carry a credential: client secrets, tokens of every
// kind (access, ID, refresh, eCom's callback authToken), webhook signing secrets, passwords.
const SECRET_FIELD = /secret|password|token|subscription-?key|^code$|code_verifier|assertion/i;

export interface Redacted {
  text: string | null;
  /** Something was taken out or cut off: the text is not the request as sent. */
  altered: boolean;
}

export function redactHeaders(headers: Record<string, unknown>): { headers: Record<string, string>; altered: boolean } {
  const out: Record<string, string> = {};
  let altered = false;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    if (SECRET_HEADERS.has(name.toLowerCase())) {
      altered = true;
      const scheme = /^(Bearer|Basic) /i.exec(text)?.[1];
      out[name] = scheme ? `${scheme} ${REDACTED}` : REDACTED;
    } else {
      out[name] = text;
    }
  }
  return { headers: out, altered };
}

function redactValue(v: unknown, hit: { n: number }): unknown {
  if (Array.isArray(v)) return v.map((x) => redactValue(x, hit));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (SECRET_FIELD.test(k) && x !== null && x !== '' && typeof x !== 'object') {
        hit.n++;
        out[k] = REDACTED;
      } else out[k] = redactValue(x, hit);
    }
    return out;
  }
  return v;
}

function cap(text: string, alreadyAltered: boolean): Redacted {
  const bytes = Buffer.byteLength(text);
  if (bytes <= BODY_CAP_BYTES) return { text, altered: alreadyAltered };
  const cut = Buffer.from(text).subarray(0, BODY_CAP_BYTES).toString('utf8').replace(/\uFFFD$/, '');
  return { text: `${cut}\n… [cut: ${bytes} bytes in all]`, altered: true };
}

/** A parsed request body (JSON or form fields) as it will be shown. */
export function redactParsedBody(body: unknown): Redacted {
  if (body === undefined || body === null) return { text: null, altered: false };
  if (typeof body === 'string') return cap(body, false);
  const hit = { n: 0 };
  const clean = redactValue(body, hit);
  return cap(JSON.stringify(clean, null, 2), hit.n > 0);
}

/** A response payload as sent, by its content type. */
export function redactPayload(payload: unknown, contentType: string | undefined): Redacted {
  if (payload === undefined || payload === null || payload === '') return { text: null, altered: false };
  const type = (contentType ?? '').toLowerCase();
  const isText = typeof payload === 'string' || Buffer.isBuffer(payload);
  if (!isText) return { text: '[a stream]', altered: true };
  const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  if (type.includes('json')) {
    const text = typeof payload === 'string' ? payload : payload.toString('utf8');
    try {
      return redactParsedBody(JSON.parse(text));
    } catch {
      return cap(text, false);
    }
  }
  if (type.startsWith('text/') || type.includes('xml') || type.includes('x-www-form-urlencoded')) {
    return cap(typeof payload === 'string' ? payload : payload.toString('utf8'), false);
  }
  return { text: `[${size} bytes of ${type || 'unknown type'}]`, altered: true };
}
