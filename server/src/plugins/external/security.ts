// Security basics for API, web app and /docs: headers (@fastify/helmet) with a Content Security
// Policy the app lives with, rate limits per client on the API (@fastify/rate-limit: generous for
// reads, tighter for writes), and CORS closed unless origins are configured (@fastify/cors).
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { ApiError } from '../../errors';
import { counted } from '../../i18n/index';

export interface RateLimits {
  /** Requests per client and window for GET and HEAD. */
  reads: number;
  /** Requests per client and window for everything else. */
  writes: number;
  windowMs: number;
}

export interface SecurityOptions {
  /** false: no limit (test apps that send many requests on purpose). */
  rateLimits?: RateLimits | false;
  /** Origins allowed to call the API from a browser; none: same origin only. */
  corsOrigins?: string[];
  /** Where the map's tile background comes from (MAP_STYLE_URL), allowed as image sources. */
  imageOrigins?: string[];
}

export const defaultRateLimits: RateLimits = { reads: 600, writes: 60, windowMs: 60_000 };

const reading = new Set(['GET', 'HEAD']);

export default fp<SecurityOptions>(
  async (app, options) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // SvelteKit starts the app with an inline script and Swagger UI configures itself inline.
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // The ForceAtlas2 layout runs in a worker made from a blob: URL.
          workerSrc: ["'self'", 'blob:'],
          imgSrc: ["'self'", 'data:', 'blob:', ...(options.imageOrigins ?? [])],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    });

    const limits = options.rateLimits === undefined ? defaultRateLimits : options.rateLimits;
    if (limits) {
      await app.register(rateLimit, {
        global: true,
        // The API is what costs: the web app's pages and files (40 and more for one page load) and
        // /docs are not counted, or a few page loads a minute would use up a visitor's reads.
        allowList: (request) => !request.url.startsWith('/api/'),
        timeWindow: limits.windowMs,
        max: (request) => (reading.has(request.method) ? limits.reads : limits.writes),
        // Reads and writes are counted apart, so a burst of reads does not block a save.
        keyGenerator: (request) => `${reading.has(request.method) ? 'read' : 'write'}:${request.ip}`,
        errorResponseBuilder: (_request, context) => {
          const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
          return new ApiError(
            429,
            'RATE_LIMITED',
            (t, language) => {
              const { limit, unit } = counted(language, seconds, t.plural.seconds);
              return t.request.rateLimited({ seconds: limit, unit });
            },
            undefined,
            { 'retry-after': String(seconds) },
          );
        },
      });
    }

    if (options.corsOrigins && options.corsOrigins.length > 0) {
      await app.register(cors, { origin: options.corsOrigins, methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'] });
    }
  },
  { name: 'security' },
);
