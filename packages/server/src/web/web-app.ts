import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendProblem } from '../http/error-handler.ts';

/**
 * Serves the built web app from the same port as the API. Unknown paths outside /api get
 * index.html so that client-side routes survive a reload; unknown API paths get a problem.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const hasWeb = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      return sendProblem(reply, request, 404, `No resource at ${request.method} ${path}.`);
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
