// One way to show an error: { statusCode, code, message, field? } for every /api answer that is an
// error. `code` is what programs and the web app read; `message` is in the caller's language
// (server/src/i18n); `field` is a JSON pointer into the request: /body/..., /query/..., /params/...
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Neo4jError } from 'neo4j-driver';
import { languageOf, serverTexts, type Language, type NodeKind, type ServerTexts } from './i18n/index';
import { validationMessage, validationField, type ValidationIssue } from './validation-messages';

export interface Use {
  type: string;
  id: string;
  kind: string;
}

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE'
  | 'INVALID_RELATIONSHIP'
  | 'SELF_LINK'
  | 'IN_USE'
  | 'OUT_OF_RANGE'
  | 'NOT_NEEDED'
  | 'TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF'
  | 'INVALID_CREDENTIALS'
  | 'LINK_INVALID'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'UNDO_CONFLICT'
  | 'NOT_CLAIMED'
  | 'LAST_ADMIN';

/** A text in the caller's language, rendered when the answer is sent. */
export type Message = (t: ServerTexts, language: Language) => string;

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly text: Message,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
    /** More the answer says beside the shape's fields (IN_USE: what still uses the entry). */
    readonly details: { uses?: Use[] } = {},
  ) {
    // English in logs and stack traces; the answer is rendered in the caller's language.
    super(text(serverTexts.en, 'en'));
  }
}

export const notFound = (kind: NodeKind, id: string, field?: string) =>
  new ApiError(404, 'NOT_FOUND', (t) => t.errors.notFound({ kind, id }), field);

export const badRequest = (code: ErrorCode, text: Message, field?: string) => new ApiError(400, code, text, field);

/** An id in the input that names no node (of the kind needed). */
export const unknownReference = (kind: NodeKind, id: string, field: string) =>
  badRequest('UNKNOWN_REFERENCE', (t) => t.errors.notFound({ kind, id }), field);

/** Seconds a client should wait before asking again when the database is away. */
export const databaseRetryAfterSeconds = 5;

export const databaseUnavailable = () =>
  new ApiError(503, 'DATABASE_UNAVAILABLE', (t) => t.errors.databaseUnavailable, undefined, {
    'retry-after': String(databaseRetryAfterSeconds),
  });

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // The database refuses our login (a wrong password, or logins locked for a while): for the
  // caller it is as away as a stopped one, and an operator's matter.
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Errors that mean "no database to talk to", as opposed to an answer from one. */
export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    unavailableCodes.has(error.code) ||
    error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    /acquisition timed out|connection.*(closed|lost|refused)/i.test(error.message)
  );
}

function fromNeo4j(error: Neo4jError): ApiError | undefined {
  if (isUnavailableError(error)) return databaseUnavailable();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ApiError(409, 'DUPLICATE', (t) => t.errors.duplicate, '/body/id');
  }
  if (error.code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new ApiError(422, 'TOO_COMPLEX', (t) => t.errors.tooComplex);
  }
  return undefined;
}

/** Errors Fastify raises itself before a handler runs (body parsing, sizes), as ours. */
function fromFastify(error: FastifyError): ApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badRequest('VALIDATION', (t) => t.request.invalidJson, '/body');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return badRequest('VALIDATION', (t) => t.request.emptyBody, '/body');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(413, 'PAYLOAD_TOO_LARGE', (t) => t.request.payloadTooLarge, '/body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', (t) => t.request.unsupportedMediaType, '/body');
    case 'FST_ERR_BAD_URL':
      return badRequest('VALIDATION', (t) => t.request.badUrl);
    default:
      return undefined;
  }
}

export function toApiError(error: FastifyError | Error): ApiError {
  if (error instanceof ApiError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const issues = fastifyError.validation as ValidationIssue[];
    const context = fastifyError.validationContext ?? 'body';
    const field = validationField(context, issues);
    return new ApiError(400, 'VALIDATION', (t, language) => validationMessage(t, language, issues), field);
  }
  const mapped = error instanceof Neo4jError ? fromNeo4j(error) : fromFastify(fastifyError);
  if (mapped) return mapped;
  if (fastifyError.statusCode && fastifyError.statusCode < 500) {
    return new ApiError(fastifyError.statusCode, 'VALIDATION', (t) => t.validation.input + ' ' + t.validation.invalid);
  }
  return new ApiError(500, 'INTERNAL', (t) => t.errors.internal);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: ApiError) {
  const language = languageOf(request);
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .status(error.statusCode)
    .type('application/json; charset=utf-8')
    .send({
      statusCode: error.statusCode,
      code: error.code,
      message: error.text(serverTexts[language], language),
      ...(error.field ? { field: error.field } : {}),
      ...error.details,
    });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error);
    // 5xx hides internals: the log has the details, the client gets a code.
    if (apiError.statusCode === 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, apiError);
  });
}
