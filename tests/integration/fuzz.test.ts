// A hostile client, generated from /docs/json: random and malformed bodies, query strings, path
// parameters and methods for every operation. No answer may be a 5xx, every answer must match the
// schema documented for its status, and a rejected request must leave the whole graph as it was
// (a fingerprint of every node and relationship with all properties). Seeded, so a failure repeats.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { testDatabase } from '../setup/database';

const seed = 20261201;
const requestsPerOperation = 24;

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
};
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const fixture: Dataset = {
  nodes: {
    Region: [
      { id: 'DE', props: { name: 'Deutschland', level: 'country', country: 'DE' } },
      { id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE', lat: 51.05, lon: 13.74 } },
      { id: 'CZ042', props: { name: 'Ústecký kraj', level: 'district', country: 'CZ', lat: 50.6, lon: 13.9 } },
    ],
    Sector: [{ id: 'C25', props: { name: 'Metallerzeugnisse', code: '25', level: 'division' } }],
    Product: [
      { id: 'P-DREH', props: { name: 'Drehteile', code: '25.62.10', codeSystem: 'CPA', category: '25.62' } },
      { id: 'P-STAHL', props: { name: 'Stabstahl', code: '24.10.60', codeSystem: 'CPA', category: '24.10' } },
    ],
    Organisation: [{ id: 'O-CL', props: { name: 'Cluster Metall', type: 'cluster' } }],
    Institute: [{ id: 'I-TU', props: { name: 'TU Dresden', type: 'university' } }],
    Event: [{ id: 'E-1', props: { name: 'Kooperationsbörse', type: 'cooperation-exchange', date: '2026-03-01' } }],
    Firm: [
      { id: 'F-A', props: { name: 'Elbtal Drehteile GmbH', size: 'small', employees: 25, lat: 51.05, lon: 13.74 } },
      { id: 'F-B', props: { name: 'Ocel Ústí a.s.', size: 'medium', employees: 120, lat: 50.6, lon: 13.9 } },
      { id: 'F-C', props: { name: 'Stahlhandel Pirna GmbH', size: 'micro' } },
    ],
  },
  rels: {
    PART_OF: [{ from: 'DED21', to: 'DE' }],
    LOCATED_IN: [
      { from: 'F-A', to: 'DED21' },
      { from: 'F-B', to: 'CZ042' },
      { from: 'F-C', to: 'DED21' },
    ],
    IN_SECTOR: [
      { from: 'F-A', to: 'C25' },
      { from: 'F-B', to: 'C25' },
    ],
    OFFERS: [
      { from: 'F-A', to: 'P-DREH' },
      { from: 'F-B', to: 'P-STAHL' },
      { from: 'F-C', to: 'P-STAHL' },
    ],
    NEEDS: [{ from: 'F-A', to: 'P-STAHL' }],
    SUPPLIES: [{ from: 'F-B', to: 'F-A', props: { product: 'P-STAHL' } }],
    COOPERATES_WITH: [{ from: 'F-A', to: 'I-TU' }],
    MEMBER_OF: [{ from: 'F-A', to: 'O-CL' }],
    ATTENDS: [{ from: 'F-A', to: 'E-1' }],
  },
};
const ids = ['F-A', 'F-B', 'F-C', 'P-DREH', 'P-STAHL', 'DED21', 'CZ042', 'DE', 'C25', 'O-CL', 'I-TU', 'E-1'];

/** mulberry32: small, fast and good enough to pick test inputs. */
function random(seedValue: number) {
  let state = seedValue >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const nasty = [
  '', ' ', '\u200B', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', '0x10', '1e3', '-1', 'NaN',
  'true', 'null', '%ff', '../../etc/passwd', "' OR 1=1 --", '}) RETURN 1 //', 'Ústí nad Labem', '🚚', '\u0000', 'x'.repeat(5000),
  'SUPPLIES', 'DE,CZ', ',,,', 'F-A,F-B', '2026-02-30', '9999-99-99',
];
const nastyValues: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [1, 'a'], { __proto__: { x: 1 } }, { constructor: 'x' }];

const resolve = (schema: Schema, document: OpenApi): Schema =>
  schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop()!]!, document) : schema;

/** A value the schema accepts, usually; sometimes one it should refuse. */
function valueFor(schema: Schema, r: Random, document: OpenApi, depth = 0): unknown {
  schema = resolve(schema, document);
  if (r.chance(0.08)) return r.chance(0.5) ? r.pick(nasty) : r.pick(nastyValues);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return r.pick(schema.enum);
  if (schema.anyOf) return valueFor(r.pick(schema.anyOf), r, document, depth);
  const type = Array.isArray(schema.type) ? r.pick(schema.type) : schema.type;
  switch (type) {
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -10;
      const max = typeof schema.maximum === 'number' ? Math.min(schema.maximum, min + 50) : min + 50;
      const value = r.int(Math.ceil(min), Math.floor(max));
      return type === 'number' && r.chance(0.3) ? value + 0.25 : value;
    }
    case 'boolean':
      return r.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const length = r.int(0, 3);
      return Array.from({ length }, () => valueFor(schema.items ?? {}, r, document, depth + 1));
    }
    case 'object': {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(name) ? r.chance(0.95) : r.chance(0.4)) out[name] = valueFor(property, r, document, depth + 1);
      }
      if (r.chance(0.05)) out[r.pick(nasty)] = r.pick(nasty);
      return out;
    }
    default: {
      if (schema.format === 'date') return r.chance(0.8) ? `20${r.int(10, 30)}-0${r.int(1, 9)}-1${r.int(0, 9)}` : r.pick(nasty);
      const examples = schema.examples as unknown[] | undefined;
      if (examples && r.chance(0.3)) return r.pick(examples);
      if (r.chance(0.5)) return r.pick(ids);
      if (typeof schema.pattern === 'string' && schema.pattern.includes(',')) return `${r.pick(ids)},${r.pick(ids)}`;
      return r.chance(0.7) ? `Name ${r.int(1, 999)}` : r.pick(nasty);
    }
  }
}

