// Shapes shared by every feature: ids, names in three languages, paging, errors.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { patterns } from './patterns';

export const Id = Type.String({
  pattern: patterns.id,
  description: 'Stable id of a node (letters, digits, . _ : -; at most 64 characters)',
  examples: ['F-00042'],
});

export const Country = Type.Union([Type.Literal('DE'), Type.Literal('CZ')], { description: 'ISO country code' });
export type Country = Static<typeof Country>;

export const Language = Type.Union([Type.Literal('de'), Type.Literal('cs'), Type.Literal('en')]);
export type Language = Static<typeof Language>;

/** A text people read: at least one visible character (not only spaces or zero-width characters). */
export const Text = (maxLength: number, options: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: patterns.visible, ...options });

const Name = Text(200);
const Description = Text(4000);

/** Names and descriptions where people read them: `name` always, translations where known. */
export const TextFields = {
  name: Name,
  nameDe: Type.Optional(Name),
  nameCs: Type.Optional(Name),
  nameEn: Type.Optional(Name),
  descriptionDe: Type.Optional(Description),
  descriptionCs: Type.Optional(Description),
  descriptionEn: Type.Optional(Description),
};

export const Coordinates = {
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
};

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'Machine-readable code the web app translates', examples: ['VALIDATION'] }),
    message: Type.String(),
    field: Type.Optional(Type.String({ description: 'JSON pointer to the input at fault', examples: ['/body/name'] })),
    uses: Type.Optional(
      Type.Array(Type.Object({ type: Type.String(), id: Type.String(), kind: Type.String() }), {
        description: 'IN_USE: links that still use the entry (the first 20)',
      }),
    ),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

const errorDescriptions = {
  400: 'Bad input (VALIDATION and the other input codes); `field` points at it',
  401: 'Not signed in, or the session or API token is no longer valid (UNAUTHENTICATED, INVALID_CREDENTIALS)',
  403: 'Signed in, but this account may not do this (FORBIDDEN), or a write with the session cookie lacks its CSRF token (CSRF)',
  404: 'Unknown id (NOT_FOUND)',
  409: 'Conflicts with what is stored (DUPLICATE, IN_USE)',
  410: 'The one-time link is used up or has expired (LINK_INVALID)',
  413: 'Body larger than allowed (PAYLOAD_TOO_LARGE)',
  415: 'Body is not JSON (UNSUPPORTED_MEDIA_TYPE)',
  422: 'The query would run too long (TOO_COMPLEX): narrow it down',
  429: 'Too many requests from this client (RATE_LIMITED); wait Retry-After seconds',
  503: 'The database does not answer (DATABASE_UNAVAILABLE); nothing was changed, retry after Retry-After seconds',
} as const;
export type ErrorStatus = keyof typeof errorDescriptions;

const retryAfter = { 'retry-after': { type: 'integer', description: 'Seconds to wait before asking again' } };

const errorResponse = (status: ErrorStatus) =>
  Type.Unsafe<Static<typeof ErrorResponse>>({
    ...Type.Ref(ErrorResponse),
    description: errorDescriptions[status],
    ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
  });

/**
 * The error answers a route declares, for its response schema: the statuses given plus 429 and 503,
 * which any route can answer. Routes with a body add 413 and 415.
 */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const all = [...new Set<ErrorStatus>([...statuses, 429, 503])];
  return Object.fromEntries(all.map((status) => [status, errorResponse(status)])) as Record<S | 429 | 503, ReturnType<typeof errorResponse>>;
}

/** What routes with a JSON body can answer besides their own errors. */
export const bodyErrors = [400, 413, 415] as const;

/** `?lang=de|cs|en`: the language of error messages (else Accept-Language, else English). */
export const LangQuery = {
  lang: Type.Optional(Language),
};

/** The query of a route that takes no other query parameters. */
export const NoQuery = Type.Object(LangQuery, { additionalProperties: false });

export const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000, default: 0 }),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer(), items: Type.Array(item) });

/** A node as lists and paths show it: enough to name it and link to its profile. */
export const NodeSummary = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    name: Type.String(),
    nameDe: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nameCs: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nameEn: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    country: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { $id: 'NodeSummary', title: 'NodeSummary' },
);
export type NodeSummary = Static<typeof NodeSummary>;
