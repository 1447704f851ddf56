// `vpp namespace create|delete|list|show`: isolated worlds inside a running vpp, one per CI
// job or test file, each reached at the base URL it prints.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ClientError } from './sim-client.js';
import type { ClientContext, Output } from './command-types.js';

type Namespace = { name: string; baseUrl: string; source: string; createdAt: string };
type Made = Namespace & { keySets: { kind: string; owner: string; clientId: string }[]; salesUnits: { msn: string; name: string }[] };

export async function namespaceCommand(c: ClientContext): Promise<Output> {
  const sub = c.args[0];
  if (sub === 'list') {
    const r = await c.api.call<{ namespaces: Namespace[]; limit: number }>('GET', '/_sim/namespaces');
    const lines = r.namespaces.map((n) => `${n.name.padEnd(24)} ${n.baseUrl}  (${n.source}, made ${n.createdAt})`);
    return { json: r, human: [...lines, `${r.namespaces.length} of at most ${r.limit} namespaces`].join('\n') };
  }
  const name = c.args[1];
  if (!sub || !['create', 'delete', 'show'].includes(sub)) throw new ClientError(`${sub ? `unknown namespace command "${sub}"` : 'missing the namespace command'}: use create, delete, show or list`, 2);
  if (!name) throw new ClientError('missing the namespace name (see vpp --help)', 2);
  const path = `/_sim/namespaces/${encodeURIComponent(name)}`;
  if (sub === 'show') {
    const n = await c.api.call<Namespace>('GET', path);
    return { json: n, human: `${n.name}  ${n.baseUrl}  (${n.source}, made ${n.createdAt})` };
  }
  if (sub === 'delete') {
    await c.api.call('DELETE', path);
    return { json: { deleted: name }, human: `deleted namespace ${name}` };
  }
  const world = typeof c.flags.world === 'string' ? readWorld(c.flags.world) : c.flags.demo === true ? 'demo' : undefined;
  const made = await c.api.call<Made>('POST', '/_sim/namespaces', { name, ...(world !== undefined ? { world } : {}) });
  return {
    json: made,
    human: [
      `made namespace ${made.name} (${made.source}): use ${made.baseUrl} as the base URL`,
      ...made.salesUnits.map((u) => `  MSN ${u.msn}  ${u.name}`),
      ...made.keySets.map((k) => `  ${k.kind.padEnd(10)} ${k.owner.padEnd(26)} client_id=${k.clientId}`),
    ].join('\n'),
  };
}

/** The world file (YAML or JSON), read here and sent as JSON. */
function readWorld(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ClientError(`cannot read world file ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 2);
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new ClientError(`world file ${file} is not YAML or JSON: ${(err as Error).message.split('\n')[0]}`, 2);
  }
}
