// Routes that take a spreadsheet as their body (the import, an event's registrations): the file as
// uploaded, CSV or XLSX, handed over as a Buffer of at most 25 MB; what it says about itself in
// the user's language when it is no table we read.
import type { FastifyInstance } from 'fastify';
import { ApiError, type Message } from '../errors';
import { FileError } from './read-rows';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const fileBodyLimit = 25 * 1024 * 1024;

/** Lets the routes of this plugin take a CSV or XLSX file as their body. */
export function acceptFiles(app: FastifyInstance): void {
  for (const type of ['text/csv', xlsxType, 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: fileBodyLimit }, (_request, body, done) => done(null, body));
  }
}

/** The body as a file, or a 400 saying it is empty. */
export function fileOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new ApiError(400, 'VALIDATION', (t) => t.imports.empty, '/body');
  return body;
}

const fileMessages: Record<FileError['reason'], (error: FileError) => Message> = {
  UNREADABLE: () => (t) => t.imports.unreadable,
  NO_TABLE: () => (t) => t.imports.noTable,
  MISSING_COLUMNS: (error) => (t) => t.imports.missingColumns({ columns: error.detail }),
};

/** A file we cannot read as a 400 in the user's language; anything else as it is. */
export function fileProblem(error: unknown): unknown {
  if (!(error instanceof FileError)) return error;
  return new ApiError(400, 'VALIDATION', fileMessages[error.reason](error), '/body');
}
