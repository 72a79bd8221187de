// A CSV file as German or Czech Excel saves it back ("CSV", not "CSV UTF-8"): Windows-1250 bytes,
// semicolons between cells, commas inside names and numbers left unquoted, dates as 01.02.2020.
// It reads as the same rows and values as the UTF-8 comma file we would have written.
import { describe, expect, it } from 'vitest';
import { tableColumns } from '../exports/columns';
import { checkRow } from './check-cells';
import { readRows, type ImportTable } from './read-rows';

// Windows-1250 for the letters used below; everything else is ASCII.
const cp1250: Record<string, number> = { á: 0xe1, Ž: 0x8e, ď: 0xef, ß: 0xdf, ü: 0xfc, ö: 0xf6 };
const encode1250 = (text: string) => Buffer.from([...text].map((c) => cp1250[c] ?? c.charCodeAt(0)));

async function values(file: Buffer) {
  const out: { table: ImportTable; line: number; values: Record<string, unknown>; problems: unknown[] }[] = [];
  for await (const row of readRows(file)) out.push({ table: row.table, line: row.line, ...checkRow(tableColumns[row.table], row.cells) });
  return out;
}

describe('reading CSV files', () => {
  it('reads a semicolon file in Windows-1250 with unquoted commas and local dates as Excel writes it', async () => {
    const excel = encode1250(
      'id;kind;name;country;district;town;lat;lon\r\n' +
        'F-1;firm;Kovárna Žďár, s.r.o.;CZ;CZ041;Cheb;50,08;12,37\r\n' +
        'F-2;firm;Straße & Söhne, Glüh;DE;DED42;Aue;50,6;12,95\r\n',
    );
    const utf8 = Buffer.from(
      '\uFEFFid,kind,name,country,district,town,lat,lon\r\n' +
        'F-1,firm,"Kovárna Žďár, s.r.o.",CZ,CZ041,Cheb,50.08,12.37\r\n' +
        'F-2,firm,"Straße & Söhne, Glüh",DE,DED42,Aue,50.6,12.95\r\n',
    );
    const read = await values(excel);
    expect(read.map((r) => r.values)).toEqual([
      { id: 'F-1', kind: 'firm', name: 'Kovárna Žďár, s.r.o.', country: 'CZ', district: 'CZ041', town: 'Cheb', lat: 50.08, lon: 12.37 },
      { id: 'F-2', kind: 'firm', name: 'Straße & Söhne, Glüh', country: 'DE', district: 'DED42', town: 'Aue', lat: 50.6, lon: 12.95 },
    ]);
    expect(read.flatMap((r) => r.problems)).toEqual([]);
    expect(await values(utf8)).toEqual(read);
  });

  it('takes the dates German and Czech Excel write back, and refuses days that do not exist', async () => {
    const file = Buffer.from('type;from;to;product;since\nSUPPLIES;F-1;F-2;P-1;01.02.2020\nSUPPLIES;F-1;F-3;P-1;1. 2. 2021\nSUPPLIES;F-1;F-4;P-1;31.02.2021\nSUPPLIES;F-1;F-5;P-1;2019-12-31\n');
    const read = await values(file);
    expect(read.map((r) => r.values.since ?? null)).toEqual(['2020-02-01', '2021-02-01', null, '2019-12-31']);
    expect(read[2]!.problems).toEqual([{ column: 'since', reason: 'WRONG_TYPE', detail: '31.02.2021' }]);
  });
});
