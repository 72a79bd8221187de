// Cooperation opportunities ranked and capped in Cypher, and the report's critical suppliers read
// from the dependants the whole-region metrics store, on a small graph worked out by hand.
//
// Product P along the meridian 13° E (0.1° of latitude is 11.13 km): German firms D1 (50.0°) and
// D2 (50.45°) need P, D2 already gets it from C1; Czech firms C1 (50.1°), C2 (50.3°), C3 (50.65°)
// offer it, and so does the draft C4 (50.01°), which never counts. The Czech firm C6 (50.25°) needs
// P, which the German D4 (50.0°) offers. Product Q: twelve German firms need it, four Czech firms
// offer it, none supplies it yet.
//
// Supply chain for the dependants: S → A → B → Z (each supplies the next with product X).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { readQuery } from '../../server/src/graph/queries';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

const graph = fixture()
  .product('P', { name: 'Federn', nameEn: 'Springs', category: 'springs' })
  .product('Q', { name: 'Dichtungen', nameEn: 'Seals', category: 'seals' })
  .product('X', { name: 'Wellen', nameEn: 'Shafts', category: 'shafts' })
  .firm('D1', { name: 'Dresdner Federbedarf', district: 'DED21', lat: 50.0, lon: 13.0 })
  .firm('D2', { name: 'Zweite Federn GmbH', district: 'DED21', lat: 50.45, lon: 13.0 })
  .firm('D4', { name: 'Federwerk Vier', district: 'DED21', lat: 50.0, lon: 13.0 })
  .firm('C1', { name: 'Pružiny Jedna', district: 'CZ042', lat: 50.1, lon: 13.0 })
  .firm('C2', { name: 'Pružiny Dva', district: 'CZ042', lat: 50.3, lon: 13.0 })
  .firm('C3', { name: 'Pružiny Tři', district: 'CZ042', lat: 50.65, lon: 13.0 })
  .firm('C4', { name: 'Pružiny Návrh', district: 'CZ042', lat: 50.01, lon: 13.0, published: false })
  .firm('C6', { name: 'Česká Potřeba', district: 'CZ042', lat: 50.25, lon: 13.0 })
  .needs('D1', 'P')
  .needs('D2', 'P')
  .needs('C6', 'P')
  .offers('C1', 'P')
  .offers('C2', 'P')
  .offers('C3', 'P')
  .offers('C4', 'P')
  .offers('D4', 'P')
  .supplies('C1', 'D2', 'P')
  .firm('S', { name: 'Anfang der Kette', district: 'DED41' })
  .firm('A', { name: 'Kettenglied A', district: 'DED41' })
  .firm('B', { name: 'Kettenglied B', district: 'DED41' })
  .firm('Z', { name: 'Ende der Kette', district: 'DED41' })
  .supplies('S', 'A', 'X')
  .supplies('A', 'B', 'X')
  .supplies('B', 'Z', 'X');
const bulkNeeders = Array.from({ length: 12 }, (_, i) => `DQ${String(i + 1).padStart(2, '0')}`);
for (const [i, id] of bulkNeeders.entries()) graph.firm(id, { name: `Dichtungsbedarf ${i + 1}`, district: 'DED44', lat: 51 + i * 0.01, lon: 12 }).needs(id, 'Q');
for (const i of [1, 2, 3, 4]) graph.firm(`CQ${i}`, { name: `Těsnění ${i}`, district: 'CZ041', lat: 50 - i * 0.1, lon: 12 }).offers(`CQ${i}`, 'Q');

