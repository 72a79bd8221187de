// The staff import: who may import, a round trip (export → import into an empty database → export
// gives the same tables, contact persons included), a file full of mistakes (each rejected row with
// line, column and reason; only the accepted rows written, with provenance and an audit entry
// each), 20,000 rows with progress, and the template read back with exceljs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { ImportResult } from '../../server/src/plugins/app/imports-repository';
import { testDatabase } from '../setup/database';
import { borderGraph, exportGraph } from '../setup/export-graph';
import { fixture } from '../setup/fixtures';
import { signedIn, type SignedIn } from '../setup/accounts';

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

let staff: SignedIn;

/** Resets the database to the fixture's reference data (regions, sectors) and `graph` if given; signs in a staff member. */
async function start(graph = fixture()) {
  await db.reset();
  await graph.load(db.runner);
  staff = await signedIn(app, db.runner, 'staff');
}

const get = (url: string, who: SignedIn | null = staff) => app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
const upload = (step: 'preview' | 'apply', body: Buffer, type: string, query = 'file=test.xlsx', headers: Record<string, string> = {}, who: SignedIn | null = staff) =>
  app.inject({ method: 'POST', url: `/api/imports/${step}?${query}`, payload: body, headers: { 'content-type': type, ...(who?.headers ?? {}), ...headers } });

/** Contact persons of the border graph, one for each consent level. */
async function addPersons() {
  const add = (of: string, name: string, consent: 'staff' | 'members' | 'public', extra: Record<string, unknown> = {}) =>
    app.inject({ method: 'POST', url: '/api/contacts', headers: staff.headers, payload: { of, name, consent, ...extra } });
  for (const response of [
    await add('F-A', 'Jürgen Weiß', 'staff', { function: 'Einkauf', email: 'weiss@mueller.example', phone: '+49 3733 1234', languages: ['de', 'cs'] }),
    await add('F-D', 'Šárka Dvořáková', 'public', { function: 'Obchod', email: 'sarka.dvorakova-simkova@kovarna-zdar-ostrov.example', languages: ['cs', 'de'] }),
    await add('I-1', 'Petr Říha', 'members', { email: 'petr.riha@katedra-strojirenske-technologie.fakulta-strojni.example' }),
  ]) {
    expect(response.statusCode, response.body).toBe(201);
  }
}

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

