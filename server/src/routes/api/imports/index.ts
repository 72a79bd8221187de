// Staff import from CSV or XLSX: the template, a preview (what would be created, changed, left
// unchanged or rejected, with line, column and reason in the caller's language) and apply (the
// accepted rows in one transaction). The file is the request body as uploaded (text/csv or the
// XLSX type), at most 25 MB. With `Accept: application/x-ndjson` the answer streams a progress
// line every batch of rows, then the result line.
import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { toApiError } from '../../../errors';
import { languageOf, serverTexts } from '../../../i18n/index';
import { contentDisposition } from '../../../exports/file-name';
import { acceptFiles, fileBodyLimit, fileOf, fileProblem, xlsxType } from '../../../imports/file-body';
import { templateWorkbook } from '../../../imports/template';
import { Language, errorResponses } from '../../../schemas/common';
import { importTables } from '../../../exports/columns';
import type { ImportResult } from '../../../plugins/app/imports-repository';

const tags = ['imports'];

const ImportQuery = Type.Object(
  {
    file: Type.String({ minLength: 1, maxLength: 200, description: 'The file name, kept as the provenance of what the import writes', examples: ['Lieferanten-2026.xlsx'] }),
    lang: Type.Optional(Language),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({ create: Type.Integer(), change: Type.Integer(), unchanged: Type.Integer(), reject: Type.Integer() });
const Table = Type.Union(importTables.map((t) => Type.Literal(t)));
const ImportResultSchema = Type.Object({
  file: Type.String(),
  applied: Type.Boolean({ description: 'true: the accepted rows were written (apply); false: a preview' }),
  rows: Type.Integer({ description: 'Rows read' }),
  counts: Type.Object({ actors: Counts, products: Counts, links: Counts, persons: Counts }),
  examples: Type.Array(
    Type.Object({
      table: Table,
      line: Type.Integer(),
      outcome: Type.Union([Type.Literal('create'), Type.Literal('change'), Type.Literal('unchanged')]),
      id: Type.Union([Type.String(), Type.Null()], { description: 'null: a new actor whose id is made on apply' }),
      label: Type.String(),
      matchedBy: Type.Union([Type.Literal('id'), Type.Literal('name-town'), Type.Literal('name-actor'), Type.Null()], {
        description: 'How an existing row was found: by its id, an actor by name and town, a person by name at the same actor',
      }),
    }),
    { description: 'The first rows of each outcome' },
  ),
  rejected: Type.Array(
    Type.Object({
      table: Table,
      line: Type.Integer({ description: 'Line in the sheet or file; 1 is the header' }),
      sheet: Type.Union([Type.String(), Type.Null()]),
      problems: Type.Array(Type.Object({ column: Type.String(), reason: Type.String(), message: Type.String() })),
    }),
  ),
  audited: Type.Integer({ description: 'Audit entries written: one per node or link created or changed (0 for a preview)' }),
});

const routes: FastifyPluginAsyncTypebox = async (app) => {
  acceptFiles(app);

  app.get(
    '/api/imports/template',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'The import template (XLSX)',
        description:
          'Sheets actors, products, links and persons with their headers, one example row and drop-down lists, and a sheet explaining each column in German, Czech and English.',
        querystring: Type.Object({ lang: Type.Optional(Language) }, { additionalProperties: false }),
        response: { 200: { description: 'The template', content: { [xlsxType]: { schema: Type.String({ format: 'binary' }) } } }, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const lang = languageOf(request);
      const names = { de: 'Vorlage', cs: 'Sablona', en: 'Template' };
      const workbook = await templateWorkbook(lang);
      return (reply as FastifyReply)
        .header('content-type', xlsxType)
        .header('content-disposition', contentDisposition(`Grenzland-Netz_Import-${names[lang]}_${lang}.xlsx`))
        .send(workbook);
    },
  );

  for (const apply of [false, true]) {
    app.post(
      apply ? '/api/imports/apply' : '/api/imports/preview',
      {
        bodyLimit: fileBodyLimit,
        config: { access: 'staff' },
        schema: {
          tags,
          summary: apply ? 'Apply an import: the accepted rows in one transaction' : 'Preview an import: what each row would do',
          description:
            'The body is the CSV or XLSX file (content type text/csv or the XLSX type). Sheets and CSV files are recognised by their header: the columns of the actors, products or links table. ' +
            (apply
              ? 'Rejected rows are left out; the accepted ones land whole or not at all, with provenance source "import", the file, who and when on every node and link written, and an audit entry per node or link created or changed. Persons without a consent get consent "staff".'
              : 'Nothing is written.'),
          querystring: ImportQuery,
          // The raw file: a parser per content type hands it over as a Buffer, no schema to check.
          body: Type.Unsafe<Buffer>({ description: 'The file: CSV (text/csv) or XLSX' }),
          response: { 200: ImportResultSchema, ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const lang = languageOf(request);
        const body = fileOf(request.body);
        const run = (onProgress?: (rows: number) => void) =>
          app.importsRepository.run(body, { fileName: request.query.file, lang, user: request.user!, apply, onProgress });
        if (String(request.headers.accept ?? '').includes('application/x-ndjson')) return streamed(reply as FastifyReply, run, lang);
        try {
          return await run();
        } catch (error) {
          throw fileProblem(error);
        }
      },
    );
  }
};

/** Progress lines while the rows are read, then the result (or the error) as the last line. */
function streamed(reply: FastifyReply, run: (onProgress: (rows: number) => void) => Promise<ImportResult>, lang: 'de' | 'cs' | 'en') {
  const out = new PassThrough();
  const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
  run((rows) => line({ progress: { rows } }))
    .then((result) => line({ result }))
    .catch((error: unknown) => {
      const problem = toApiError(fileProblem(error) as Error);
      line({ error: { statusCode: problem.statusCode, code: problem.code, message: problem.text(serverTexts[lang], lang), field: problem.field } });
    })
    .finally(() => out.end());
  return reply.header('content-type', 'application/x-ndjson; charset=utf-8').send(out);
}

export default routes;
