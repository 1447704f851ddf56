// The simulated clock: read it, or move it forward so expiry and token lifetimes can be
// tested in seconds.
import Type from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../../runtime.js';
import { invalid } from '../../domain/errors.js';
import { Problem } from '../problem-schema.js';

const ClockState = Type.Object({
  now: Type.String({ format: 'date-time', description: 'The platform time' }),
  offsetSeconds: Type.Number({ description: 'How far the platform clock is ahead of real time' }),
});

export const simClockRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
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
        summary: 'Move the simulated clock forward: by advanceSeconds, or to a later time',
        description:
          'Time only runs forward within one history: to set the clock back, restore a snapshot (POST /_sim/snapshots/{name}/restore, or POST /_sim/reset for the world as loaded).',
        body: Type.Object(
          {
            advanceSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 10 * 365 * 86400, description: 'Seconds to move forward' })),
            to: Type.Optional(Type.String({ format: 'date-time', description: 'A platform time not before the current one' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ClockState, 400: Problem },
      },
    },
    async (req) => {
      const { advanceSeconds, to } = req.body;
      if ((advanceSeconds === undefined) === (to === undefined)) {
        throw invalid('Give either advanceSeconds or to (a later platform time).', [{ name: advanceSeconds === undefined ? 'advanceSeconds' : 'to', reason: 'give exactly one of advanceSeconds and to' }]);
      }
      await rt.clock.load(rt.store.db);
      const seconds = advanceSeconds ?? (Date.parse(to!) - rt.clock.now()) / 1000;
      if (seconds < 0) {
        throw invalid(
          `The platform time is ${rt.clock.nowIso()}, after ${to}: time only runs forward. To go back, restore a snapshot saved earlier (POST /_sim/snapshots/{name}/restore) or reset (POST /_sim/reset).`,
          [{ name: 'to', reason: 'is before the current platform time' }],
        );
      }
      await rt.clock.advance(rt.store.db, seconds);
      return state();
    },
  );
};
