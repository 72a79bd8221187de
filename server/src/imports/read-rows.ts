// Rows of an uploaded CSV or XLSX file, one at a time (exceljs' streaming reader, csv-parse's
// stream), so a file of 20,000 rows is never held as 20,000 objects. Each sheet or CSV file is
// recognised by its header row: the columns of one of the tables asked for (the import's actors,
// products, links and persons; an event's registrations). Other sheets (the template's
// explanations) are skipped.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { importTables, tableColumns, type TableName } from '../exports/columns';

export type ImportTable = (typeof importTables)[number];

/** A cell as read: its value, and whether it held a formula (which we refuse). */
export interface RawCell {
  value: string | number | boolean | Date | null;
  formula: boolean;
}

export interface RawRow<T extends TableName = ImportTable> {
  table: T;
  /** Line in the sheet or file, 1 = the header. */
  line: number;
  /** The sheet's name, for XLSX. */
  sheet: string | null;
  cells: Map<string, RawCell>;
}

export class FileError extends Error {
  constructor(
    readonly reason: 'UNREADABLE' | 'NO_TABLE' | 'MISSING_COLUMNS',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** The table whose required columns the header has, or null. */
export function tableOf(header: string[]): TableName | null {
  const keys = new Set(header);
  if (keys.has('firm') && keys.has('available')) return 'registrations';
  if (keys.has('type') && keys.has('from') && keys.has('to')) return 'links';
  if (keys.has('codeSystem')) return 'products';
  if (keys.has('of') && keys.has('name')) return 'persons';
  if (keys.has('kind') && keys.has('name')) return 'actors';
  return null;
}

function missingColumns(table: TableName, header: string[]): string[] {
  const keys = new Set(header);
  return tableColumns[table].filter((c) => c.required && !keys.has(c.key)).map((c) => c.key);
}

const isXlsx = (buffer: Buffer) => buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b;

/** The rows of the sheets that are one of `tables`, in file order. */
export async function* readRows<T extends TableName = ImportTable>(buffer: Buffer, tables: readonly T[] = importTables as readonly TableName[] as readonly T[]): AsyncGenerator<RawRow<T>> {
  let found = false;
  const source = isXlsx(buffer) ? xlsxRows(buffer) : csvRows(buffer);
  for await (const row of source) {
    if (!(tables as readonly TableName[]).includes(row.table)) continue;
    found = true;
    yield row as RawRow<T>;
  }
  if (!found) throw new FileError('NO_TABLE', 'no sheet with the columns of actors, products, links or persons');
}

interface Sheet {
  table: TableName | null;
  header: string[];
}

function startSheet(header: string[]): Sheet {
  const table = tableOf(header);
  if (table) {
    const missing = missingColumns(table, header);
    if (missing.length > 0) throw new FileError('MISSING_COLUMNS', missing.join(', '));
  }
  return { table, header };
}

/**
 * The text of a CSV file: UTF-8 as we write it (the byte order mark dropped); else Windows-1250, in
 * which German and Czech Excel save a plain "CSV" (it holds ä ö ü ß where Windows-1252 does, and
 * ř ě š č ů ž too).
 */
export function csvText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1250').decode(buffer);
  }
}

/**
 * The separator of a CSV file, from its header line (column keys hold neither): semicolons where
 * German or Czech Excel saved it, else commas. One separator for the whole file, so a comma in a
 * name or a decimal comma in a semicolon file stays inside its cell.
 */
export const csvSeparator = (text: string): ';' | ',' => (text.slice(0, text.search(/\r?\n|$/)).includes(';') ? ';' : ',');

async function* csvRows(buffer: Buffer): AsyncGenerator<RawRow<TableName>> {
  const text = csvText(buffer);
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, delimiter: csvSeparator(text), info: true }),
  );
  let sheet: Sheet | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!sheet) {
        sheet = startSheet(record.map((h) => h.trim()));
        if (!sheet.table) throw new FileError('NO_TABLE', 'the header names no table');
        continue;
      }
      const cells = new Map<string, RawCell>();
      sheet.header.forEach((key, i) => {
        const text = record[i] ?? '';
        cells.set(key, { value: text === '' ? null : text, formula: /^=/.test(text) });
      });
      yield { table: sheet.table!, line: info.lines, sheet: null, cells };
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('UNREADABLE', (error as Error).message);
  }
}

type ExcelValue = ExcelJS.CellValue;

function excelCell(value: ExcelValue): RawCell {
  if (value === null || value === undefined) return { value: null, formula: false };
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) return { value: null, formula: true };
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join(''), formula: false };
    if ('text' in value) return { value: String(value.text), formula: false };
    if ('error' in value) return { value: String(value.error), formula: false };
    return { value: null, formula: false };
  }
  return { value: value as RawCell['value'], formula: false };
}

/**
 * XLSX rows through exceljs' streaming reader. That reader needs xl/workbook.xml before the
 * sheets it parses, and some writers (exceljs itself) put it last in the zip; then it fails before
 * the first row, and the file is read whole instead (as big as the upload limit allows).
 */
async function* xlsxRows(buffer: Buffer): AsyncGenerator<RawRow<TableName>> {
  let yielded = false;
  try {
    for await (const row of streamedXlsxRows(buffer)) {
      yielded = true;
      yield row;
    }
  } catch (error) {
    if (yielded || error instanceof FileError) throw error instanceof FileError ? error : new FileError('UNREADABLE', (error as Error).message);
    yield* loadedXlsxRows(buffer);
  }
}

type Worksheet = { name?: string } & AsyncIterable<ExcelJS.Row>;

async function* sheetRows(worksheet: Worksheet | ExcelJS.Worksheet, rows: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>): AsyncGenerator<RawRow<TableName>> {
  let sheet: Sheet | null = null;
  for await (const row of rows) {
    const values = (row.values as ExcelValue[]) ?? [];
    if (!sheet) {
      sheet = startSheet(values.slice(1).map((v) => String(excelCell(v).value ?? '').trim()));
      if (!sheet.table) return;
      continue;
    }
    const cells = new Map<string, RawCell>();
    let empty = true;
    sheet.header.forEach((key, i) => {
      const cell = excelCell(values[i + 1] ?? null);
      if ((cell.value !== null && cell.value !== '') || cell.formula) empty = false;
      cells.set(key, cell);
    });
    if (!empty) yield { table: sheet.table!, line: row.number, sheet: worksheet.name ?? null, cells };
  }
}

async function* streamedXlsxRows(buffer: Buffer): AsyncGenerator<RawRow<TableName>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    yield* sheetRows(worksheet as unknown as Worksheet, worksheet as unknown as AsyncIterable<ExcelJS.Row>);
  }
}

async function* loadedXlsxRows(buffer: Buffer): AsyncGenerator<RawRow<TableName>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileError('UNREADABLE', (error as Error).message);
  }
  for (const worksheet of workbook.worksheets) {
    const rows: ExcelJS.Row[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
    yield* sheetRows(worksheet, rows);
  }
}
