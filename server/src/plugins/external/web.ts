// Serves the built SvelteKit app (web/build) on the API's port. The app is a single-page app, so
// any page path that is not a file gets its fallback page, or the page built ahead for it (the
// explorer's /de, /cs, /en); before the first build, a short notice.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

export const webBuildDir = fileURLToPath(new URL('../../../../web/build', import.meta.url));
const fallbackPage = '200.html';

export default fp(
  async (app, options: { dir?: string }) => {
    const dir = options.dir ?? webBuildDir;
    if (!existsSync(`${dir}/${fallbackPage}`)) {
      app.get('/', { schema: { hide: true } }, async (_request, reply) =>
        reply.type('text/html').send('<!doctype html><title>Grenzland-Netz</title><p>The web app is not built yet: run <code>npm run build</code>. The API is at <a href="/docs">/docs</a>.</p>'),
      );
      return;
    }
    await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: false, index: false });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const path = (request.params as { '*': string })['*'];
      // The API's own answers, 404 included, are JSON: the web app's page is only for other paths.
      if (path === 'api' || path.startsWith('api/')) return reply.callNotFound();
      if (path && existsSync(`${dir}/${path}`) && !path.includes('..')) return reply.sendFile(path);
      // A page built ahead (the explorer in each language: build/de.html for /de), else the fallback.
      const page = /^[a-z]{2}$/.test(path) && existsSync(`${dir}/${path}.html`) ? `${path}.html` : fallbackPage;
      return reply.header('cache-control', 'no-cache').sendFile(page);
    });
  },
  { name: 'web' },
);
