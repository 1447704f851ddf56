// One HTTP POST with exact headers and a deadline, reading at most a small excerpt of the
// answer. (node:http rather than fetch: the Host header must be the one that was signed.)
import http from 'node:http';
import https from 'node:https';

export interface PostResult {
  status: number;
  excerpt: string;
}

export function httpPost(o: { url: string; headers: Record<string, string>; body: string; timeoutMs: number; maxExcerpt?: number }): Promise<PostResult> {
  const url = new URL(o.url);
  const lib = url.protocol === 'https:' ? https : http;
  const max = o.maxExcerpt ?? 1000;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      { method: 'POST', headers: { ...o.headers, 'content-length': Buffer.byteLength(o.body) }, timeout: o.timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < max) chunks.push(c);
          size += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, excerpt: Buffer.concat(chunks).toString('utf8').slice(0, max) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(o.body);
  });
}
