// The one hook that decides who may do what. It finds who is asking (an API token, a session
// cookie; a visitor otherwise), requires the CSRF token on cookie-authenticated writes, and applies the route's
// declared `config.access` (policy.ts). A route under /api without a declaration fails the start.
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors';
import type { SessionUser } from '../plugins/app/accounts-repository';
import { minimumRole, passesScope, type Access } from './policy';
import { hasRole } from './roles';
import { sameSecret } from './secrets';
import { csrfHeader, sessionCookie } from './sessions';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Who is asking: null for a visitor. */
    user: SessionUser | null;
    /** The CSRF token of the request's session, when it came with a session cookie. */
    csrfToken: string | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const unauthenticated = () => new ApiError(401, 'UNAUTHENTICATED', (t) => t.access.unauthenticated);
export const forbidden = () => new ApiError(403, 'FORBIDDEN', (t) => t.access.forbidden);

async function authenticate(request: FastifyRequest): Promise<void> {
  // Scripts send an API token; it is no ambient credential, so it needs no CSRF token.
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    request.user = await request.server.accountsRepository.tokenUser(bearer);
    if (!request.user) throw new ApiError(401, 'UNAUTHENTICATED', (t) => t.access.tokenUnknown);
    return;
  }
  const token = request.cookies[sessionCookie];
  if (!token) return;
  const session = await request.server.accountsRepository.session(token);
  if (!session) return;
  request.user = session.user;
  request.csrfToken = session.csrfToken;
}

function checkCsrf(request: FastifyRequest): void {
  if (safeMethods.has(request.method) || request.csrfToken === null) return;
  const sent = request.headers[csrfHeader];
  if (typeof sent !== 'string' || !sameSecret(sent, request.csrfToken)) {
    throw new ApiError(403, 'CSRF', (t) => t.access.csrf, `/headers/${csrfHeader}`);
  }
}

export default fp(
  async (app) => {
    await app.register(cookie);
    app.decorateRequest('user', null);
    app.decorateRequest('csrfToken', null);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      if (route.config?.access === undefined) {
        throw new Error(`Route ${route.method} ${route.url} declares no access rule (config: { access })`);
      }
    });

    // Who is asking, and may they at all: before the body is parsed or validated, so a visitor
    // learns nothing about a write route beyond "sign in".
    app.addHook('onRequest', async (request: FastifyRequest) => {
      const access = request.routeOptions.config.access;
      if (access === undefined) return;
      await authenticate(request);
      const role = minimumRole(access);
      if (role === 'visitor') return;
      if (!request.user) throw unauthenticated();
      checkCsrf(request);
      if (!hasRole(request.user, role)) throw forbidden();
    });

    // Rules scoped to the member's own firms read the validated request.
    app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
      const access = request.routeOptions.config.access;
      if (access === undefined || typeof access === 'string') return;
      if (!(await passesScope(access, request.user, request))) throw forbidden();
    });
  },
  { name: 'access', dependencies: ['accounts-repository'] },
);
