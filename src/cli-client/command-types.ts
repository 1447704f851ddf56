// What every client command gets and gives back.
import type { SimClient } from './sim-client.js';

export interface Output {
  /** What a script reads with --json. */
  json: unknown;
  /** What a person reads. */
  human: string;
}

export interface ClientContext {
  api: SimClient;
  args: string[];
  flags: Record<string, string | boolean | undefined>;
  json: boolean;
  write(line: string): void;
}

export type ClientCommand = (c: ClientContext) => Promise<Output | void>;
