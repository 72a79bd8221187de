// How long a sign-in lasts: a session expires after `idleMs` without a request, and at the latest
// `maxMs` after sign-in. The cookie carries only a random token; the session lives in the database,
// so any instance of the app can serve any request.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookie = 'gn_session';
export const csrfHeader = 'x-csrf-token';

export const sessionLimits = {
  idleMs: 8 * 60 * 60 * 1000,
  maxMs: 7 * 24 * 60 * 60 * 1000,
  /** A session is written back (its expiry moved on) at most this often, not on every request. */
  touchMs: 60 * 1000,
};

/** HTTP-only, SameSite=Lax, and Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: Math.floor(sessionLimits.maxMs / 1000),
  });
}

/** Sets the new session's cookie; the answer a sign-in gives: who is signed in and the CSRF token. */
export function signedInAnswer<User>(request: FastifyRequest, reply: FastifyReply, session: { token: string; csrfToken: string; user: User }) {
  setSessionCookie(request, reply, session.token);
  return { user: session.user, csrfToken: session.csrfToken };
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}
