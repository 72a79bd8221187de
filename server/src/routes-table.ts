// Answers for requests no route takes: 405 with Allow when the path exists for other methods, else
// 404, both in the one error shape. Routes are collected as they are registered.
import type { FastifyInstance } from 'fastify';
import { ApiError, sendError } from './errors';

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `/api/firms/:id` -> /^\/api\/firms\/[^/]+$/ ; a trailing `*` matches the rest. */
function toPattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : escape(segment)))
    .join('/');
  return new RegExp(`^${source}$`);
}

export function installRouteTable(app: FastifyInstance): void {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    // The web app's catch-all takes every other path; it says nothing about which methods exist.
    if (route.url.includes('*')) return;
    const methods = ([] as string[]).concat(route.method);
    routes.push({ pattern: toPattern(route.url), methods });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))].sort();
    if (allowed.length > 0) {
      const error = new ApiError(405, 'METHOD_NOT_ALLOWED', (t) => t.request.methodNotAllowed({ method: request.method, allowed: allowed.join(', ') }), undefined, {
        allow: allowed.join(', '),
      });
      return sendError(request, reply, error);
    }
    const noRoute = new ApiError(404, 'NOT_FOUND', (t) => t.request.noRoute({ method: request.method, path }));
    return sendError(request, reply, noRoute);
  });
}
