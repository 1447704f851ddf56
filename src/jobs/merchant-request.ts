// One request to a merchant's eCom endpoint (callback, shipping details, consent removal)
// with a deadline; reads at most 64 KiB of the answer. undici, loaded with the first request.
import type * as Undici from 'undici';

let client: Promise<{ request: typeof Undici.request; errors: typeof Undici.errors; agent: Undici.Agent }> | undefined;

export async function merchantRequest(o: { method: 'POST' | 'DELETE'; url: string; headers: Record<string, string>; body?: string; timeoutMs: number }): Promise<{ status: number; text: string }> {
  client ??= import('undici').then(({ request, errors, Agent }) => ({ request, errors, agent: new Agent({ keepAliveTimeout: 4_000 }) }));
  const { request, errors, agent } = await client;
  try {
    const res = await request(o.url, { method: o.method, headers: o.headers, body: o.body, dispatcher: agent, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs, maxRedirections: 0 } as Parameters<typeof request>[1]);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of res.body as AsyncIterable<Buffer>) {
      if (size < 65_536) chunks.push(c);
      size += c.length;
    }
    return { status: res.statusCode, text: Buffer.concat(chunks).toString('utf8').slice(0, 65_536) };
  } catch (err) {
    if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) throw new Error(`no answer within ${o.timeoutMs} ms`);
    throw err;
  }
}
