// The staff import: a round trip (export → import into an empty database → export gives the same
// tables), a file full of mistakes (each rejected row with line, column and reason; only the
// accepted rows written), 20,000 rows with progress, and the template read back with exceljs.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { ImportResult } from '../../server/src/plugins/app/imports-repository';
import { testDatabase } from '../setup/database';
import { borderGraph, exportGraph } from '../setup/export-graph';
import { fixture } from '../setup/fixtures';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  app = await buildApp({ driver: db.driver });
});
afterAll(async () => {
  // The next file starts from an empty database; leave it small.
  await db.reset();
  await app.close();
  await db.close();
});

/** Resets the database to the fixture's reference data (regions, sectors) and `graph` if given. */
async function start(graph = fixture()) {
  await db.reset();
  await graph.load(db.runner);
}

const get = (url: string) => app.inject({ method: 'GET', url });
const upload = (step: 'preview' | 'apply', body: Buffer, type: string, query = 'file=test.xlsx', headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/api/imports/${step}?${query}`, payload: body, headers: { 'content-type': type, ...headers } });

async function sheets(body: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    out[sheet.name] = [];
    sheet.eachRow((row) => out[sheet.name]!.push((row.values as unknown[]).slice(1).map((v) => v ?? null)));
  });
  return out;
}

const provenance = ['source', 'sourceRef', 'enteredBy', 'enteredAt', 'standing'];
/** A sheet's rows without the provenance columns (the import writes its own). */
const withoutProvenance = (rows: unknown[][]) => {
  const header = rows[0] as string[];
  const keep = header.map((h, i) => (provenance.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return rows.map((row) => keep.map((i) => row[i] ?? null));
};

describe('round trip', () => {
  it('export to XLSX, import into an empty database, export again: the same tables', async () => {
    // Without the draft: its supply would count (anonymously) in the first export's risks only.
    await start(borderGraph({ draft: false }));
    const first = await get('/api/exports/xlsx?scope=all');
    expect(first.statusCode).toBe(200);
    await start();
    const applied = await upload('apply', first.rawPayload, xlsxType, 'file=Grenzland-Netz.xlsx');
    expect(applied.statusCode, applied.body).toBe(200);
    const result = applied.json<ImportResult>();
    expect(result.rejected).toEqual([]);
    expect(result.counts).toEqual({
      actors: { create: 6, change: 0, unchanged: 0, reject: 0 },
      products: { create: 3, change: 0, unchanged: 0, reject: 0 },
      // Among the six actors: 3 supply links, 1 cooperation, 2 memberships; F-A offers or needs 4
      // products, F-C 1, F-D 1, F-E 2.
      links: { create: 14, change: 0, unchanged: 0, reject: 0 },
    });
    const second = await get('/api/exports/xlsx?scope=all');
    const before = await sheets(first.rawPayload);
    const after = await sheets(second.rawPayload);
    for (const name of ['actors', 'products', 'links', 'risks', 'opportunities']) {
      expect(withoutProvenance(after[name]!), name).toEqual(withoutProvenance(before[name]!));
    }
    // What the import wrote carries its provenance.
    const links = after.links!;
    const header = links[0] as string[];
    const at = (row: unknown[], key: string) => row[header.indexOf(key)];
    expect(links.slice(1).every((row) => at(row, 'source') === 'import' && at(row, 'sourceRef') === 'Grenzland-Netz.xlsx' && at(row, 'standing') === 'claimed')).toBe(true);
    expect(links.slice(1).every((row) => typeof at(row, 'enteredAt') === 'string')).toBe(true);

    // The same file again changes nothing.
    const again = (await upload('preview', first.rawPayload, xlsxType)).json<ImportResult>();
    expect(again.counts.actors).toEqual({ create: 0, change: 0, unchanged: 6, reject: 0 });
    expect(again.counts.links).toEqual({ create: 0, change: 0, unchanged: 14, reject: 0 });
  }, 300_000);
});

describe('a file full of mistakes', () => {
  async function mistakes(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const actors = workbook.addWorksheet('actors');
    actors.addRow(['id', 'kind', 'name', 'country', 'district', 'town', 'sector', 'size', 'employees']);
    actors.addRow(['F-N1', 'firm', 'Neue Drechslerei Kühn', 'DE', 'DED42', 'Zwönitz', 'C25.62', 'micro', 4]); // 2: fine
    actors.addRow(['F-N2', 'firm', 'Unbekannte Branche GmbH', 'DE', 'DED42', 'Aue', 'C99.99', 'small', 10]); // 3
    actors.addRow(['F-N3', 'firm', 'Falsches Land s.r.o.', 'AT', 'CZ041', 'Cheb', 'C25.62', 'small', 10]); // 4
    actors.addRow(['F-N4', 'firm', 'Grenzgänger GmbH', 'CZ', 'DED42', 'Aue', 'C25.62', 'small', 10]); // 5
    actors.addRow(['F-N1', 'firm', 'Doppelt GmbH', 'DE', 'DED42', 'Aue', 'C25.62', 'small', 10]); // 6
    actors.addRow(['F-N5', 'firm', 'Viele Leute GmbH', 'DE', 'DED42', 'Aue', 'C25.62', 'small', 'viele']); // 7
    actors.addRow(['F-N6', 'firm', null, 'DE', 'DED42', 'Aue', 'C25.62', 'small', 10]); // 8
    actors.addRow(['F-N7', 'firm', 'Formel GmbH', 'DE', 'DED42', { formula: 'CONCAT("A","ue")', result: 'Aue' }, 'C25.62', 'small', 10]); // 9
    actors.addRow(['F-N8', 'firm', 'Ohne Kreis GmbH', 'DE', 'XX999', 'Aue', 'C25.62', 'small', 10]); // 10
    const links = workbook.addWorksheet('links');
    links.addRow(['type', 'from', 'to', 'product', 'since']);
    links.addRow(['SUPPLIES', 'F-N1', 'F-A', 'P-1', '2025-05-01']); // 2: fine
    links.addRow(['SUPPLIES', 'F-N1', 'F-MISSING', 'P-1', null]); // 3
    links.addRow(['SUPPLIES', 'F-N1', 'F-A', 'P-1', null]); // 4: the same link again
    links.addRow(['SUPPLIES', 'F-N1', 'F-C', null, null]); // 5
    links.addRow(['MEMBER_OF', 'F-A', 'P-1', null, null]); // 6
    links.addRow(['SUPPLIES', 'F-N2', 'F-A', 'P-1', null]); // 7: its supplier was rejected
    links.addRow(['COOPERATES_WITH', 'F-N1', 'I-1', null, '1.5.2025']); // 8
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('reports each rejected row with line, column and reason in the chosen language, and the preview writes nothing', async () => {
    await start(exportGraph);
    const before = await db.snapshot();
    const response = await upload('preview', await mistakes(), xlsxType, 'file=Fehler.xlsx&lang=cs');
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json<ImportResult>();
    const reasons = result.rejected.map((r) => [r.table, r.line, r.problems.map((p) => `${p.column}:${p.reason}`).join(' ')]);
    expect(reasons).toEqual([
      ['actors', 3, 'sector:UNKNOWN_SECTOR'],
      ['actors', 4, 'country:NOT_ALLOWED'],
      ['actors', 5, 'country:BAD_COUNTRY'],
      ['actors', 6, 'id:DUPLICATE_ID'],
      ['actors', 7, 'employees:WRONG_TYPE'],
      ['actors', 8, 'name:REQUIRED'],
      ['actors', 9, 'town:FORMULA'],
      ['actors', 10, 'district:UNKNOWN_DISTRICT'],
      ['links', 3, 'to:UNKNOWN_ACTOR'],
      ['links', 4, 'type:DUPLICATE_ROW'],
      ['links', 5, 'product:PRODUCT_REQUIRED'],
      ['links', 6, 'type:LINK_NOT_ALLOWED'],
      ['links', 7, 'from:UNKNOWN_ACTOR'],
      ['links', 8, 'since:WRONG_TYPE'],
    ]);
    expect(result.rejected[0]!.problems[0]!.message).toBe('Odvětví „C99.99“ neexistuje; očekává se kód NACE, např. C25.62.');
    expect(result.rejected[3]!.problems[0]!.message).toBe('Identifikátor „F-N1“ už je v dřívějším řádku.');
    expect(result.counts.actors).toEqual({ create: 1, change: 0, unchanged: 0, reject: 8 });
    expect(result.counts.links).toEqual({ create: 1, change: 0, unchanged: 0, reject: 6 });
    expect(result.applied).toBe(false);
    expect(await db.snapshot()).toEqual(before);

    const german = (await upload('preview', await mistakes(), xlsxType, 'file=Fehler.xlsx&lang=de')).json<ImportResult>();
    expect(german.rejected[6]!.problems[0]!.message).toBe('Die Zelle enthält eine Formel; bitte nur Werte einfügen.');
  }, 300_000);

  it('apply writes the accepted rows only, with the import as their provenance', async () => {
    await start(exportGraph);
    const before = await db.snapshot();
    const result = (await upload('apply', await mistakes(), xlsxType, 'file=Fehler.xlsx')).json<ImportResult>();
    expect(result.applied).toBe(true);
    const after = await db.snapshot();
    expect(after.labels.Firm).toBe(before.labels.Firm! + 1);
    expect(after.types.SUPPLIES).toBe(before.types.SUPPLIES! + 1);
    expect(after.types.COOPERATES_WITH).toBe(before.types.COOPERATES_WITH);
    const links = (await get('/api/exports/csv/links?scope=ego&id=F-N1')).body;
    expect(links).toMatch(/SUPPLIES,F-N1,Neue Drechslerei Kühn,F-A,.*,P-1,2025-05-01,false,import,Fehler\.xlsx,,/);
    const actors = (await get('/api/exports/csv/actors?scope=ego&id=F-N1')).body;
    expect(actors).toContain('F-N1,firm,,Neue Drechslerei Kühn,,,,DE,DED42,Zwönitz,C25.62,micro,4,');
  });

  it('refuses a file that is not a table, changing nothing', async () => {
    await start(exportGraph);
    const before = await db.snapshot();
    const response = await upload('apply', Buffer.from('foo,bar\n1,2\n'), 'text/csv', 'file=x.csv&lang=en');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: '/body', message: expect.stringContaining('No table recognised') });
    const missing = await upload('preview', Buffer.from('type,from\nSUPPLIES,F-A\n'), 'text/csv', 'file=x.csv&lang=de');
    expect(missing.statusCode).toBe(400);
    expect((await upload('preview', Buffer.from('PK\u0003\u0004garbage'), xlsxType)).statusCode).toBe(400);
    expect(await db.snapshot()).toEqual(before);
  });
});

describe('20,000 rows', () => {
  it('previews and applies a CSV of 20,000 firms with progress, matching by name and town where there is no id', async () => {
    await start(exportGraph);
    const lines = ['id,kind,name,district,town,sector,size,employees'];
    for (let i = 1; i <= 20_000; i++) {
      lines.push(`F-BULK-${String(i).padStart(5, '0')},firm,Massenfirma ${i} s.r.o.,${i % 2 ? 'CZ041' : 'DED42'},Ort ${i % 50},C25.62,small,${i % 300}`);
    }
    // Row 20,002 has no id: it is F-A, found by name and town; row 20,003 a bad district.
    lines.push(',firm,Müller & Söhne Präzisionsteile GmbH,DED42,annaberg-buchholz,C25.62,large,150');
    lines.push('F-BAD,firm,Kaputt GmbH,ZZ,Aue,C25.62,small,1');
    const csv = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
    const response = await upload('preview', csv, 'text/csv', 'file=massen.csv', { accept: 'application/x-ndjson' });
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const events = response.body.trim().split('\n').map((line) => JSON.parse(line));
    const progress = events.filter((e) => e.progress).map((e) => e.progress.rows);
    expect(progress.length).toBeGreaterThanOrEqual(40);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const { result } = events.at(-1) as { result: ImportResult };
    expect(result.rows).toBe(20_002);
    expect(result.counts.actors).toEqual({ create: 20_000, change: 1, unchanged: 0, reject: 1 });
    expect(result.examples.find((e) => e.outcome === 'change')).toMatchObject({ id: 'F-A', matchedBy: 'name-town', line: 20_002 });
    expect(result.rejected).toEqual([expect.objectContaining({ line: 20_003, problems: [expect.objectContaining({ column: 'district', reason: 'UNKNOWN_DISTRICT' })] })]);

    const before = await db.snapshot();
    const applied = (await upload('apply', csv, 'text/csv', 'file=massen.csv')).json<ImportResult>();
    expect(applied.counts.actors.create).toBe(20_000);
    const after = await db.snapshot();
    expect(after.labels.Firm).toBe(before.labels.Firm! + 20_000);
    expect(after.types.LOCATED_IN).toBe(before.types.LOCATED_IN! + 20_000);
  }, 900_000);
});

describe('the template', () => {
  it('has the three tables with an example row and drop-down lists, and explains each column in de, cs and en', async () => {
    const response = await get('/api/imports/template?lang=cs');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['actors', 'products', 'links', 'Vysvětlivky']);
    const actors = workbook.getWorksheet('actors')!;
    expect(actors.getRow(1).getCell(2).value).toBe('kind');
    expect(actors.getRow(2).getCell(4).value).toBe('Muster Präzisionsteile GmbH');
    expect(actors.getCell('B50').dataValidation).toMatchObject({ type: 'list', formulae: ['"firm,institute,organisation"'] });
    expect(actors.getCell('L3').dataValidation).toMatchObject({ type: 'list', formulae: ['"micro,small,medium,large"'] });
    expect(workbook.getWorksheet('links')!.getCell('A2').dataValidation).toMatchObject({ formulae: ['"SUPPLIES,COOPERATES_WITH,MEMBER_OF,OFFERS,NEEDS"'] });
    const explain = workbook.getWorksheet('Vysvětlivky')!;
    expect(explain.getRow(1).values).toEqual([undefined, 'Tabulka', 'Sloupec', 'Povinné', 'Povolené hodnoty', 'CS', 'DE', 'EN']);
    const size = explain.getRows(2, explain.rowCount - 1)!.find((row) => row.getCell(2).value === 'size')!;
    expect(size.getCell(5).value).toContain('Velikostní třída');
    expect(size.getCell(6).value).toContain('Größenklasse');
    expect(size.getCell(7).value).toContain('Size class');
  });
});
