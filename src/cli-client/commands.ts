// The CLI's client commands: each drives a running vpp through its simulation API and says
// what happened, as a line for people or as JSON (--json) for scripts.
import { parseArgs } from 'node:util';
import { parseDuration } from '../domain/sim/duration.js';
import { ClientError, simClient, type SimClient } from './sim-client.js';

export interface Output {
  /** What a script reads with --json. */
  json: unknown;
  /** What a person reads. */
  human: string;
}

interface Ctx {
  api: SimClient;
  args: string[];
  flags: Record<string, string | boolean | undefined>;
  json: boolean;
  write(line: string): void;
}

type Command = (c: Ctx) => Promise<Output | void>;

const need = (c: Ctx, i: number, what: string): string => {
  const v = c.args[i];
  if (!v) throw new ClientError(`missing ${what} (see vpp --help)`, 2);
  return v;
};

const restored = (r: { restored: { name: string; takenAt: string }; now: string }): Output => ({
  json: r,
  human: `restored "${r.restored.name}" (saved at ${r.restored.takenAt}); platform time is now ${r.now}`,
});

const clockLine = (r: { now: string; offsetSeconds: number }): Output => ({
  json: r,
  human: `platform time ${r.now} (${r.offsetSeconds >= 0 ? '+' : ''}${Math.round(r.offsetSeconds)} s from real time)`,
});

export const COMMANDS: Record<string, Command> = {
  async reset(c) {
    return restored(await c.api.call('POST', '/_sim/reset'));
  },

  async snapshot(c) {
    const sub = need(c, 0, 'save, restore, list or delete');
    if (sub === 'list') {
      const r = await c.api.call<{ snapshots: { name: string; takenAt: string }[] }>('GET', '/_sim/snapshots');
      return { json: r, human: r.snapshots.map((s) => `${s.name.padEnd(24)} saved ${s.takenAt}`).join('\n') || '(no snapshots)' };
    }
    const name = need(c, 1, 'the snapshot name');
    const path = `/_sim/snapshots/${encodeURIComponent(name)}`;
    if (sub === 'save') {
      const r = await c.api.call<{ name: string; takenAt: string }>('POST', '/_sim/snapshots', { name });
      return { json: r, human: `saved "${r.name}" at platform time ${r.takenAt}` };
    }
    if (sub === 'restore') return restored(await c.api.call('POST', `${path}/restore`));
    if (sub === 'delete') {
      await c.api.call('DELETE', path);
      return { json: { deleted: name }, human: `deleted "${name}"` };
    }
    throw new ClientError(`unknown snapshot command "${sub}": use save, restore, list or delete`, 2);
  },

  async clock(c) {
    const sub = c.args[0] ?? 'show';
    if (sub === 'show') return clockLine(await c.api.call('GET', '/_sim/clock'));
    if (sub === 'advance') {
      const text = need(c, 1, 'how far, such as 1d, 2h or 90s');
      const seconds = parseDuration(text);
      if (seconds === undefined) throw new ClientError(`"${text}" is not a duration: use a number of seconds or units s, m, h, d, w (1d12h)`, 2);
      return clockLine(await c.api.call('POST', '/_sim/clock', { advanceSeconds: seconds }));
    }
    if (sub === 'set') return clockLine(await c.api.call('POST', '/_sim/clock', { to: need(c, 1, 'a time, such as 2026-12-24T12:00:00Z') }));
    throw new ClientError(`unknown clock command "${sub}": use show, advance DURATION or set TIME`, 2);
  },

  async pay(c) {
    const reference = need(c, 0, 'the payment reference');
    const approve = c.flags.approve === true;
    const reject = c.flags.reject === true;
    if (approve === reject) throw new ClientError('say --approve or --reject', 2);
    let msn = c.flags.msn as string | undefined;
    if (!msn) {
      const found = await c.api.call<{ payments: { msn: string }[] }>('GET', `/_sim/payments/by-reference/${encodeURIComponent(reference)}`);
      if (found.payments.length === 0) throw new ClientError(`there is no payment with the reference ${reference}`);
      if (found.payments.length > 1) throw new ClientError(`${found.payments.length} sales units have a payment ${reference}: name one with --msn (${found.payments.map((p) => p.msn).join(', ')})`);
      msn = found.payments[0]!.msn;
    }
    const body = typeof c.flags.phone === 'string' ? { phoneNumber: c.flags.phone } : {};
    const r = await c.api.call<{ state: string; reference: string; msn: string }>('POST', `/_sim/payments/${msn}/${encodeURIComponent(reference)}/${approve ? 'approve' : 'reject'}`, body);
    return { json: r, human: `${r.reference} (MSN ${r.msn}) is ${r.state}` };
  },
};

const FLAGS = {
  url: { type: 'string' },
  json: { type: 'boolean' },
  approve: { type: 'boolean' },
  reject: { type: 'boolean' },
  msn: { type: 'string' },
  phone: { type: 'string' },
} as const;

export const isClientCommand = (name: string | undefined): boolean => !!name && Object.hasOwn(COMMANDS, name);

/** Runs one client command; returns the exit code. */
export async function runClientCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`vpp: ${(err as Error).message.split('\n')[0]} (see vpp --help)\n`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  const json = parsed.values.json === true;
  const api = simClient(parsed.values.url ?? env.VPP_URL ?? 'http://127.0.0.1:8080');
  try {
    const out = await COMMANDS[name!]!({ api, args, flags: parsed.values, json, write: (l) => process.stdout.write(l + '\n') });
    if (out) process.stdout.write((json ? JSON.stringify(out.json) : out.human) + '\n');
    return 0;
  } catch (err) {
    if (!(err instanceof ClientError)) throw err;
    process.stderr.write(`vpp ${name}: ${err.message}\n`);
    return err.exitCode;
  }
}
