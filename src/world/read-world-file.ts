// Reads a world file (YAML or JSON) and checks it; a bad file fails before anything is written.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { validateWorld } from '../domain/world/validate-world.js';
import type { World } from '../domain/world/world-schema.js';

export class WorldFileError extends Error {}

/** The demo world that ships in the package. */
export const DEMO_WORLD_FILE = fileURLToPath(new URL('../../worlds/demo.yaml', import.meta.url));

export function parseWorld(text: string, file: string): World {
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new WorldFileError(`world file ${file} is not valid YAML or JSON: ${reason}`);
  }
  const result = validateWorld(data);
  if (!result.world) {
    const list = result.problems.map((p) => `${p.path}: ${p.rule}`);
    throw new WorldFileError(`world file ${file} has ${list.length} problem${list.length > 1 ? 's' : ''}: ${list.join('; ')}`);
  }
  return result.world;
}

export function readWorldFile(file: string): World {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WorldFileError(`cannot read world file ${file}${code ? ` (${code})` : ''}`);
  }
  return parseWorld(text, file);
}
