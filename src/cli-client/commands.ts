// The CLI's client commands: each drives a running vpp through its simulation API and says
// what happened, as a line for people or as JSON (--json) for scripts.
import { parseArgs } from 'node:util';
import { parseDuration } from '../domain/sim/duration.js';
import { ClientError, simClient } from './sim-client.js';
import { namespaceCommand } from './namespace-command.js';
import { FAULT_COMMANDS, FAULT_FLAGS } from './fault-commands.js';
import type { ClientCommand, ClientContext, Output } from './command-types.js';

export type { Output, ClientContext, ClientCommand };
type Ctx = ClientContext;
type Command = ClientCommand;

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
  namespace: namespaceCommand,

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

  async approve(c) {
    const id = need(c, 0, "the case: a case id, a product order's prefilledOrderId or an agreement id");
    const r = await c.api.call<{ caseId: string; msn: string | null }>('POST', `/_sim/backoffice/cases/${encodeURIComponent(id)}/approve`);
    return { json: r, human: `approved case ${r.caseId}${r.msn ? `: sales unit ${r.msn} created` : ''}` };
  },

  async decline(c) {
    const id = need(c, 0, 'the case');
    const reason = typeof c.flags.reason === 'string' ? c.flags.reason : '';
    if (!reason) throw new ClientError('give the internal reason with --reason TEXT', 2);
    const r = await c.api.call<{ caseId: string }>('POST', `/_sim/backoffice/cases/${encodeURIComponent(id)}/decline`, { reason });
    return { json: r, human: `declined case ${r.caseId}` };
  },

  async ask(c) {
    const id = need(c, 0, 'the case');
    const question = typeof c.flags.question === 'string' ? c.flags.question : '';
    if (!question) throw new ClientError('give the question for the merchant with --question TEXT', 2);
    const r = await c.api.call<{ caseId: string }>('POST', `/_sim/backoffice/cases/${encodeURIComponent(id)}/request-information`, { question });
    return { json: r, human: `asked the merchant on case ${r.caseId}` };
  },

  async submit(c) {
    const id = need(c, 0, 'the prefilledOrderId');
    const r = await c.api.call<{ orgno: string; submittedBy: string }>('POST', `/_sim/product-orders/${encodeURIComponent(id)}/submit`, {});
    return { json: r, human: `${r.submittedBy} sent product order ${id} for ${r.orgno}` };
  },

  async events(c) {
    const query = new URLSearchParams();
    for (const k of ['orgno', 'partner'] as const) if (typeof c.flags[k] === 'string') query.set(k, c.flags[k] as string);
    if (typeof c.flags.order === 'string') query.set('productOrderId', c.flags.order);
    type Ev = { seq: number; type: string; at: string; orgno: string; msn: string | null; productOrderId: string | null; text: string | null };
    const line = (e: Ev) => (c.json ? JSON.stringify(e) : `${e.at}  ${e.type.padEnd(32)} ${e.orgno}${e.productOrderId ? ` order ${e.productOrderId}` : ''}${e.msn ? ` MSN ${e.msn}` : ''}${e.text ? `  ${e.text}` : ''}`);
    return poll(c, '/_sim/events', query, (r: { events: Ev[]; next: number }) => ({ lines: r.events.map(line), next: r.next }));
  },

  async logs(c) {
    const query = new URLSearchParams({ limit: '100' });
    for (const k of ['msn', 'api', 'status'] as const) if (typeof c.flags[k] === 'string') query.set(k, c.flags[k] as string);
    type Req = { seq: number; at: string; method: string; path: string; status: number; latencyMs: number; msn: string | null; owner: string | null; id: string; fault?: string | null };
    const line = (r: Req) =>
      c.json ? JSON.stringify(r) : `${r.at.slice(11, 23)} ${r.status} ${r.method.padEnd(6)} ${r.path}${r.msn ? `  MSN ${r.msn}` : ''}  ${r.latencyMs} ms${r.owner ? `  ${r.owner}` : ''}  ${r.id}${r.fault ? `  FAULT ${r.fault}` : ''}`;
    return poll(c, '/_sim/requests', query, (r: { requests: Req[]; next: number }) => ({ lines: r.requests.map(line), next: r.next }));
  },

  async trigger(c) {
    const eventType = need(c, 0, 'the event type, such as epayments.payment.captured.v1');
    const reference = typeof c.flags.reference === 'string' ? c.flags.reference : undefined;
    if (!reference) throw new ClientError('name the payment with --reference REFERENCE', 2);
    const msn = await msnOf(c, reference);
    const r = await c.api.call<{ eventId: string; deliveries: number }>('POST', '/_sim/webhooks/trigger', { msn, reference, eventType });
    return { json: r, human: `fired ${eventType} for ${reference} (event ${r.eventId}) to ${r.deliveries} webhook${r.deliveries === 1 ? '' : 's'}` };
  },

  async webhooks(c) {
    const sub = need(c, 0, 'resend or list');
    if (sub === 'resend') {
      const id = need(c, 1, 'the delivery id');
      const r = await c.api.call<{ id: string; url: string }>('POST', `/_sim/webhooks/deliveries/${encodeURIComponent(id)}/resend`);
      return { json: r, human: `sending delivery ${id} again as ${r.id} to ${r.url}` };
    }
    if (sub === 'list') {
      const q = new URLSearchParams({ limit: '50' });
      if (typeof c.flags.reference === 'string') q.set('reference', c.flags.reference);
      if (typeof c.flags.msn === 'string') q.set('msn', c.flags.msn);
      const r = await c.api.call<{ deliveries: { id: string; eventType: string; reference: string; status: string; url: string }[] }>('GET', `/_sim/webhooks/deliveries?${q}`);
      return { json: r, human: r.deliveries.map((d) => `${d.id}  ${d.status.padEnd(9)} ${d.eventType.padEnd(32)} ${d.reference}  ${d.url}`).join('\n') || '(no deliveries)' };
    }
    throw new ClientError(`unknown webhooks command "${sub}": use resend ID or list`, 2);
  },

  async payer(c) {
    const phone = need(c, 0, 'the phone number');
    const behaviour = need(c, 1, 'the behaviour: ask, approve, reject or never-answer');
    const r = await c.api.call<{ phoneNumber: string; behaviour: string }>('PUT', `/_sim/payers/${encodeURIComponent(phone)}/behaviour`, { behaviour });
    return { json: r, human: `${r.phoneNumber} will ${r.behaviour === 'ask' ? 'wait to be asked' : r.behaviour === 'never-answer' ? 'never answer' : r.behaviour} from now on` };
  },

  async pay(c) {
    const reference = need(c, 0, 'the payment reference');
    const approve = c.flags.approve === true;
    const reject = c.flags.reject === true;
    if (c.flags.expire === true && !approve && !reject) {
      const msn = await msnOf(c, reference);
      const r = await c.api.call<{ state: string; reference: string; msn: string }>('POST', `/_sim/payments/${msn}/${encodeURIComponent(reference)}/expire`);
      return { json: r, human: `${r.reference} (MSN ${r.msn}) is ${r.state}` };
    }
    if (approve === reject) throw new ClientError('say --approve, --reject or --expire', 2);
    const msn = await msnOf(c, reference);
    const body = typeof c.flags.phone === 'string' ? { phoneNumber: c.flags.phone } : {};
    const r = await c.api.call<{ state: string; reference: string; msn: string }>('POST', `/_sim/payments/${msn}/${encodeURIComponent(reference)}/${approve ? 'approve' : 'reject'}`, body);
    return { json: r, human: `${r.reference} (MSN ${r.msn}) is ${r.state}` };
  },

  ...FAULT_COMMANDS,
};

