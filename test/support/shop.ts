// The merchant's shop for browser tests: where the payer's app returns to, showing the path
// it was sent to.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Shop {
  /** Like http://127.0.0.1:41235. */
  url: string;
  close(): Promise<void>;
}

export async function startShop(): Promise<Shop> {
  const server = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>Thank you</h1><p id="path">${req.url}</p>`));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
