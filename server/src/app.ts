// The application as a Fastify plugin: external plugins first (swagger, database), then our
// repositories (the only code that runs queries), then the access hook, then the routes, then the web app.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Driver } from 'neo4j-driver';
import { installErrorHandler, sendError, toApiError } from './errors';
import { installQueryConversion } from './query-conversion';
import { installRouteTable } from './routes-table';
import neo4jPlugin from './plugins/external/neo4j';
import gracefulClose from './plugins/external/graceful-close';
import securityPlugin, { type SecurityOptions } from './plugins/external/security';
import swaggerPlugin from './plugins/external/swagger';
import webPlugin from './plugins/external/web';
import entitiesRepository from './plugins/app/entities-repository';
import searchRepository from './plugins/app/search-repository';
import networkRepository from './plugins/app/network-repository';
import pathsRepository from './plugins/app/paths-repository';
import diversificationRepository from './plugins/app/diversification-repository';
import riskRepository from './plugins/app/risk-repository';
import whatIfRepository from './plugins/app/whatif-repository';
import matchingRepository from './plugins/app/matching-repository';
import exportsRepository from './plugins/app/exports-repository';
import eventsRepository from './plugins/app/events-repository';
import metricsPlugin, { type MetricsPluginOptions } from './plugins/app/metrics';
import accountsRepository from './plugins/app/accounts-repository';
import auditRepository from './plugins/app/audit-repository';
import auditRoutes from './routes/api/audit/index';
import peopleRepository from './plugins/app/people-repository';
import claimsRepository from './plugins/app/claims-repository';
import accountMail from './plugins/app/account-links';
import invitationsRepository from './plugins/app/invitations-repository';
import invitationRoutes from './routes/api/invitations/index';
import userRoutes from './routes/api/users/index';
import type { Mailer } from './auth/mail';
import inboxRoutes from './routes/api/inbox/index';
import contactRoutes from './routes/api/contacts/index';
import tokenRoutes from './routes/api/tokens/index';
import access from './auth/access';
import authRoutes from './routes/api/auth/index';
import importsRepository from './plugins/app/imports-repository';
import entityRoutes from './routes/api/entities/index';
import healthRoutes from './routes/api/health/index';
import mapRoutes from './routes/api/map/index';
import { tileOrigins } from './map-background';
import type { MapBackground } from './schemas/map';
import networkRoutes from './routes/api/network/index';
import pathRoutes from './routes/api/paths/index';
import diversificationRoutes from './routes/api/diversification/index';
import riskRoutes from './routes/api/risk/index';
import whatIfRoutes from './routes/api/whatif/index';
import matchingRoutes from './routes/api/matching/index';
import relationshipRoutes from './routes/api/relationships/index';
import searchRoutes from './routes/api/search/index';
import exportRoutes from './routes/api/exports/index';
import eventRoutes from './routes/api/events/index';
import metricsRoutes from './routes/api/metrics/index';
import importRoutes from './routes/api/imports/index';

export interface AppOptions {
  driver: Driver;
  closeDriver?: boolean;
  /** Folder of the built web app; defaults to web/build. */
  webDir?: string;
  queryTimeoutMs?: number;
  /** How long a request waits for a database that shows no sign of life before answering 503. */
  unavailableAfterMs?: number;
  /** Rate limits (none unless given: the server passes them; tests that send many requests do not) and CORS origins. */
  security?: SecurityOptions;
  /** Where given, the whole-region metrics are computed in the background (at start, after changes). */
  metrics?: MetricsPluginOptions['job'];
  /** The app's clock; tests move it forward to expire sessions and links. */
  clock?: () => Date;
  /** Sends invitation and reset e-mails (SMTP_URL); without one, links are handed on by hand. */
  mailer?: Mailer | null;
  /** Where the web app is reached, for the links in e-mails (PUBLIC_URL). */
  publicUrl?: string;
  /** Tiles drawn under the map (MAP_STYLE_URL); none by default. */
  mapBackground?: MapBackground | null;
}

export const defaultUnavailableAfterMs = 5_000;