/** The sales unit of a payment named by reference alone (--msn when several have it). */
async function msnOf(c: Ctx, reference: string): Promise<string> {
  if (typeof c.flags.msn === 'string') return c.flags.msn;
  const found = await c.api.call<{ payments: { msn: string }[] }>('GET', `/_sim/payments/by-reference/${encodeURIComponent(reference)}`);
  if (found.payments.length === 0) throw new ClientError(`there is no payment with the reference ${reference}`);
  if (found.payments.length > 1) throw new ClientError(`${found.payments.length} sales units have a payment ${reference}: name one with --msn (${found.payments.map((p) => p.msn).join(', ')})`);
  return found.payments[0]!.msn;
}

/** Prints what a stream has; with --follow, keeps asking for what comes after until stopped. */
async function poll<T>(c: Ctx, path: string, query: URLSearchParams, read: (r: T) => { lines: string[]; next: number }): Promise<void> {
  for (;;) {
    const page = read(await c.api.call<T>('GET', `${path}?${query}`));
    for (const l of page.lines) c.write(l);
    if (c.flags.follow !== true) return;
    query.set('after', String(page.next));
    if (!page.lines.length) await new Promise((r) => setTimeout(r, 500));
  }
}

const FLAGS = {
  url: { type: 'string' },
  json: { type: 'boolean' },
  approve: { type: 'boolean' },
  reject: { type: 'boolean' },
  msn: { type: 'string' },
  phone: { type: 'string' },
  expire: { type: 'boolean' },
  reason: { type: 'string' },
  question: { type: 'string' },
  reference: { type: 'string' },
  follow: { type: 'boolean', short: 'f' },
  api: { type: 'string' },
  status: { type: 'string' },
  orgno: { type: 'string' },
  partner: { type: 'string' },
  order: { type: 'string' },
  world: { type: 'string' },
  demo: { type: 'boolean' },
  ...FAULT_FLAGS,
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
