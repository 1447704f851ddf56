// Reset and snapshots of the simulated world: back to the world loaded at start, or save
// and restore named states (the clock with them), so a test starts from a known state.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { saveSnapshot } from '../../operations/sim/save-snapshot.js';
import { restoreSnapshot } from '../../operations/sim/restore-snapshot.js';
import { listSnapshotsOf, deleteSnapshotNamed } from '../../operations/sim/list-snapshots.js';
import { SNAPSHOT_NAME_PATTERN, WORLD_SNAPSHOT } from '../../domain/sim/snapshot-names.js';
import { notFound } from '../../domain/errors.js';
import { Problem as SimProblem } from '../problem-schema.js';

const tags = ['Simulation'];
const Snapshot = Type.Object({
  name: Type.String({ description: `The snapshot's name; "${WORLD_SNAPSHOT}" is the world loaded at start` }),
  takenAt: Type.String({ format: 'date-time', description: 'Platform time when it was saved' }),
  clock: Type.String({ format: 'date-time', description: 'The platform time it puts the clock back to, as it runs on from now' }),
});
const Restored = Type.Object({ restored: Snapshot, now: Type.String({ format: 'date-time', description: 'The platform time after the restore' }) });
const NameParams = Type.Object({ name: Type.String({ pattern: SNAPSHOT_NAME_PATTERN }) });
const SaveBody = Type.Object({ name: Type.String({ pattern: SNAPSHOT_NAME_PATTERN, description: 'Letters, digits, dot, dash, underscore; a snapshot of the same name is replaced' }) }, { additionalProperties: false });

export const simSnapshotRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const view = (s: { name: string; takenAt: number; clockOffsetMs: number }) => ({
    name: s.name,
    takenAt: new Date(s.takenAt).toISOString(),
    clock: new Date(Date.now() + s.clockOffsetMs).toISOString(),
  });
  const restore = async (name: string) => {
    const restored = await restoreSnapshot({ store: rt.store, clock: rt.clock, name });
    rt.outbox.kick();
    return { restored: view(restored), now: rt.clock.nowIso() };
  };

  app.post(
    '/_sim/reset',
    { schema: { tags, summary: 'Put the world back as it was loaded at start (the clock too)', response: { 200: Restored, 404: SimProblem } } },
    async () => restore(WORLD_SNAPSHOT),
  );

  app.get('/_sim/snapshots', { schema: { tags, summary: 'The saved snapshots', response: { 200: Type.Object({ snapshots: Type.Array(Snapshot) }) } } }, async () => ({
    snapshots: (await listSnapshotsOf({ db: rt.store.db })).map(view),
  }));

  app.post(
    '/_sim/snapshots',
    { schema: { tags, summary: 'Save the world and the clock under a name', body: SaveBody, response: { 201: Snapshot, 400: SimProblem } } },
    async (req, reply) => {
      const { name } = req.body;
      const saved = await saveSnapshot({ store: rt.store, clock: rt.clock, name });
      return reply.code(201).send(view(saved));
    },
  );

  app.post(
    '/_sim/snapshots/:name/restore',
    { schema: { tags, summary: 'Restore a snapshot: its data and its clock (the only way to set the clock back)', params: NameParams, response: { 200: Restored, 404: SimProblem } } },
    async (req) => restore(req.params.name),
  );

  app.delete(
    '/_sim/snapshots/:name',
    { schema: { tags, summary: 'Delete a snapshot', params: NameParams, response: { 204: Type.Null(), 404: SimProblem } } },
    async (req, reply) => {
      const { name } = req.params;
      if (!(await deleteSnapshotNamed({ db: rt.store.db, name }))) throw notFound(`There is no snapshot named "${name}".`);
      return reply.code(204).send(null);
    },
  );
};
