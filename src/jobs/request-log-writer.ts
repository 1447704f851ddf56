// The API request log (for API quality and the inspector) is written in batches, so
// serving a request never waits for, or adds, a transaction of its own.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db.js';
import { insertRequestLog } from '../store/request-log-repo.js';
import { addRequestCounts } from '../store/request-counts-repo.js';
import type { ApiRequestRow } from '../store/tables/foundation.js';
import { insertRequestDetails, pruneRequestDetails } from '../store/request-details-repo.js';
import type { ApiRequestDetailRow } from '../store/tables/request-details.js';
import { redactHeaders, redactParsedBody, redactPayload } from '../domain/inspector/redact.js';

/** Headers and bodies are kept for the newest requests only: up to 16 KiB each, they would outgrow the log. */
export const DETAILED_REQUESTS_KEPT = 10_000;

/** A request and its answer as Fastify had them: redacted and capped when written, not while serving. */
export interface RequestExchange {
  url: string;
  requestHeaders: Record<string, unknown>;
  requestBody: unknown;
  responseHeaders: Record<string, unknown>;
  responsePayload: unknown;
}

function detailRow(row: ApiRequestRow, x: RequestExchange): ApiRequestDetailRow {
  const reqBody = redactParsedBody(x.requestBody);
  const resBody = redactPayload(x.responsePayload, String(x.responseHeaders['content-type'] ?? ''));
  return {
    request_id: row.id,
    at: row.at,
    method: row.method,
    url: x.url,
    status: row.status,
    key_set_id: row.key_set_id,
    request_headers: JSON.stringify(redactHeaders(x.requestHeaders).headers),
    request_body: reqBody.text,
    response_headers: JSON.stringify(redactHeaders(x.responseHeaders).headers),
    response_body: resBody.text,
    replayable: reqBody.altered ? 0 : 1,
  };
}

export class RequestLogWriter {
  #buffer: ApiRequestRow[] = [];
  #exchanges: { row: ApiRequestRow; exchange: RequestExchange }[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #alongside: (() => Promise<void>)[] = [];
  #detailsSincePrune = 0;

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly opts: { intervalMs?: number; maxBuffered?: number } = {},
  ) {}

  record(row: ApiRequestRow, exchange?: RequestExchange): void {
    this.#buffer.push(row);
    if (exchange) this.#exchanges.push({ row, exchange });
    if (this.#buffer.length >= (this.opts.maxBuffered ?? 300)) void this.flush();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush(), this.opts.intervalMs ?? 100);
      this.#timer.unref();
    }
  }

  /** Another writer of request facts, flushed whenever this one is (tests, shutdown, the inspector). */
  alsoFlush(flush: () => Promise<void>): void {
    this.#alongside.push(flush);
  }

  /** Writes everything recorded so far; resolves when it is stored. */
  async flush(): Promise<void> {
    await Promise.all([this.flushLog(), ...this.#alongside.map((f) => f())]);
  }

  private flushLog(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const rows = this.#buffer;
    const exchanges = this.#exchanges;
    this.#buffer = [];
    this.#exchanges = [];
    this.#flushing = this.#flushing.then(async () => {
      if (!rows.length) return;
      try {
        await insertRequestLog(this.store.db, rows);
        if (exchanges.length) {
          await insertRequestDetails(this.store.db, exchanges.map((e) => detailRow(e.row, e.exchange)));
          // Between the pruner's rounds heavy traffic could pile up bodies: trim as we go.
          this.#detailsSincePrune += exchanges.length;
          if (this.#detailsSincePrune >= 2000) {
            this.#detailsSincePrune = 0;
            await pruneRequestDetails(this.store.db, DETAILED_REQUESTS_KEPT, 5000);
          }
        }
        // API quality's counts, kept up here so answering it never scans the log.
        await addRequestCounts(this.store.db, rows);
      } catch (err) {
        this.log.error({ err, rows: rows.length }, 'could not write the request log');
      }
    });
    return this.#flushing;
  }
}
