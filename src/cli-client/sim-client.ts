// A small HTTP client for the simulation API of a running vpp, for the CLI's commands.

export class ClientError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface SimClient {
  baseUrl: string;
  call<T = any>(method: string, path: string, body?: unknown): Promise<T>;
}

export function simClient(baseUrl: string): SimClient {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    baseUrl: base,
    async call(method, path, body) {
      let res: Response;
      try {
        res = await fetch(base + path, {
          method,
          headers: body !== undefined ? { 'content-type': 'application/json' } : {},
          body: body !== undefined ? JSON.stringify(body) : undefined,
        });
      } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
        throw new ClientError(`cannot reach vpp at ${base} (${cause}): is it running? Point at another one with --url or VPP_URL`);
      }
      const text = await res.text();
      const json = text ? safeJson(text) : undefined;
      // The answer for a route vpp does not have (not for a missing object).
      if (res.status === 404 && path.startsWith('/_sim') && (json as { detail?: string })?.detail?.includes('lists every route')) {
        throw new ClientError(`${base} has no simulation API: start vpp without --no-simulation`);
      }
      if (res.status >= 400) {
        const j = json as { detail?: string; title?: string } | undefined;
        throw new ClientError(`${res.status} ${j?.detail ?? j?.title ?? text.slice(0, 200)}`);
      }
      return json as any;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
