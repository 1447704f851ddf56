// Our own OpenAPI document, generated from the route schemas.
import type { FastifyInstance } from 'fastify';

export async function openApiRoutes(app: FastifyInstance) {
  app.get('/openapi.json', { schema: { tags: ['System'], summary: 'This OpenAPI document, generated from the route schemas' } }, async () => app.swagger());
}
