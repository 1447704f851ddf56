// Namespaces through the simulation API: isolated worlds inside this vpp, each with its own
// keys, units, clock, emails, webhooks and payments, reached under /ns/NAME/, so parallel CI
// jobs share one server without seeing each other's data. Made and thrown away on the main
// world (not from inside a namespace).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import type { Namespaces } from '../../namespaces/namespaces.js';
import { activeRuntime } from '../../namespaces/scope.js';
import { validateWorld } from '../../domain/world/validate-world.js';
import type { World } from '../../domain/world/world-schema.js';
import { invalid, notFound } from '../../domain/errors.js';
import { Problem } from '../problem-schema.js';

const tags = ['Simulation'];
export const NAMESPACE_NAME_PATTERN = '^[A-Za-z0-9_-]{1,40}$';
const NameParams = Type.Object({ name: Type.String({ pattern: NAMESPACE_NAME_PATTERN }) });
const Source = Type.Union([Type.Literal('loaded'), Type.Literal('demo'), Type.Literal('world')], {
  description: 'What it was made from: the world this vpp loaded at start, the demo world, or a world given in the request',
});
const Namespace = Type.Object({
  name: Type.String(),
  baseUrl: Type.String({ description: 'The base URL of every API, page and simulation route of this namespace' }),
  source: Source,
  createdAt: Type.String({ format: 'date-time' }),
});
const KeySet = Type.Object({
  kind: Type.String(),
  owner: Type.String(),
  clientId: Type.String(),
  clientSecret: Type.Optional(Type.String({ description: 'Given for the demo world\'s published keys and for a world sent in the request' })),
  subscriptionKey: Type.Optional(Type.String()),
});
const Created = Type.Object({
  ...Namespace.properties,
  keySets: Type.Array(KeySet),
  salesUnits: Type.Array(Type.Object({ msn: Type.String(), name: Type.String(), orgno: Type.String(), partner: Type.Union([Type.String(), Type.Null()]) })),
});
const CreateBody = Type.Object(
  {
    name: Type.String({ pattern: NAMESPACE_NAME_PATTERN, description: 'Letters, digits, dash, underscore (at most 40); becomes part of the URL' }),
    world: Type.Optional(
      Type.Union([Type.Literal('loaded'), Type.Literal('demo'), Type.Object({}, { additionalProperties: true })], {
        description: '"loaded" (the default: the world this vpp loaded at start), "demo", or a world file\'s content as JSON',
      }),
    ),
  },
  { additionalProperties: false },
);

export const simNamespaceRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime; namespaces: Namespaces }> = async (app, { rt, namespaces }) => {
  const main = activeRuntime(rt);
  const baseOf = (req: FastifyRequest, name: string) => {
    // Started on port 0, the configured URL does not know the port: the caller's Host does.
    const base = /:0$/.test(main.config.publicUrl) ? `${req.protocol}://${req.host}` : main.config.publicUrl;
    return `${base}/ns/${name}`;
  };
  const view = (req: FastifyRequest, e: { name: string; source: string; created_at: number }) => ({
    name: e.name,
    baseUrl: baseOf(req, e.name),
    source: e.source as Static<typeof Source>,
    createdAt: new Date(Number(e.created_at)).toISOString(),
  });
  const onMainWorld = (req: FastifyRequest) => {
    if (activeRuntime(rt) !== main) throw notFound(`Namespaces are made and listed on the main world, not inside one: use ${req.protocol}://${req.host}/_sim/namespaces.`);
  };

  app.post(
    '/_sim/namespaces',
    {
      schema: {
        tags,
        summary: 'Make a namespace: an isolated world of its own under /ns/{name}/',
        description: 'Everything of the namespace (keys, units, clock, emails, webhooks, payments, snapshots) is its own; POST {baseUrl}/_sim/reset puts it back as made.',
        body: CreateBody,
        response: { 201: Created, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (req, reply) => {
      onMainWorld(req);
      const body = req.body;
      let world: World | undefined;
      if (typeof body.world === 'object') {
        const checked = validateWorld(body.world);
        if (!checked.world) {
          throw invalid(
            `The world has ${checked.problems.length} problem${checked.problems.length > 1 ? 's' : ''}.`,
            checked.problems.map((p) => ({ name: `world${p.path.startsWith('[') ? '' : '.'}${p.path}`, reason: p.rule })),
          );
        }
        world = checked.world;
      }
      const source = world ? 'world' : (body.world as 'loaded' | 'demo' | undefined) ?? 'loaded';
      const made = await namespaces.create({ name: body.name, source, world });
      const summary = await namespaces.summary(made.rt, baseOf(req, body.name));
      const keySets = summary.keySets.map((k) =>
        k.public || source === 'world'
          ? { kind: k.kind, owner: k.owner, clientId: k.clientId, clientSecret: k.clientSecret, subscriptionKey: k.subscriptionKey }
          : { kind: k.kind, owner: k.owner, clientId: k.clientId },
      );
      // The answer may carry secrets: no cache keeps it (sim routes are not in the request log).
      return reply.code(201).header('cache-control', 'no-store').send({ ...view(req, made.entry), keySets, salesUnits: summary.salesUnits });
    },
  );

  app.get(
    '/_sim/namespaces',
    { schema: { tags, summary: 'The namespaces of this vpp', response: { 200: Type.Object({ namespaces: Type.Array(Namespace), limit: Type.Integer() }), 404: Problem } } },
    async (req) => {
      onMainWorld(req);
      return { namespaces: (await namespaces.list()).map((e) => view(req, e)), limit: namespaces.limit };
    },
  );

  app.get(
    '/_sim/namespaces/:name',
    { schema: { tags, summary: 'One namespace', params: NameParams, response: { 200: Namespace, 404: Problem } } },
    async (req) => {
      onMainWorld(req);
      const { name } = req.params;
      const found = (await namespaces.list()).find((e) => e.name === name);
      if (!found) throw notFound(`There is no namespace named "${name}".`);
      return view(req, found);
    },
  );

  app.delete(
    '/_sim/namespaces/:name',
    { schema: { tags, summary: 'Throw a namespace away, with everything in it', params: NameParams, response: { 204: Type.Null(), 404: Problem } } },
    async (req, reply) => {
      onMainWorld(req);
      const { name } = req.params;
      if (!(await namespaces.delete(name))) throw notFound(`There is no namespace named "${name}".`);
      return reply.code(204).send(null);
    },
  );
};
