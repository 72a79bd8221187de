// Cell by cell: the value a column expects, or the reason it is refused. Pure functions, so the
// rules are tested without a database; what needs the database (districts, sectors, existing ids)
// is checked in import-rows.ts.
import type { Column } from '../exports/columns';
import type { RawCell } from './read-rows';

export type Reason =
  | 'REQUIRED'
  | 'WRONG_TYPE'
  | 'NOT_ALLOWED'
  | 'FORMULA'
  | 'BAD_ID'
  | 'BAD_URL'
  | 'BAD_EMAIL'
  | 'BAD_PHONE'
  | 'OUT_OF_RANGE'
  | 'TOO_LONG'
  | 'UNKNOWN_DISTRICT'
  | 'BAD_COUNTRY'
  | 'UNKNOWN_SECTOR'
  | 'SIZE_REQUIRED'
  | 'TYPE_REQUIRED'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_ROW'
  | 'KIND_MISMATCH'
  | 'AMBIGUOUS_MATCH'
  | 'UNKNOWN_ACTOR'
  | 'UNKNOWN_PRODUCT'
  | 'LINK_NOT_ALLOWED'
  | 'PRODUCT_REQUIRED'
  | 'SELF_LINK';

export interface Problem {
  column: string;
  reason: Reason;
  /** The value at fault or what it conflicts with, for the message. */
  detail?: string;
}

export type Value = string | number | boolean | string[] | null;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const idColumns = new Set(['id', 'from', 'to', 'product', 'of']);
/** The contact API's rules (schemas/people.ts): an address with one @ and a dot after it; digits and + ( ) / . - */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+0-9 ()/.-]{3,40}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A date as German or Czech Excel writes it back into a CSV: 01.02.2020, 1.2.2020 or 1. 2. 2020. */
const localDatePattern = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/;
const truthy = new Set(['true', 'wahr', 'ja', 'ano', 'yes', '1', 'x']);
const falsy = new Set(['false', 'falsch', 'nein', 'ne', 'no', '0']);

const ranges: Record<string, [number, number]> = {
  employees: [0, 1_000_000],
  founded: [1800, 2100],
  lat: [-90, 90],
  lon: [-180, 180],
};

/** Our CSV export writes a leading apostrophe before = + - @ so spreadsheets keep it as text. */
const unguard = (text: string) => (/^'[=+\-@]/.test(text) ? text.slice(1) : text);

const isoDate = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

export function checkCell(column: Column, cell: RawCell | undefined): { value: Value } | { problem: Problem } {
  const fail = (reason: Reason, detail?: string) => ({ problem: { column: column.key, reason, ...(detail !== undefined ? { detail } : {}) } });
  if (cell?.formula) return fail('FORMULA');
  const raw = cell?.value ?? null;
  const text = raw === null ? '' : raw instanceof Date ? isoDate(raw) : unguard(String(raw).trim());
  if (text === '') return column.required ? fail('REQUIRED') : { value: null };
  switch (column.type) {
    case 'integer':
    case 'number': {
      const number = typeof raw === 'number' ? raw : Number(text.replace(',', '.'));
      if (!Number.isFinite(number) || (column.type === 'integer' && !Number.isInteger(number))) return fail('WRONG_TYPE', text);
      const range = ranges[column.key];
      if (range && (number < range[0] || number > range[1])) return fail('OUT_OF_RANGE', `${range[0]}–${range[1]}`);
      return { value: number };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const lower = text.toLowerCase();
      if (truthy.has(lower)) return { value: true };
      if (falsy.has(lower)) return { value: false };
      return fail('WRONG_TYPE', text);
    }
    case 'date': {
      const local = localDatePattern.exec(text);
      const iso = local ? `${local[3]}-${local[2]!.padStart(2, '0')}-${local[1]!.padStart(2, '0')}` : text;
      if (!datePattern.test(iso) || Number.isNaN(Date.parse(iso)) || isoDate(new Date(iso)) !== iso) return fail('WRONG_TYPE', text);
      return { value: iso };
    }
    case 'list': {
      const items = text.split(';').map((s) => s.trim()).filter(Boolean);
      if (items.length > 20 || items.some((s) => s.length > 40)) return fail('TOO_LONG', text);
      const unknown = column.values ? items.find((item) => !column.values!.includes(item)) : undefined;
      if (unknown !== undefined) return fail('NOT_ALLOWED', unknown);
      return { value: items };
    }
    case 'datetime':
    case 'string': {
      if (column.values && !column.values.includes(text)) return fail('NOT_ALLOWED', text);
      if (text.length > (column.key.startsWith('name') ? 200 : 300)) return fail('TOO_LONG');
      if (idColumns.has(column.key) && !idPattern.test(text)) {
        return fail('BAD_ID', text);
      }
      if (column.key === 'website' && !/^https?:\/\//.test(text)) return fail('BAD_URL', text);
      if (column.key === 'email' && !emailPattern.test(text)) return fail('BAD_EMAIL', text);
      if (column.key === 'phone' && !phonePattern.test(text)) return fail('BAD_PHONE', text);
      return { value: text };
    }
  }
}

/** Every importable column the file has, checked; the values, and all problems found. */
export function checkRow(columns: Column[], cells: Map<string, RawCell>): { values: Record<string, Value>; problems: Problem[] } {
  const values: Record<string, Value> = {};
  const problems: Problem[] = [];
  for (const column of columns) {
    if (column.readOnly && column.key !== 'country') continue;
    if (!cells.has(column.key) && !column.required) continue;
    const checked = checkCell(column, cells.get(column.key));
    if ('problem' in checked) problems.push(checked.problem);
    else values[column.key] = checked.value;
  }
  return { values, problems };
}
