// Who asks for an export. The access core (server/src/auth) sets request.user; until a request has
// one, the caller is a visitor.
import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../plugins/app/exports-repository';

export const viewerOf = (request: FastifyRequest): Viewer | null => (request as { user?: Viewer | null }).user ?? null;
