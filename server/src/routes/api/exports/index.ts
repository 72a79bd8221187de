// Downloads of a scope: the tables as CSV or one XLSX workbook, and the network as GEXF, GraphML
// or graphology JSON. Every route takes the same scope query (schemas/exports.ts).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { errorResponses } from '../../../schemas/common';
import { ExportQuery } from '../../../schemas/exports';
import { tableColumns, tableNames } from '../../../exports/columns';
import { csvDialect, toCsv } from '../../../exports/csv';
import { contentDisposition, fileName } from '../../../exports/file-name';
import { buildGraph, layOut } from '../../../exports/network';
import { toGexf, toGraphml, toGraphologyJson } from '../../../exports/network-files';
import { buildTables, type Tables } from '../../../exports/tables';
import { tablesWorkbook } from '../../../exports/xlsx';
import { workshopReport } from '../../../reports/workshop-report';
import type { ScopeData } from '../../../exports/scope-data';
import { viewerOf } from '../../../exports/viewer';
import type { AuthUser } from '../../../auth/roles';

const tags = ['exports'];

const file = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: Type.String({ format: 'binary' }) } },
});

const errors = errorResponses(400, 404, 422);

const networkFormats = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
  graphml: { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  json: { type: 'application/json; charset=utf-8', write: toGraphologyJson },
} as const;

const textLanguage = (lang: string | undefined) => (lang === 'cs' || lang === 'en' ? lang : 'de');

function download(reply: FastifyReply, data: ScopeData, lang: string, ext: string, type: string, body: string | Buffer) {
  return reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(fileName(data, lang, ext)))
    .send(body);
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  async function csvTable(reply: FastifyReply, query: ExportQuery, table: keyof Tables, viewer: AuthUser | null) {
    const lang = textLanguage(query.lang);
    const data = await app.exportsRepository.gather(query, viewer);
    const csv = toCsv(tableColumns[table], buildTables(data, lang)[table], csvDialect(lang));
    return download(reply.header('x-table', table), data, lang, `${table}.csv`, 'text/csv; charset=utf-8', csv);
  }

  app.get(
    '/api/exports/report',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The workshop report of a scope as PDF',
        description:
          'Title page, contents, key figures, the network as a vector picture coloured by country or sector, best connected and critical actors, ' +
          'cross-border links, single-source and concentration risks, cooperation opportunities across the border, institutes to contact and, for staff, ' +
          'the contact list. `lang=de-cs` sets German and Czech side by side.',
        querystring: ExportQuery,
        response: { 200: file('application/pdf', 'The report'), ...errors },
      },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? 'de';
      const data = await app.exportsRepository.gather(request.query, viewerOf(request));
      const pdf = await workshopReport(data, { lang, colour: request.query.colour ?? 'country' });
      return download(reply, data, lang, 'pdf', 'application/pdf', pdf);
    },
  );

  app.get(
    '/api/exports/csv/:table',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'One table of a scope as CSV (UTF-8 with BOM)',
        description: 'Tables: actors, products, links (with provenance), risks, opportunities. Headers are the column keys the import reads.',
        params: Type.Object({ table: Type.Union(tableNames.map((t) => Type.Literal(t))) }, { additionalProperties: false }),
        querystring: ExportQuery,
        response: { 200: file('text/csv', 'The table'), ...errors },
      },
    },
    async (request, reply) => csvTable(reply, request.query, request.params.table, viewerOf(request)),
  );

  app.get(
    '/api/exports/csv/persons',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'The contact persons of a scope as CSV (staff)',
        description: "The contact list: each person of the scope's actors with the consent they gave. Headers are the column keys the import reads.",
        querystring: ExportQuery,
        response: { 200: file('text/csv', 'The table'), ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => csvTable(reply, request.query, 'persons', viewerOf(request)),
  );

  app.get(
    '/api/exports/xlsx',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'All tables of a scope as one XLSX workbook',
        description:
          'A sheet per table (actors, products, links, risks, opportunities, and for staff the contact persons), header row frozen, filters and column widths set.',
        querystring: ExportQuery,
        response: { 200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The workbook'), ...errors },
      },
    },
    async (request, reply) => {
      const lang = textLanguage(request.query.lang);
      const data = await app.exportsRepository.gather(request.query, viewerOf(request));
      const workbook = await tablesWorkbook(buildTables(data, lang), fileName(data, lang, 'xlsx'), data.contacts !== null);
      return download(reply, data, lang, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', workbook);
    },
  );

  app.get(
    '/api/exports/network/:format',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The network of a scope as GEXF 1.3, GraphML or graphology JSON',
        description: 'Actors with their attributes, laid out (x, y), coloured by country or sector and sized by links; supply, cooperation and membership links.',
        params: Type.Object({ format: Type.Union(Object.keys(networkFormats).map((f) => Type.Literal(f))) }, { additionalProperties: false }),
        querystring: ExportQuery,
        response: { 200: file('application/octet-stream', 'The network file'), ...errors },
      },
    },
    async (request, reply) => {
      const lang = textLanguage(request.query.lang);
      const format = networkFormats[request.params.format as keyof typeof networkFormats];
      const data = await app.exportsRepository.gather(request.query, viewerOf(request));
      const { graph } = buildGraph(data, lang, request.query.colour ?? 'country');
      await layOut(graph);
      return download(reply, data, lang, request.params.format, format.type, format.write(graph));
    },
  );
};
export default routes;
