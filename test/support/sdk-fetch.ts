// Lets the official SDK, which calls https://api.vipps.no (production) and
// https://apitest.vipps.no (test), talk to vpp instances listening on local ports.
export function redirectSdkTo(targets: { production: () => string; test: () => string }): () => void {
  const original = globalThis.fetch;
  const origins: [string, () => string][] = [
    ['https://api.vipps.no', targets.production],
    ['https://apitest.vipps.no', targets.test],
  ];
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const hit = origins.find(([o]) => req.url.startsWith(o + '/'));
    if (!hit) return original(input, init);
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.text();
    return original(hit[1]() + req.url.slice(hit[0].length), { method: req.method, headers: req.headers, body });
  };
  return () => {
    globalThis.fetch = original;
  };
}
