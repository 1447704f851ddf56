// The stylesheet, read once and served with a cache header.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { INSPECTOR_CHARTS_JS } from './inspector/charts-script.js';

const css = readFileSync(fileURLToPath(new URL('../../src/web/style.css', import.meta.url)), 'utf8');

export async function assetRoutes(app: FastifyInstance) {
  app.get('/assets/style.css', { schema: { tags: ['Pages'], summary: 'The stylesheet of every page', produces: ['text/css'] } }, async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(css),
  );
  app.get('/assets/inspector-charts.js', { schema: { tags: ['Pages'], summary: "The inspector's charts, drawn in the browser with chart.js", produces: ['text/javascript'] } }, async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(INSPECTOR_CHARTS_JS),
  );
}
