// The CSV writer against a reader we did not write (csv-parse): every cell comes back as written,
// whatever it holds, in the semicolon dialect of German and Czech Excel and the comma one of English.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Column } from './columns';
import { csvDialect, toCsv } from './csv';

const column = (key: string, type: Column['type'] = 'string'): Column => ({ key, type, width: 10, description: { de: '', cs: '', en: '' } });
const columns = [column('name'), column('certifications', 'list'), column('lat', 'number'), column('employees', 'integer'), column('published', 'boolean')];
const rows = [
  { name: 'Straßburger Kunststoff, Werk "Süd"', certifications: 'ISO 9001; IATF 16949', lat: 50.6, employees: 120, published: true },
  { name: 'Dvě\nřádky; a středník', certifications: null, lat: -12.25, employees: 0, published: false },
  { name: '=SUM(A1:A9)', certifications: 'ISO 14001', lat: null, employees: null, published: null },
  { name: ' Leerzeichen ', certifications: '', lat: 13, employees: 7, published: true },
];

const read = (text: string, delimiter: string) => parse(text, { bom: true, columns: true, delimiter }) as Record<string, string>[];

describe('CSV', () => {
  it('writes semicolons and decimal commas for German and Czech, and every cell reads back as written', () => {
    for (const lang of ['de', 'cs'] as const) {
      const text = toCsv(columns, rows, csvDialect(lang));
      expect(text.startsWith('\uFEFFname;certifications;lat;employees;published\r\n')).toBe(true);
      expect(read(text, ';')).toEqual([
        { name: 'Straßburger Kunststoff, Werk "Süd"', certifications: 'ISO 9001; IATF 16949', lat: '50,6', employees: '120', published: 'true' },
        { name: 'Dvě\nřádky; a středník', certifications: '', lat: '-12,25', employees: '0', published: 'false' },
        // A leading = would be run as a formula: the apostrophe keeps it text (the import takes it off).
        { name: "'=SUM(A1:A9)", certifications: 'ISO 14001', lat: '', employees: '', published: '' },
        { name: ' Leerzeichen ', certifications: '', lat: '13', employees: '7', published: 'true' },
      ]);
    }
  });

  it('writes commas and decimal points for English', () => {
    const text = toCsv(columns, rows, csvDialect('en'));
    expect(text.split('\r\n')[0]).toBe('\uFEFFname,certifications,lat,employees,published');
    expect(read(text, ',').map((r) => [r.name, r.certifications, r.lat])).toEqual([
      ['Straßburger Kunststoff, Werk "Süd"', 'ISO 9001; IATF 16949', '50.6'],
      ['Dvě\nřádky; a středník', '', '-12.25'],
      ["'=SUM(A1:A9)", 'ISO 14001', ''],
      [' Leerzeichen ', '', '13'],
    ]);
  });

  it('quotes text that holds either separator, a quote or a line break, and leaves numbers bare', () => {
    const text = toCsv(columns, rows.slice(0, 1), csvDialect('de'));
    expect(text.split('\r\n')[1]).toBe('"Straßburger Kunststoff, Werk ""Süd""";"ISO 9001; IATF 16949";50,6;120;true');
  });
});
