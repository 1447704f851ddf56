// How long and how much the HTTP server waits for and accepts from a client. Without these a
// client could hold a socket forever (opened and never used, or headers sent a byte at a
// time) until the process runs out of file descriptors.
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface ServerLimits {
  /** A socket with no traffic at all for this long is closed (also one never used). */
  idleTimeoutMs: number;
  /** Between two requests on a keep-alive connection. */
  keepAliveTimeoutMs: number;
  /** From the first byte of a request until its headers are complete. */
  headersTimeoutMs: number;
  /** From the first byte of a request until it has been received whole. */
  requestTimeoutMs: number;
  /** Request line and headers together (Node's maxHeaderSize); more answers 431. */
  maxHeaderBytes: number;
  /** A longer request target answers 414. */
  maxUrlLength: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  // Below the headers deadline: Node keeps a socket that never sends a byte open past an idle
  // limit longer than headersTimeout (its connection checker keeps refreshing it).
  idleTimeoutMs: 15_000,
  keepAliveTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 60_000,
  maxHeaderBytes: 16 * 1024,
  maxUrlLength: 8 * 1024,
};

export function problemText(status: number, title: string, detail: string): string {
  return JSON.stringify({ type: `about:blank`, title, status, detail });
}

/**
 * Answers what Node's parser refused before any route saw it, then closes the connection
 * gracefully: the client may still be sending, and closing at once (as Fastify's default
 * does) resets the connection so the client never reads the answer.
 */
export function clientErrorHandler(limits: ServerLimits) {
  return function (this: FastifyInstance, err: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    let status = 400;
    let title = 'Bad Request';
    let detail = 'The request is not valid HTTP/1.1.';
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.toString('latin1') : '';
      const lineEnd = raw.indexOf('\r\n');
      // Still in the request line when the limit was reached: the URL is what is too long.
      if (lineEnd === -1 || (/^[A-Z]+ /.test(raw) && lineEnd > limits.maxUrlLength)) {
        status = 414;
        title = 'URI Too Long';
        detail = `The request target is longer than vpp accepts (${limits.maxUrlLength} characters).`;
      } else {
        status = 431;
        title = 'Request Header Fields Too Large';
        detail = `The request line and headers together are larger than vpp accepts (${limits.maxHeaderBytes} bytes).`;
      }
    } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      status = 408;
      title = 'Request Timeout';
      detail = 'The request was not received in time.';
    }
    this.log.debug({ code: err.code, status }, 'client error');
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const body = problemText(status, title, detail);
    socket.on('error', () => {});
    // Read and drop what the client still sends, so that our answer reaches it.
    socket.on('data', () => {});
    socket.resume();
    socket.end(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    setTimeout(() => socket.destroy(), 2_000).unref();
  };
}
