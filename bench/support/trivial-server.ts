import Fastify from 'fastify';

/** The baseline: a trivial Fastify route, in a process of its own as the real server is. */
const app = Fastify({ logger: false });
app.get('/trivial', () => ({ ok: true }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`Trivial Fastify is running at ${address}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
