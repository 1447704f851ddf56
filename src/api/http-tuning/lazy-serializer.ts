// Response serializers compiled on a route's first answer with that status, not at
// start-up (see validation.ts): the same fast-json-stringify code Fastify would build.
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type BuildSerializer = ReturnType<typeof SerializerSelector>;

const buildSerializer: BuildSerializer = (externalSchemas, options) => {
  const compile = SerializerSelector()(externalSchemas, options);
  return (route) => {
    let serialize: ((data: unknown) => string) | undefined;
    return (data: unknown) => (serialize ??= compile(route))(data);
  };
};

export const lazySchemaController: FastifyServerOptions['schemaController'] = {
  compilersFactory: { buildSerializer },
};
