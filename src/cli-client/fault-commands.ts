// The CLI's test controls for unhappy paths: `vpp faults add|list|clear` and
// `vpp rate-limits [on|off]`, through the simulation API of a running vpp.
import { parseDuration } from '../domain/sim/duration.js';
import { ClientError } from './sim-client.js';
import type { ClientCommand, ClientContext, Output } from './command-types.js';

export const FAULT_FLAGS = {
  latency: { type: 'string' },
  timeout: { type: 'string' },
  webhooks: { type: 'string' },
  method: { type: 'string' },
  route: { type: 'string' },
  share: { type: 'string' },
  times: { type: 'string' },
} as const;

interface Rule {
  id: string;
  kind: string;
  status?: number;
  latencyMs?: number;
  delaySeconds?: number;
  timeout?: string;
  partner?: string;
  msn?: string;
  method?: string;
  route?: string;
  share: number;
  remainingTimes?: number;
}

const str = (c: ClientContext, name: string): string | undefined => (typeof c.flags[name] === 'string' ? (c.flags[name] as string) : undefined);

/** Milliseconds from 250ms, 2s, 1m; undefined when it is not a duration. */
function millis(text: string): number | undefined {
  const ms = /^(\d+)ms$/.exec(text);
  if (ms) return Number(ms[1]);
  const s = parseDuration(text);
  return s === undefined ? undefined : Math.round(s * 1000);
}

function ruleLine(r: Rule): string {
  const what =
    r.kind === 'status' ? `status ${r.status}`
    : r.kind === 'latency' ? `latency ${r.latencyMs} ms`
    : r.kind === 'timeout' ? `timeout ${r.timeout}`
    : r.kind === 'webhook-delay' ? `webhooks delayed ${r.delaySeconds} s`
    : r.kind === 'webhook-drop' ? 'webhooks dropped'
    : 'webhooks duplicated';
  const scope = [r.partner && `partner ${r.partner}`, r.msn && `MSN ${r.msn}`, r.method, r.route].filter(Boolean).join(' ') || 'every request';
  const share = r.share < 1 ? `, ${Math.round(r.share * 1000) / 10}% of them` : '';
  const times = r.remainingTimes !== undefined ? `, ${r.remainingTimes} more time${r.remainingTimes === 1 ? '' : 's'}` : '';
  return `${r.id.padEnd(14)} ${what.padEnd(22)} ${scope}${share}${times}`;
}

/** The rule a `faults add` command line describes. */
export function faultRuleFromFlags(c: ClientContext): Record<string, unknown> {
  const status = str(c, 'status');
  const latency = str(c, 'latency');
  const timeout = str(c, 'timeout');
  const webhooks = str(c, 'webhooks');
  const chosen = [status, latency, timeout, webhooks].filter((v) => v !== undefined).length;
  if (chosen !== 1) throw new ClientError('say what goes wrong, once: --status 503, --latency 2s, --timeout hold|close or --webhooks drop|duplicate|delay=30s', 2);
  let rule: Record<string, unknown>;
  if (status !== undefined) {
    if (!/^\d{3}$/.test(status)) throw new ClientError(`--status must be 429, 500, 502, 503 or 504, not "${status}"`, 2);
    rule = { kind: 'status', status: Number(status) };
  } else if (latency !== undefined) {
    const ms = millis(latency);
    if (ms === undefined || ms < 1) throw new ClientError(`--latency must be a duration such as 250ms or 2s, not "${latency}"`, 2);
    rule = { kind: 'latency', latencyMs: ms };
  } else if (timeout !== undefined) {
    rule = { kind: 'timeout', timeout };
  } else {
    const m = /^(drop|duplicate|delay)(?:=(.+))?$/.exec(webhooks!);
    if (!m || (m[1] === 'delay') !== (m[2] !== undefined)) throw new ClientError(`--webhooks must be drop, duplicate or delay=DURATION (delay=30s), not "${webhooks}"`, 2);
    const seconds = m[2] !== undefined ? parseDuration(m[2]) : undefined;
    if (m[1] === 'delay' && (seconds === undefined || seconds < 1)) throw new ClientError(`--webhooks delay=${m[2]}: give a duration such as 30s or 5m`, 2);
    rule = { kind: `webhook-${m[1]}`, ...(seconds !== undefined ? { delaySeconds: Math.round(seconds) } : {}) };
  }
  for (const k of ['partner', 'msn', 'route'] as const) if (str(c, k) !== undefined) rule[k] = str(c, k);
  if (str(c, 'method') !== undefined) rule.method = str(c, 'method')!.toUpperCase();
  const share = str(c, 'share');
  if (share !== undefined) {
    const n = share.endsWith('%') ? Number(share.slice(0, -1)) / 100 : Number(share);
    if (!Number.isFinite(n)) throw new ClientError(`--share must be a fraction (0.25) or a percentage (25%), not "${share}"`, 2);
    rule.share = n;
  }
  const times = str(c, 'times');
  if (times !== undefined) {
    if (!/^\d+$/.test(times)) throw new ClientError(`--times must be a whole number, not "${times}"`, 2);
    rule.times = Number(times);
  }
  return rule;
}

export const FAULT_COMMANDS: Record<string, ClientCommand> = {
  async faults(c): Promise<Output> {
    const sub = c.args[0] ?? 'list';
    if (sub === 'list') {
      const r = await c.api.call<{ faults: Rule[] }>('GET', '/_sim/faults');
      return { json: r, human: r.faults.map(ruleLine).join('\n') || '(no fault rules)' };
    }
    if (sub === 'add') {
      const r = await c.api.call<Rule>('POST', '/_sim/faults', faultRuleFromFlags(c));
      return { json: r, human: `added ${ruleLine(r)}` };
    }
    if (sub === 'clear') {
      const id = c.args[1];
      if (id) {
        await c.api.call('DELETE', `/_sim/faults/${encodeURIComponent(id)}`);
        return { json: { removed: 1 }, human: `removed fault rule ${id}` };
      }
      const r = await c.api.call<{ removed: number }>('DELETE', '/_sim/faults');
      return { json: r, human: `removed ${r.removed} fault rule${r.removed === 1 ? '' : 's'}` };
    }
    throw new ClientError(`unknown faults command "${sub}": use add, list or clear [ID]`, 2);
  },

  async 'rate-limits'(c): Promise<Output> {
    const sub = c.args[0];
    type View = { enabled: boolean; setBy: string; limits: { method: string; route: string; name: string; perMinute: number; per: string }[] };
    let r: View;
    if (sub === undefined || sub === 'show') r = await c.api.call<View>('GET', '/_sim/rate-limits');
    else if (sub === 'on' || sub === 'off') r = await c.api.call<View>('PUT', '/_sim/rate-limits', { enabled: sub === 'on' });
    else throw new ClientError(`unknown rate-limits command "${sub}": use on, off or show`, 2);
    const lines = r.limits.map((l) => `  ${String(l.perMinute).padStart(3)}/min  ${l.method.padEnd(6)} ${l.route}  (per ${l.per})`);
    return { json: r, human: [`rate limits are ${r.enabled ? 'on' : 'off'}${r.setBy === 'flag' ? ' (set by --rate-limits)' : ''}`, ...(r.enabled ? lines : [])].join('\n') };
  },
};