const { raw, db } = apiOver(graph, { metrics: true });
const dir = mkdtempSync(join(tmpdir(), 'opportunities-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const findOpportunities = readQuery<{ firm: string; product: string; partner: string; distanceKm: number | null }>('exports/find-opportunities');
const countOpportunities = readQuery<{ total: number }>('exports/count-opportunities');

// Neo4j measures WGS-84 distances on a sphere of the equator's radius, 6,378.137 km.
const km = (degrees: number) => Math.round(((degrees * Math.PI) / 180) * 6378.137 * 10) / 10;
const rowsOf = (rows: { firm: string; product: string; partner: string; distanceKm: number | null }[]) =>
  rows.map((r) => [r.firm, r.partner, r.distanceKm === null ? null : Math.round(r.distanceKm * 10) / 10]);

describe('cooperation opportunities', () => {
  const needers = ['D1', 'D2', 'C6'];

  it('keeps the nearest offerers of each need across the border and ranks them all by distance', async () => {
    // D1: C1 0.1°, C2 0.3°, C3 0.65°. D2 (C1 supplies it already): C2 0.15°, C3 0.2°. C6: only D4
    // (0.25°) offers P in Germany. The draft C4 is never a partner.
    const rows = await db.runner.run(findOpportunities, { ids: needers, perNeed: 3, limit: 100 });
    expect(rowsOf(rows)).toEqual([
      ['D1', 'C1', km(0.1)],
      ['D2', 'C2', km(0.15)],
      ['D2', 'C3', km(0.2)],
      ['C6', 'D4', km(0.25)],
      ['D1', 'C2', km(0.3)],
      ['D1', 'C3', km(0.65)],
    ]);
    expect(await db.runner.run(countOpportunities, { ids: needers, perNeed: 3 })).toEqual([{ total: 6 }]);
  });

  it('caps each need and the whole list, and counts what was left out', async () => {
    const one = await db.runner.run(findOpportunities, { ids: needers, perNeed: 1, limit: 100 });
    expect(rowsOf(one)).toEqual([
      ['D1', 'C1', km(0.1)],
      ['D2', 'C2', km(0.15)],
      ['C6', 'D4', km(0.25)],
    ]);
    expect(rowsOf(await db.runner.run(findOpportunities, { ids: needers, perNeed: 3, limit: 2 }))).toEqual([
      ['D1', 'C1', km(0.1)],
      ['D2', 'C2', km(0.15)],
    ]);
    expect(await db.runner.run(countOpportunities, { ids: needers, perNeed: 1 })).toEqual([{ total: 3 }]);
    // Twelve firms each need Q from four offerers, three kept per need: 36 more.
    expect(await db.runner.run(countOpportunities, { ids: [...needers, ...bulkNeeders], perNeed: 3 })).toEqual([{ total: 42 }]);
  });

  it('exports them nearest first, and the report shows the top of the same list with the total', async () => {
    const table = parseCsv((await raw('/api/exports/csv/opportunities?scope=all&lang=en')).rawPayload.toString('utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(table).toHaveLength(42);
    expect(table.slice(0, 3).map((r) => [r.firm, r.partner, r.partnerName])).toEqual([
      ['D1', 'C1', 'Pružiny Jedna'],
      ['D2', 'C2', 'Pružiny Dva'],
      ['D2', 'C3', 'Pružiny Tři'],
    ]);
    const distances = table.map((r) => Number(r.distanceKm));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const text = await reportText('scope=all&lang=en');
    expect(text.replace(/\s+/g, ' ')).toContain('The 40 nearest of 42 cooperation opportunities; the table export (XLSX) has them all.');
    expect(text).toMatch(/Dresdner Federbedarf \(DE\) +Springs +Pružiny Jedna \(CZ\) +11\.1 km/);
    // The network picture sets the actors without a link among the drawn ones apart, counted: all
    // but C1, D2 and the chain S, A, B, Z.
    expect(text).toContain('21 actors without links in the scope');
  });
});

describe('critical suppliers in the report', () => {
  // Dependants within 3 tiers across the region: S has A, B, Z; A has B, Z; B has Z.
  it('come from the stored dependants, with the time they were computed', async () => {
    const text = await reportText('scope=all&lang=en');
    expect(text.replace(/\s+/g, ' ')).toMatch(/ranked by how many firms across the region have them in their supply chain within 3 tiers\. Computed on \d{1,2} \w+ 20\d\d/);
    // Side by side, each column gives the time in its own language.
    const both = (await reportText('scope=all&lang=de-cs')).replace(/\s+/g, ' ');
    expect(both).toMatch(/Berechnet am \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) 20\d\d um \d\d:\d\d\./);
    expect(both).toMatch(/Vypočteno \d{1,2}\. (ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) 20\d\d v \d{1,2}:\d\d\./);
    expect(tableLines(text, 'Anfang der Kette', 'Kettenglied', 'Pružiny')).toEqual([
      'Anfang der Kette DE 3 1',
      'Kettenglied A DE 2 1',
      'Kettenglied B DE 1 1',
      'Pružiny Jedna CZ 1 1',
    ]);
  });

  it('count firms across the region even for a small scope: its firms and their direct suppliers', async () => {
    // The network one link around Z holds B and Z: B (1 dependant) and its supplier A (2) are listed,
    // S, two tiers up, is not.
    const text = await reportText('scope=ego&id=Z&hops=1&lang=en');
    expect(tableLines(text, 'Kettenglied')).toEqual(['Kettenglied A DE 2 1', 'Kettenglied B DE 1 1']);
    expect(text).not.toContain('Anfang der Kette');
  });
});

async function reportText(query: string): Promise<string> {
  const response = await raw(`/api/exports/report?${query}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  const file = join(dir, `${query.replace(/[^a-z0-9]+/gi, '_')}.pdf`);
  writeFileSync(file, response.rawPayload);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The rows of the critical suppliers' table that start with one of the actors' names, in their order. */
function tableLines(text: string, ...actors: string[]): string[] {
  const start = text.lastIndexOf('Critical suppliers');
  const rows = text.slice(start, text.indexOf('Links across the border', start)).split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
  return rows.filter((line) => actors.some((actor) => line.startsWith(actor)));
}