function queryString(query: Record<string, unknown>, r: Random): string {
  const parts = Object.entries(query).map(([key, value]) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `${encodeURIComponent(key)}=${r.chance(0.05) ? text : encodeURIComponent(text ?? '')}`;
  });
  if (r.chance(0.05)) parts.push(`${r.pick(nasty)}=${r.pick(nasty)}`);
  if (r.chance(0.03)) parts.push('limit=1&limit=2');
  return parts.length ? `?${parts.join('&')}` : '';
}

function requestFor(path: string, method: string, operation: Operation, r: Random, document: OpenApi): InjectOptions {
  const parameters = operation.parameters ?? [];
  let url = path;
  const query: Record<string, unknown> = {};
  for (const parameter of parameters) {
    const value = valueFor(parameter.schema, r, document);
    if (parameter.in === 'path') {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      url = url.replace(`{${parameter.name}}`, r.chance(0.05) ? text.replace(/[/?#]/g, '') || 'x' : encodeURIComponent(text));
    } else if (parameter.in === 'query' && (parameter.required || r.chance(0.5))) {
      query[parameter.name] = value;
    }
  }
  const request: InjectOptions = { method: method.toUpperCase() as InjectOptions['method'], url: url + queryString(query, r) };
  const body = operation.requestBody?.content['application/json']?.schema;
  if (body) {
    const roll = r.next();
    if (roll < 0.06) request.payload = r.pick(['{"name":', '[', 'null', '"text"', '{"a":1}}', '\u0000']);
    else if (roll < 0.09) return { ...request, payload: 'name=x', headers: { 'content-type': r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) } };
    else if (roll < 0.11) request.payload = { name: 'x'.repeat(2_000_000) };
    else request.payload = valueFor(body, r, document) as InjectOptions['payload'];
    request.headers = { 'content-type': 'application/json' };
  }
  if (r.chance(0.3)) request.headers = { ...request.headers, 'accept-language': r.pick(['de', 'cs-CZ,cs;q=0.9', 'en', 'fr', '*', ';;q=x']) };
  return request;
}

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let document: OpenApi;

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  app = await buildApp({ driver: db.driver });
  document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

it('finds no 5xx, no answer outside its documented schema and no change from a rejected request', async () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (schema: Schema) => {
    const key = JSON.stringify(schema);
    if (!validators.has(key)) validators.set(key, ajv.compile({ ...schema, components: document.components }));
    return validators.get(key)!;
  };

  const r = random(seed);
  const operations = Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  expect(operations.length).toBeGreaterThan(40);

  const failures: string[] = [];
  // The graph as it stands: a rejected write must leave it so, an accepted one moves it on.
  let graph = await db.fingerprint();
  let sent = 0;
  const started = performance.now();
  for (const { path, method, operation } of operations) {
    for (let i = 0; i < requestsPerOperation; i++) {
      // Now and then a method the path does not have, or a path nobody has.
      const roll = r.next();
      const request =
        roll < 0.04
          ? { method: r.pick(['PUT', 'PATCH', 'DELETE', 'POST', 'OPTIONS', 'TRACE'] as const), url: path.replace(/\{\w+\}/g, 'F-A') }
          : roll < 0.05
            ? { method: 'GET' as const, url: `/api/${r.pick(nasty).replace(/[?#]/g, '')}` }
            : requestFor(path, method, operation, r, document);
      const writes = request.method !== 'GET' && request.method !== 'HEAD';
      const response = await app.inject(request);
      sent++;
      const where = `${request.method} ${String(request.url).slice(0, 120)} -> ${response.statusCode}`;
      if (response.statusCode >= 500) failures.push(`${where}: ${response.body.slice(0, 200)}`);
      const generated = roll >= 0.05;
      if (generated) {
        // An answer of the operation itself: its status documented, its body as documented.
        const documented = operation.responses[String(response.statusCode)];
        if (!documented) failures.push(`${where}: status not documented`);
        else {
          const schema = documented.content?.['application/json']?.schema;
          if (schema && response.statusCode !== 204) {
            const validate = validatorFor(schema);
            if (!validate(response.json())) failures.push(`${where}: ${ajv.errorsText(validate.errors)} in ${response.body.slice(0, 200)}`);
          }
        }
      } else if (response.statusCode >= 400) {
        const body = response.json();
        if (typeof body.code !== 'string' || typeof body.message !== 'string' || body.statusCode !== response.statusCode) {
          failures.push(`${where}: not the error shape: ${response.body.slice(0, 200)}`);
        }
      }
      if (writes) {
        const now = await db.fingerprint();
        if (response.statusCode >= 400 && now !== graph) failures.push(`${where}: a rejected request changed the graph`);
        graph = now;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz: ${sent} requests to ${operations.length} operations in ${seconds.toFixed(1)} s (seed ${seed})`);
  expect(failures).toEqual([]);
}, 600_000);
