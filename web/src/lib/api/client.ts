// The one fetch wrapper: every call to the API goes through `request`, which turns the API's error
// body ({statusCode, code, message, field}) into an ApiError whose code the pages translate.
import type { ErrorCode as ServerErrorCode } from '../../../../server/src/errors';

export type ErrorCode =
  | ServerErrorCode
  /** No answer at all (offline, server down, proxy error without our body). */
  | 'NETWORK'
  /** An answer we do not understand. */
  | 'UNKNOWN';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** JSON pointer into the request, e.g. '/body/name'. */
    readonly field?: string,
  ) {
    super(message);
  }

  /** The body property at fault ('/body/name' -> 'name'), for forms. */
  get bodyField(): string | undefined {
    return this.field?.startsWith('/body/') ? this.field.slice('/body/'.length).split('/')[0] : undefined;
  }
}

// Every code the server sends; the compiler complains here when the server adds one.
const serverCodes = {
  VALIDATION: true,
  NOT_FOUND: true,
  UNKNOWN_REFERENCE: true,
  DUPLICATE: true,
  INVALID_RELATIONSHIP: true,
  OUT_OF_RANGE: true,
  NOT_NEEDED: true,
  TOO_COMPLEX: true,
  DATABASE_UNAVAILABLE: true,
  INTERNAL: true,
  METHOD_NOT_ALLOWED: true,
  SELF_LINK: true,
  IN_USE: true,
  PAYLOAD_TOO_LARGE: true,
  UNSUPPORTED_MEDIA_TYPE: true,
  RATE_LIMITED: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  CSRF: true,
  INVALID_CREDENTIALS: true,
  LINK_INVALID: true,
  PASSWORD_TOO_SHORT: true,
  PASSWORD_TOO_LONG: true,
  UNDO_CONFLICT: true,
  NOT_CLAIMED: true,
  LAST_ADMIN: true,
} satisfies Record<ServerErrorCode, true>;
const isServerCode = (code: string): code is ServerErrorCode => Object.hasOwn(serverCodes, code);

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;
export type Query = Record<string, QueryValue>;

/** Fills `{name}` segments of an OpenAPI path template and appends the query (lists comma-joined). */
export function buildUrl(template: string, params: Record<string, string> = {}, query: Query = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`api: path parameter '${name}' missing for ${template}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The ApiError for a failed response: the API's own code when it sent one. */
export async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string') {
    const { code, message, field } = body as { code: string; message?: string; field?: string };
    return new ApiError(response.status, isServerCode(code) ? code : 'UNKNOWN', message ?? '', field);
  }
  return new ApiError(response.status, response.status >= 502 ? 'NETWORK' : 'UNKNOWN', response.statusText);
}

export interface RequestOptions {
  params?: Record<string, string>;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** The signed-in session's CSRF token, sent with every write (the session cookie alone is not enough). */
let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** What a write sends besides its body: the CSRF token of the session (also for uploads made with fetch). */
export const writeHeaders = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

function headersFor(method: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasBody) headers['content-type'] = 'application/json';
  return method === 'GET' || method === 'HEAD' ? headers : { ...headers, ...writeHeaders() };
}

export async function request<T>(method: string, template: string, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(template, options.params, options.query);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal: options.signal,
      headers: headersFor(method, options.body !== undefined),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The content type of an uploaded sheet, by its name: the server reads XLSX and CSV. */
export const sheetType = (file: File) => (/\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
