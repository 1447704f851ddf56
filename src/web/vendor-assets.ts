// Browser code of the libraries the pages use, served from the installed packages so every
// page works offline: chart.js for the inspector's charts, swagger-ui for /docs/api.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';

const require = createRequire(import.meta.url);

const FILES: Record<string, { path: () => string; type: string }> = {
  'chart.umd.min.js': { path: () => join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), type: 'text/javascript' },
  'swagger-ui-bundle.js': { path: () => join(dirname(require.resolve('swagger-ui-dist')), 'swagger-ui-bundle.js'), type: 'text/javascript' },
  'swagger-ui.css': { path: () => join(dirname(require.resolve('swagger-ui-dist')), 'swagger-ui.css'), type: 'text/css' },
};

const loaded = new Map<string, Buffer>();

const FileParams = Type.Object({ file: Type.String({ enum: Object.keys(FILES) }) });

export const vendorAssetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/assets/vendor/:file',
    { schema: { tags: ['Pages'], summary: 'Browser code of chart.js and swagger-ui, from the installed packages', params: FileParams } },
    async (req, reply) => {
      const name = req.params.file;
      const file = FILES[name]!;
      let body = loaded.get(name);
      if (!body) loaded.set(name, (body = readFileSync(file.path())));
      return reply.type(`${file.type}; charset=utf-8`).header('cache-control', 'public, max-age=3600').send(body);
    },
  );
};