export async function app(instance: FastifyInstance, options: AppOptions): Promise<void> {
  installErrorHandler(instance);
  installRouteTable(instance);
  installQueryConversion(instance);
  // The API reads JSON only: a text body answers 415 rather than failing validation as a string.
  instance.removeContentTypeParser('text/plain');
  await instance.register(gracefulClose);
  await instance.register(securityPlugin, { rateLimits: false, imageOrigins: tileOrigins(options.mapBackground), ...options.security });
  await instance.register(swaggerPlugin);
  await instance.register(neo4jPlugin, {
    driver: options.driver,
    closeDriver: options.closeDriver,
    timeoutMs: options.queryTimeoutMs,
    unavailableAfterMs: options.unavailableAfterMs ?? defaultUnavailableAfterMs,
    clock: options.clock,
  });

  await instance.register(entitiesRepository);
  await instance.register(searchRepository);
  await instance.register(networkRepository);
  await instance.register(pathsRepository);
  await instance.register(diversificationRepository);
  await instance.register(riskRepository);
  await instance.register(whatIfRepository);
  await instance.register(matchingRepository);
  await instance.register(exportsRepository);
  await instance.register(eventsRepository);
  await instance.register(metricsPlugin, { job: options.metrics });
  await instance.register(accountsRepository);
  await instance.register(auditRepository);
  await instance.register(peopleRepository);
  await instance.register(importsRepository);
  await instance.register(claimsRepository);
  await instance.register(accountMail, { mailer: options.mailer, publicUrl: options.publicUrl });
  await instance.register(invitationsRepository);

  // Before any route: every /api route must declare who may call it.
  await instance.register(access);

  await instance.register(healthRoutes);
  await instance.register(mapRoutes, { background: options.mapBackground ?? null });
  await instance.register(authRoutes);
  await instance.register(tokenRoutes);
  await instance.register(auditRoutes);
  await instance.register(contactRoutes);
  await instance.register(searchRoutes);
  await instance.register(entityRoutes);
  await instance.register(relationshipRoutes);
  await instance.register(inboxRoutes);
  await instance.register(invitationRoutes);
  await instance.register(userRoutes);
  await instance.register(networkRoutes);
  await instance.register(pathRoutes);
  await instance.register(diversificationRoutes);
  await instance.register(riskRoutes);
  await instance.register(whatIfRoutes);
  await instance.register(matchingRoutes);
  await instance.register(exportRoutes);
  await instance.register(eventRoutes);
  await instance.register(metricsRoutes);
  await instance.register(importRoutes);

  await instance.register(webPlugin, { dir: options.webDir });
}

/** Header bytes a request may send: sessions, tokens and a language are a few hundred. */
export const maxHeaderBytes = 16_384;
export const maxBodyBytes = 1_048_576;

export async function buildApp(options: AppOptions, fastifyOptions: FastifyServerOptions = {}) {
  const instance = Fastify({
    // Bodies keep their JSON types (a string is never read as a number or the reverse); query
    // strings are converted by query-conversion.ts, to the declared type only. `verbose` gives
    // error messages the allowed values of a union.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false, verbose: true } },
    // Malformed URLs (bad percent-encoding) answer in the one error shape too.
    frameworkErrors: (error, request, reply) => sendError(request, reply, toApiError(error)),
    // Long path parameters reach validation (400 at /params/...) instead of the router's 414.
    routerOptions: { maxParamLength: 10_000 },
    // Bodies are JSON of a few kilobytes, headers (cookies, a token) far less: larger requests are
    // refused (413, and Node's 431 for headers) before anything reads them. A request that sends
    // slowly does not hold a socket forever.
    bodyLimit: maxBodyBytes,
    http: { maxHeaderSize: maxHeaderBytes },
    requestTimeout: 60_000,
    // Each request has an id in every log line; a caller's X-Request-Id is kept, so logs can be
    // matched across services. Pino logs method, URL and status, never bodies.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ...fastifyOptions,
  }).withTypeProvider<TypeBoxTypeProvider>();
  await app(instance, options);
  await instance.ready();
  return instance;
}
