// The yardstick: a bare Fastify handler returning a small JSON, for GET and POST.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const answer = { ok: true, at: 'bare', value: 1000 };
app.get('/bare', async () => answer);
app.post('/bare', async () => answer);
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${app.server.address().port}\n`);
