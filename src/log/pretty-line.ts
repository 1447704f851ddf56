// One pino JSON line turned into one short line a person reads: a request as time, method,
// path, status and milliseconds; anything else as time, level, message and its few fields,
// an error's stack indented beneath. A line that is not JSON passes through unchanged.
export interface PrettyOptions {
  /** ANSI colours (a terminal that did not ask for NO_COLOR). */
  color: boolean;
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
// Fields every line carries, or that the line's own layout already shows.
const SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'req', 'res', 'responseTime', 'err', 'v']);

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

function clock(time: unknown): string {
  const d = new Date(typeof time === 'number' ? time : Date.now());
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

function statusColour(status: number): string {
  if (status >= 500) return '31';
  if (status >= 400) return '33';
  return '32';
}

function levelColour(level: number): string {
  if (level >= 50) return '31';
  if (level >= 40) return '33';
  return '36';
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) || value === '' ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}

interface Entry {
  level?: number;
  time?: number;
  msg?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  err?: { type?: string; message?: string; stack?: string };
  [field: string]: unknown;
}

export function prettyLine(line: string, o: PrettyOptions): string {
  let e: Entry;
  try {
    e = JSON.parse(line) as Entry;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  if (typeof e !== 'object' || e === null) return `${line.trimEnd()}\n`;
  const time = paint(o.color, '2', clock(e.time));
  const level = e.level ?? 30;
  if (e.req?.method && e.res?.statusCode !== undefined) {
    const status = e.res.statusCode;
    const ms = typeof e.responseTime === 'number' ? `${Math.round(e.responseTime)} ms` : '';
    const head = `${time} ${e.req.method.padEnd(6)} ${e.req.url ?? ''} ${paint(o.color, statusColour(status), String(status))} ${ms}`.trimEnd();
    return `${head}${extras(e)}\n`;
  }
  const label = paint(o.color, levelColour(level), (LEVELS[level] ?? String(level)).padEnd(5));
  let out = `${time} ${label} ${e.msg ?? ''}${extras(e)}`;
  if (e.err) {
    const stack = e.err.stack ?? `${e.err.type ?? 'Error'}: ${e.err.message ?? ''}`;
    out += `\n${stack.split('\n').map((l) => `    ${l.trim()}`).join('\n')}`;
  }
  return `${out}\n`;
}

function extras(e: Entry): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(e)) if (!SHOWN.has(k) && v !== undefined) parts.push(`${k}=${fieldText(v)}`);
  return parts.length ? `  ${parts.join(' ')}` : '';
}
