// The log's shape: readable lines on a terminal, JSON for anything reading the output.
import { describe, expect, it } from 'vitest';
import { chooseLogFormat } from '../../src/log/log-format.js';
import { prettyLine } from '../../src/log/pretty-line.js';
import { ConfigError, parseCommandLine } from '../../src/config.js';

const AT = Date.UTC(2026, 11, 4, 18, 5, 9, 42);
const localClock = () => {
  const d = new Date(AT);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.042`;
};
const json = (o: object) => JSON.stringify({ level: 30, time: AT, pid: 7, hostname: 'h', ...o });

describe('choosing the log format', () => {
  it('is pretty on a terminal and JSON otherwise, unless one was asked for', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });

  it('is asked for with --log-format or VPP_LOG_FORMAT, the flag winning', () => {
    expect(parseCommandLine(['start'], {}).config.logFormat).toBeUndefined();
    expect(parseCommandLine(['start', '--log-format', 'json'], {}).config.logFormat).toBe('json');
    expect(parseCommandLine(['start'], { VPP_LOG_FORMAT: 'pretty' }).config.logFormat).toBe('pretty');
    expect(parseCommandLine(['start', '--log-format', 'json'], { VPP_LOG_FORMAT: 'pretty' }).config.logFormat).toBe('json');
  });

  it('refuses a format it does not know, naming the choices', () => {
    expect(() => parseCommandLine(['start', '--log-format', 'xml'], {})).toThrow(ConfigError);
    expect(() => parseCommandLine(['start'], { VPP_LOG_FORMAT: 'text' })).toThrow(/--log-format must be json or pretty, not "text"/);
  });
});

describe('a readable log line', () => {
  it('shows a request as time, method, path, status and milliseconds, nothing more', () => {
    const line = json({ reqId: 'r-1', req: { method: 'POST', url: '/epayment/v1/payments', host: 'x', remoteAddress: '127.0.0.1', remotePort: 5 }, res: { statusCode: 201 }, responseTime: 12.7, msg: 'request completed' });
    expect(prettyLine(line, { color: false })).toBe(`${localClock()} POST   /epayment/v1/payments 201 13 ms\n`);
  });

  it('shows a warning with its level, message and own fields', () => {
    const line = json({ level: 40, outboxId: 'o-9', topic: 'webhook', error: 'connect ECONNREFUSED', msg: 'outbox message will be retried' });
    expect(prettyLine(line, { color: false })).toBe(`${localClock()} WARN  outbox message will be retried  outboxId=o-9 topic=webhook error="connect ECONNREFUSED"\n`);
  });

  it('shows an error with its stack indented beneath', () => {
    const line = json({ level: 50, err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at f (a.ts:1:1)' }, msg: 'request failed' });
    expect(prettyLine(line, { color: false })).toBe(`${localClock()} ERROR request failed\n    Error: boom\n    at f (a.ts:1:1)\n`);
  });

  it('colours the status on a terminal: red for a server error', () => {
    const line = json({ req: { method: 'GET', url: '/health' }, res: { statusCode: 503 }, responseTime: 1 });
    expect(prettyLine(line, { color: true })).toContain('\x1b[31m503\x1b[0m');
    expect(prettyLine(line, { color: false })).not.toContain('\x1b[');
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(prettyLine('plain words', { color: false })).toBe('plain words\n');
  });
});
