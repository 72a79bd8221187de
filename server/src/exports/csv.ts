// CSV as Excel opens it: UTF-8 with a byte order mark (else Excel reads Czech names as Latin-1),
// comma-separated, CRLF line ends, quotes where a cell needs them (RFC 4180).
import type { Column } from './columns';
import type { Cell, Row } from './tables';

const needsQuotes = /[",\r\n;]|^\s|\s$/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // A cell starting with = + - @ would be run as a formula by spreadsheets: quote it as text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return needsQuotes.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: Column[], rows: Row[]): string {
  const lines = [columns.map((c) => c.key).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