const provenance = ['source', 'sourceRef', 'enteredBy', 'enteredAt', 'standing', 'consentAt', 'consentBy'];
/** A sheet's rows without the provenance columns (the import writes its own, and dates the consent it records). */
const withoutProvenance = (rows: unknown[][]) => {
  const header = rows[0] as string[];
  const keep = header.map((h, i) => (provenance.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return rows.map((row) => keep.map((i) => row[i] ?? null));
};

describe('round trip', () => {
  it('export to XLSX, import into an empty database, export again: the same tables', async () => {
    // Without the draft: its supply would count (anonymously) in the first export's risks only.
    await start(borderGraph({ draft: false }));
    await addPersons();
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
      persons: { create: 3, change: 0, unchanged: 0, reject: 0 },
    });
    // One audit entry per node and per link written.
    expect(result.audited).toBe(6 + 3 + 14 + 3);
    const second = await get('/api/exports/xlsx?scope=all');
    const before = await sheets(first.rawPayload);
    const after = await sheets(second.rawPayload);
    expect(Object.keys(after)).toEqual(['actors', 'products', 'links', 'risks', 'opportunities', 'persons']);
    for (const name of ['actors', 'products', 'links', 'risks', 'opportunities', 'persons']) {
      expect(withoutProvenance(after[name]!), name).toEqual(withoutProvenance(before[name]!));
    }
    // What the import wrote carries its provenance.
    const links = after.links!;
    const header = links[0] as string[];
    const at = (row: unknown[], key: string) => row[header.indexOf(key)];
    expect(links.slice(1).every((row) => at(row, 'source') === 'import' && at(row, 'sourceRef') === 'Grenzland-Netz.xlsx' && at(row, 'standing') === 'confirmed')).toBe(true);
    expect(links.slice(1).every((row) => at(row, 'enteredBy') === staff.id && typeof at(row, 'enteredAt') === 'string')).toBe(true);
    // The persons keep their consent; the import dates and signs it.
    const persons = after.persons!;
    const personHeader = persons[0] as string[];
    expect(persons.slice(1).map((row) => [row[personHeader.indexOf('name')], row[personHeader.indexOf('consent')], row[personHeader.indexOf('consentBy')]])).toEqual([
      ['Jürgen Weiß', 'staff', staff.id],
      ['Šárka Dvořáková', 'public', staff.id],
      ['Petr Říha', 'members', staff.id],
    ]);

    // The same file again changes nothing.
    const again = (await upload('preview', first.rawPayload, xlsxType)).json<ImportResult>();
    expect(again.counts.actors).toEqual({ create: 0, change: 0, unchanged: 6, reject: 0 });
    expect(again.counts.links).toEqual({ create: 0, change: 0, unchanged: 14, reject: 0 });
    expect(again.counts.persons).toEqual({ create: 0, change: 0, unchanged: 3, reject: 0 });
    // And so does the export of what was imported.
    const fingerprint = await db.fingerprint();
    const reimported = (await upload('apply', second.rawPayload, xlsxType, 'file=again.xlsx')).json<ImportResult>();
    expect(reimported.counts.actors.unchanged + reimported.counts.links.unchanged + reimported.counts.persons.unchanged).toBe(6 + 14 + 3);
    expect(reimported.audited).toBe(0);
    expect(await db.fingerprint()).toEqual(fingerprint);
  }, 300_000);
  it('each table as a Czech CSV (semicolons, decimal commas, quoted lists), imported into an empty database and exported again: the same rows', async () => {
    await start(borderGraph({ draft: false }));
    await addPersons();
    const tables = ['actors', 'products', 'links', 'persons'] as const;
    const csvOf = async (table: string) => {
      const response = await get(`/api/exports/csv/${table}?scope=all&lang=cs`);
      expect(response.statusCode).toBe(200);
      return response.rawPayload;
    };
    const first = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await csvOf(t)] as const)));
    expect(first.actors!.toString('utf8')).toContain(';"ISO 9001; IATF 16949";50,6;12,95;');
    await start();
    for (const table of tables) {
      const applied = await upload('apply', first[table]!, 'text/csv', `file=${table}.csv`);
      expect(applied.statusCode, applied.body).toBe(200);
      expect(applied.json<ImportResult>().rejected, table).toEqual([]);
    }
    const rows = (body: Buffer) => {
      const parsed = parseCsv(body, { bom: true, delimiter: ';' }) as string[][];
      return withoutProvenance(parsed);
    };
    for (const table of tables) expect(rows(await csvOf(table)), table).toEqual(rows(first[table]!));
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
    links.addRow(['COOPERATES_WITH', 'F-N1', 'I-1', null, '31.02.2025']); // 8: no such day
    const persons = workbook.addWorksheet('persons');
    persons.addRow(['id', 'of', 'name', 'email', 'phone', 'languages', 'consent']);
    persons.addRow([null, 'F-N1', 'Karel Novák', 'karel@kuehn.example', '+420 777 123 456', 'cs; de', null]); // 2: fine, consent staff
    persons.addRow([null, 'F-MISSING', 'Nikdo Neznámý', null, null, null, 'public']); // 3
    persons.addRow([null, 'F-A', 'Eva Malá', 'eva(at)example', null, null, 'public']); // 4
    persons.addRow([null, 'F-A', 'Jan Velký', null, null, 'cs; pl', 'public']); // 5
    persons.addRow([null, 'F-A', 'Ota Malý', null, null, null, 'everyone']); // 6
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
      ['persons', 3, 'of:UNKNOWN_ACTOR'],
      ['persons', 4, 'email:BAD_EMAIL'],
      ['persons', 5, 'languages:NOT_ALLOWED'],
      ['persons', 6, 'consent:NOT_ALLOWED'],
    ]);
    expect(result.rejected[0]!.problems[0]!.message).toBe('Odvětví „C99.99“ neexistuje; očekává se kód NACE, např. C25.62.');
    expect(result.rejected[3]!.problems[0]!.message).toBe('Identifikátor „F-N1“ už je v\u00a0dřívějším řádku.');
    expect(result.counts.actors).toEqual({ create: 1, change: 0, unchanged: 0, reject: 8 });
    expect(result.counts.links).toEqual({ create: 1, change: 0, unchanged: 0, reject: 6 });
    expect(result.counts.persons).toEqual({ create: 1, change: 0, unchanged: 0, reject: 4 });
    expect(result.rejected.at(-3)!.problems[0]!.message).toBe('„eva(at)example“ není e-mailová adresa.');
    expect(result.applied).toBe(false);
    expect(result.audited).toBe(0);
    expect(await db.snapshot()).toEqual(before);

    const german = (await upload('preview', await mistakes(), xlsxType, 'file=Fehler.xlsx&lang=de')).json<ImportResult>();
    expect(german.rejected[6]!.problems[0]!.message).toBe('Die Zelle enthält eine Formel; bitte nur Werte einfügen.');
  }, 300_000);

  it('apply writes the accepted rows only, with the import as their provenance and an audit entry each', async () => {
    await start(exportGraph);
    const before = await db.snapshot();
    const result = (await upload('apply', await mistakes(), xlsxType, 'file=Fehler.xlsx')).json<ImportResult>();
    expect(result.applied).toBe(true);
    const after = await db.snapshot();
    expect(after.labels.Firm).toBe(before.labels.Firm! + 1);
    expect(after.labels.Person).toBe((before.labels.Person ?? 0) + 1);
    expect(after.types.SUPPLIES).toBe(before.types.SUPPLIES! + 1);
    // The supply link says that F-N1 offers P-1 (F-A needed it already).
    expect(after.types.OFFERS).toBe(before.types.OFFERS! + 1);
    expect(after.types.COOPERATES_WITH).toBe(before.types.COOPERATES_WITH);
    const links = (await get('/api/exports/csv/links?scope=ego&id=F-N1')).body;
    expect(links).toContain(`SUPPLIES;F-N1;Neue Drechslerei Kühn;F-A;Müller & Söhne Präzisionsteile GmbH;P-1;2025-05-01;false;import;Fehler.xlsx;${staff.id};`);
    expect(links).toMatch(new RegExp(`OFFERS;F-N1;Neue Drechslerei Kühn;P-1;Schmiedeteile;;;;import;Fehler\\.xlsx;${staff.id};[^;]+;confirmed`));
    const actors = (await get('/api/exports/csv/actors?scope=ego&id=F-N1')).body;
    expect(actors).toContain('F-N1;firm;;Neue Drechslerei Kühn;;;;DE;DED42;Zwönitz;C25.62;micro;4;');

    // One entry per node and link written: the firm, the supply link (with the offer it implies), the person.
    expect(result.audited).toBe(3);
    const history = (await get('/api/audit?node=F-N1')).json<{ items: { action: string; nodeKind: string; actorId: string; source: string; sourceRef: string; changes: { property: string; after: unknown }[]; links: { type: string }[] }[] }>().items;
    // The firm's history holds the firm's entries and that of its new contact person.
    expect(history.map((e) => [e.action, e.nodeKind, e.actorId, e.source, e.sourceRef]).sort()).toEqual([
      ['create', 'firm', staff.id, 'import', 'Fehler.xlsx'],
      ['create', 'person', staff.id, 'import', 'Fehler.xlsx'],
      ['link', 'firm', staff.id, 'import', 'Fehler.xlsx'],
    ]);
    const created = history.find((e) => e.action === 'create' && e.nodeKind === 'firm')!;
    expect(created.changes).toContainEqual({ property: 'name', before: null, after: 'Neue Drechslerei Kühn' });
    expect(created.links.map((l) => l.type)).toEqual(['LOCATED_IN', 'IN_SECTOR']);
    expect(history.find((e) => e.action === 'link')!.links.map((l) => l.type)).toEqual(['SUPPLIES', 'OFFERS']);

    // The person: consent 'staff' where the sheet gave none, dated and signed by the importer.
    const people = (await get('/api/contacts?of=F-N1')).json<{ items: { name: string; consent: string; consentBy: string; languages: string[] }[] }>().items;
    expect(people).toEqual([expect.objectContaining({ name: 'Karel Novák', consent: 'staff', consentBy: staff.id, languages: ['cs', 'de'] })]);
    expect((await get('/api/contacts?of=F-N1', null)).json().items).toEqual([]);
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

describe('who may import', () => {
  it('staff only: a visitor is asked to sign in, a member (even of the firm) is refused, and nothing changes', async () => {
    await start(exportGraph);
    const member = await signedIn(app, db.runner, 'member', ['F-A']);
    const csv = Buffer.from('id,kind,name,district,town,sector,size\nF-A,firm,Übernommen GmbH,DED42,Aue,C25.62,small\n');
    const fingerprint = await db.fingerprint();
    for (const step of ['preview', 'apply'] as const) {
      const visitor = await upload(step, csv, 'text/csv', 'file=x.csv', {}, null);
      expect(visitor.statusCode).toBe(401);
      expect(visitor.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      const refused = await upload(step, csv, 'text/csv', 'file=x.csv&lang=cs', {}, member);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await get('/api/imports/template', null)).statusCode).toBe(401);
    expect((await get('/api/imports/template', member)).statusCode).toBe(403);
    expect(await db.fingerprint()).toEqual(fingerprint);
  });
});

describe('the contact list', () => {
  it('is exported to staff only, as CSV, as a sheet of the workbook and in the report, with each person’s consent', async () => {
    await start(borderGraph({ draft: false }));
    await addPersons();
    const member = await signedIn(app, db.runner, 'member', ['F-A']);
    const csv = await get('/api/exports/csv/persons?scope=all');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFid;of;ofName;name;function;email;phone;languages;consent;consentAt;consentBy');
    const rows = parseCsv(csv.body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows.map((row) => [row.of, row.ofName, row.name, row.consent])).toEqual([
      ['F-A', 'Müller & Söhne Präzisionsteile GmbH', 'Jürgen Weiß', 'staff'],
      ['F-D', 'Kovárna Žďár s.r.o.', 'Šárka Dvořáková', 'public'],
      ['I-1', 'Technická univerzita v Liberci', 'Petr Říha', 'members'],
    ]);
    expect((await get('/api/exports/csv/persons?scope=all', member)).statusCode).toBe(403);
    expect((await get('/api/exports/csv/persons?scope=all', null)).statusCode).toBe(401);
    expect(Object.keys(await sheets((await get('/api/exports/xlsx?scope=all', member)).rawPayload))).not.toContain('persons');
    expect(Object.keys(await sheets((await get('/api/exports/xlsx?scope=all', null)).rawPayload))).not.toContain('persons');

    const dir = mkdtempSync(join(tmpdir(), 'contacts-'));
    try {
      const text = async (who: SignedIn | null) => {
        const file = join(dir, 'report.pdf');
        writeFileSync(file, (await get('/api/exports/report?scope=all&lang=cs', who)).rawPayload);
        return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      };
      const forStaff = await text(staff);
      expect(forStaff).toContain('Seznam kontaktů (jen pro pracovníky)');
      for (const name of ['Jürgen Weiß', '+49 3733 1234', 'Šárka Dvořáková', 'Petr Říha']) expect(forStaff).toContain(name);
      // An address is never broken inside: it reads back whole.
      expect(forStaff).toContain(' sarka.dvorakova-simkova@kovarna-zdar-ostrov.example ');
      expect(forStaff).toContain(' petr.riha@katedra-strojirenske-technologie.fakulta-strojni.example ');
      const forMember = await text(member);
      expect(forMember).not.toContain('Seznam kontaktů');
      expect(forMember).not.toContain('Jürgen Weiß');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
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
    const response2 = await upload('apply', csv, 'text/csv', 'file=massen.csv');
    expect(response2.statusCode, response2.body.slice(0, 500)).toBe(200);
    const applied = response2.json<ImportResult>();
    expect(applied.counts.actors.create).toBe(20_000);
    const after = await db.snapshot();
    expect(after.labels.Firm).toBe(before.labels.Firm! + 20_000);
    expect(after.types.LOCATED_IN).toBe(before.types.LOCATED_IN! + 20_000);
  }, 900_000);
});

describe('the template', () => {
  it('has the four tables with an example row and drop-down lists, and explains each column in de, cs and en', async () => {
    await start();
    const response = await get('/api/imports/template?lang=cs');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['actors', 'products', 'links', 'persons', 'Vysvětlivky']);
    expect(workbook.getWorksheet('persons')!.getCell('I2').dataValidation).toMatchObject({ type: 'list', formulae: ['"staff,members,public"'] });
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
  }, 300_000);
});
