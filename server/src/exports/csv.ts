// CSV as Excel opens it with a double click: UTF-8 with a byte order mark (else Excel reads Czech
// names as Latin-1), CRLF line ends, quotes where a cell needs them (RFC 4180), and the list
// separator and decimal mark of the reader's Excel: German and Czech ones split a line at
// semicolons and read 50,6 as a number, English ones use commas and 50.6.
import type { Language } from '../schemas/common';
import type { Column } from './columns';
import type { Cell, Row } from './tables';

export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const csvDialect = (lang: Language): CsvDialect => (lang === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' });

// Text holding either separator is quoted, so a list ("ISO 9001; IATF 16949") or a name with a
// comma stays one cell whichever separator a reader assumes. Numbers and booleans never hold their
// dialect's separator and stay bare, so Excel reads them as numbers.
const needsQuotes = /[",;\r\n]|^\s|\s$/;

export function csvCell(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', dialect.decimal);
  const text = String(value);
  // A cell starting with = + - @ would be run as a formula by spreadsheets: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: Column[], rows: Row[], dialect: CsvDialect): string {
  const lines = [columns.map((c) => c.key).join(dialect.separator)];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key] ?? null, dialect)).join(dialect.separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
