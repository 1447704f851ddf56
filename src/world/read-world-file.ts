// Reads a world file (YAML or JSON) and checks it; a bad file fails before anything is written.
// The checker is loaded only for a world someone gave: loading its schema library would be a
// large part of every start, and the demo world that ships with vpp is checked by the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { World } from '../domain/world/world-schema.js';

export class WorldFileError extends Error {}

/** The demo world that ships in the package. */
export const DEMO_WORLD_FILE = fileURLToPath(new URL('../../worlds/demo.yaml', import.meta.url));

function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text, { prettyErrors: true });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new WorldFileError(`world file ${file} is not valid YAML or JSON: ${reason}`);
  }
}

export async function readWorldFile(file: string): Promise<World> {
  const data = parseYaml(readText(file), file);
  const { validateWorld } = await import('../domain/world/validate-world.js');
  const result = validateWorld(data);
  if (!result.world) {
    const list = result.problems.map((p) => `${p.path}: ${p.rule}`);
    throw new WorldFileError(`world file ${file} has ${list.length} problem${list.length > 1 ? 's' : ''}: ${list.join('; ')}`);
  }
  return result.world;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WorldFileError(`cannot read world file ${file}${code ? ` (${code})` : ''}`);
  }
}

let demoWorld: World | undefined;

/** The demo world, read once and not checked here (test/domain/world checks it). */
export function readDemoWorld(): World {
  demoWorld ??= parseYaml(readText(DEMO_WORLD_FILE), DEMO_WORLD_FILE) as World;
  return demoWorld;
}
