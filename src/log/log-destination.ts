// Where `vpp start` writes its log: standard output, as JSON lines or as readable lines.
import pino from 'pino';
import type { LogFormat } from './log-format.js';
import { prettyLine } from './pretty-line.js';

export interface LogDestination {
  stream: pino.DestinationStream;
  /** Writes what is still gathered (at exit). */
  flushSync(): void;
}

export function openLogDestination(format: LogFormat, o: { color: boolean }): LogDestination {
  // Lines are gathered and written 4 KB at a time (under load, one write per dozen
  // requests), and at least every 100 ms, so a quiet server's lines still show at once;
  // written from this thread, since handing each write to a worker thread and hearing back
  // cost more than the write.
  const out = pino.destination({ dest: 1, sync: true, minLength: 4096, periodicFlush: 100 });
  if (format === 'json') return { stream: out, flushSync: () => out.flushSync() };
  // pino hands a destination one whole line per write, so each write is formatted alone.
  const stream = { write: (line: string) => void out.write(prettyLine(line, o)) };
  return { stream, flushSync: () => out.flushSync() };
}
