// Who asks for an export or an import: the signed-in user the access hook set, or null for a visitor.
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/roles';

export const viewerOf = (request: FastifyRequest): AuthUser | null => request.user ?? null;
