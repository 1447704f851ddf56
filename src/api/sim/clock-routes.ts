// The simulated clock: read it, or move it forward so expiry and token lifetimes can be
// tested in seconds.
import Type from 'typebox';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';

const ClockState = Type.Object({
  now: Type.String({ format: 'date-time', description: 'The platform time' }),
  offsetSeconds: Type.Number({ description: 'How far the platform clock is ahead of real time' }),
});

export async function simClockRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const state = () => ({ now: rt.clock.nowIso(), offsetSeconds: rt.clock.offsetMs / 1000 });

  app.get('/_sim/clock', { schema: { tags: ['Simulation'], summary: 'Read the simulated clock', response: { 200: ClockState } } }, async () => {
    await rt.clock.load(rt.store.db);
    return state();
  });

  app.post(
    '/_sim/clock',
    {
      schema: {
        tags: ['Simulation'],
        summary: 'Move the simulated clock forward',
        body: Type.Object({ advanceSeconds: Type.Number({ minimum: 0, maximum: 10 * 365 * 86400 }) }, { additionalProperties: false }),
        response: { 200: ClockState },
      },
    },
    async (req) => {
      const { advanceSeconds } = req.body as { advanceSeconds: number };
      await rt.clock.advance(rt.store.db, advanceSeconds);
      return state();
    },
  );
}
