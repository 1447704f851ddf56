// One HTTP POST with exact headers and one deadline for the whole exchange (connecting,
// the answer's headers and its body), reading at most a small excerpt of the answer.
// undici's request() rather than fetch, which forbids setting Host (the Host header must be
// the one that was signed), and rather than node:http, whose client costs more CPU per
// delivery. undici is loaded with the first delivery, not at start: loading it is a
// noticeable part of a start, and many runs deliver no webhook.
import type * as Undici from 'undici';

export interface PostResult {
  status: number;
  excerpt: string;
}

/** An answer up to this size is read to its end, so its connection can carry the next delivery. */
const DRAIN_LIMIT = 64 * 1024;

// Keep-alive connections per receiver, shared by all deliveries of this process.
let client: Promise<{ request: typeof Undici.request; agent: Undici.Agent }> | undefined;

export class DeadlineExceeded extends Error {}

export async function httpPost(o: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  maxExcerpt?: number;
  /** Aborts the exchange (the worker stopping). */
  signal?: AbortSignal;
}): Promise<PostResult> {
  const max = o.maxExcerpt ?? 1000;
  client ??= import('undici').then(({ request, Agent }) => ({ request, agent: new Agent({ keepAliveTimeout: 4_000 }) }));
  const { request, agent } = await client;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DeadlineExceeded(`no complete answer within ${o.timeoutMs} ms`)), o.timeoutMs);
  const onStop = () => deadline.abort(o.signal!.reason ?? new Error('aborted'));
  if (o.signal?.aborted) onStop();
  o.signal?.addEventListener('abort', onStop, { once: true });
  try {
    const res = await request(o.url, { method: 'POST', headers: o.headers, body: o.body, dispatcher: agent, signal: deadline.signal });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of res.body as AsyncIterable<Buffer>) {
      if (size < max) chunks.push(c);
      size += c.length;
      // Past the excerpt, a long answer is not worth reading: drop it with its connection.
      if (size >= DRAIN_LIMIT) {
        res.body.destroy();
        break;
      }
    }
    return { status: res.statusCode, excerpt: Buffer.concat(chunks).toString('utf8').slice(0, max) };
  } catch (err) {
    if (deadline.signal.aborted) throw deadline.signal.reason instanceof Error ? deadline.signal.reason : new Error(String(deadline.signal.reason));
    throw err;
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onStop);
  }
}
