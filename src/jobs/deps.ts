// What background work is given: the parts of a running vpp it uses, not the runtime itself.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Store } from '../store/db.js';
import type { Clock } from './clock.js';
import type { OutboxWorker } from './outbox-worker.js';

export interface JobDeps {
  config: Pick<Config, 'worker' | 'smtpUrl' | 'publicUrl' | 'autoApproveAfterSeconds'>;
  store: Store;
  box: SecretBox;
  clock: Clock;
  outbox: OutboxWorker;
  /** This process among the nodes sharing a database. */
  node: string;
  log: FastifyBaseLogger;
}
