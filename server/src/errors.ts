// One way to show an error: { statusCode, code, message, field? }. `code` is what the web app
// translates; `field` is a JSON pointer into the request ("/body/name", "/query/limit").
import type { FastifyError, FastifyInstance } from 'fastify';
import { Neo4jError } from 'neo4j-driver';

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE'
  | 'INVALID_RELATIONSHIP'
  | 'OUT_OF_RANGE'
  | 'NOT_NEEDED'
  | 'TOO_COMPLEX'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string, field?: string) =>
  new ApiError(404, 'NOT_FOUND', `${what} '${id}' does not exist`, field);

export const badRequest = (code: ErrorCode, message: string, field?: string) =>
  new ApiError(400, code, message, field);

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

function fromNeo4j(error: Neo4jError): ApiError | undefined {
  if (unavailableCodes.has(error.code) || error.code?.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new ApiError(503, 'DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ApiError(409, 'DUPLICATE', 'An entry with this id exists already', '/body/id');
  }
  if (error.code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new ApiError(422, 'TOO_COMPLEX', 'The query took too long; narrow it down (fewer hops, filters)');
  }
  return undefined;
}

interface ValidationIssue {
  instancePath?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
}

function validationField(error: FastifyError): string | undefined {
  const issue = (error.validation as ValidationIssue[] | undefined)?.[0];
  if (!issue) return undefined;
  const context = error.validationContext ?? 'body';
  const extra = issue.params?.missingProperty ?? issue.params?.additionalProperty;
  return `/${context}${issue.instancePath ?? ''}${extra ? `/${extra}` : ''}`;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return sendApiError(reply, error);
    if (error.validation) {
      const field = validationField(error);
      return reply.status(400).send({ statusCode: 400, code: 'VALIDATION', message: error.message, ...(field ? { field } : {}) });
    }
    const mapped = error instanceof Neo4jError ? fromNeo4j(error) : undefined;
    if (mapped) return sendApiError(reply, mapped);
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ statusCode: error.statusCode, code: 'VALIDATION', message: error.message });
    }
    request.log.error(error);
    // 5xx hides internals: the log has the details, the client gets a code.
    return reply.status(500).send({ statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ statusCode: 404, code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}` }),
  );
}

function sendApiError(reply: { status(code: number): { send(body: unknown): unknown } }, error: ApiError) {
  return reply.status(error.statusCode).send({
    statusCode: error.statusCode,
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
  });
}
