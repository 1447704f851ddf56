// Our own OpenAPI document, generated from the route schemas.
import type { FastifyInstance } from 'fastify';

export async function openApiRoutes(app: FastifyInstance) {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
