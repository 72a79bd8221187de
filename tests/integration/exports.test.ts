// Exported tables and network files, read back with readers we did not write (csv-parse, exceljs,
// fast-xml-parser, graphology-graphml), on a small graph whose answers are worked out by hand.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { apiOver } from '../setup/api';
import { exportGraph } from '../setup/export-graph';

const { raw } = apiOver(exportGraph);

// German and Czech files (the default is German) are separated by semicolons, as their Excel reads them.
const csv = (body: Buffer, delimiter = ';') => parseCsv(body.toString('utf8'), { columns: true, bom: true, delimiter }) as Record<string, string>[];

describe('CSV tables', () => {
  it('writes the actors of a region with a BOM, German and Czech letters intact, drafts left out', async () => {
    const response = await raw('/api/exports/csv/actors?scope=region&id=DED4&lang=cs');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv(response.rawPayload);
    expect(rows.map((r) => r.id)).toEqual(['F-A', 'F-C']);
    expect(rows[0]).toMatchObject({
      kind: 'firm',
      name: 'Müller & Söhne Präzisionsteile GmbH',
      country: 'DE',
      district: 'DED42',
      sector: 'C25.62',
      size: 'medium',
      employees: '120',
      certifications: 'ISO 9001; IATF 16949',
      lat: '50,6',
      lon: '12,95',
      published: 'true',
    });
    expect(rows[1]?.name).toBe('Straßburger Kunststoff, Werk "Süd"');
  });

  it('separates English files by commas, with decimal points', async () => {
    const response = await raw('/api/exports/csv/actors?scope=region&id=DED4&lang=en');
    expect(response.body.split('\r\n')[0]).toMatch(/^\uFEFFid,kind,type,name,/);
    const rows = csv(response.rawPayload, ',');
    expect(rows.map((r) => [r.name, r.certifications, r.lat, r.lon])).toEqual([
      ['Müller & Söhne Präzisionsteile GmbH', 'ISO 9001; IATF 16949', '50.6', '12.95'],
      ['Straßburger Kunststoff, Werk "Süd"', '', '50.83', '12.92'],
    ]);
  });

  it('names the download by scope, language and date', async () => {
    const response = await raw('/api/exports/csv/actors?scope=region&id=DED42&lang=cs');
    const today = new Date().toISOString().slice(0, 10);
    expect(decodeURIComponent(String(response.headers['content-disposition']).split("UTF-8''")[1] ?? '')).toBe(
      `Grenzland-Netz_Erzgebirgskreis_cs_${today}.actors.csv`,
    );
  });

  it('lists links with provenance, risks and cross-border opportunities as worked out by hand', async () => {
    const links = csv((await raw('/api/exports/csv/links?scope=region&id=DED4')).rawPayload);
    expect(links.map((l) => `${l.type} ${l.from} ${l.to} ${l.product}`)).toEqual([
      'NEEDS F-A P-1 ',
      'NEEDS F-A P-2 ',
      'NEEDS F-A P-3 ',
      'OFFERS F-A P-1 ',
      'OFFERS F-C P-2 ',
      'SUPPLIES F-C F-A P-2',
    ]);
    expect(links[5]).toMatchObject({ since: '2020-01-01', crossBorder: 'false', fromName: 'Straßburger Kunststoff, Werk "Süd"' });

    const risks = csv((await raw('/api/exports/csv/risks?scope=region&id=DED4&lang=cs')).rawPayload);
    expect(risks.map((r) => [r.firm, r.product, r.risk, r.suppliers, r.supplierIds, r.countries])).toEqual([
      ['F-A', 'P-1', 'SINGLE_SOURCE', '1', 'F-D', 'CZ'],
      ['F-A', 'P-2', 'SINGLE_SOURCE', '1', 'F-C', 'DE'],
      // The only supplier of P-3 is a draft: counted, never named to a visitor.
      ['F-A', 'P-3', 'SINGLE_SOURCE', '1', '', 'DE'],
    ]);
    expect(risks[0]?.productName).toBe('Výkovky');

    const opportunities = csv((await raw('/api/exports/csv/opportunities?scope=region&id=DED4')).rawPayload);
    expect(opportunities).toEqual([
      expect.objectContaining({ firm: 'F-A', product: 'P-2', partner: 'F-E', partnerName: 'Přesné výrobky Čechy a.s.', partnerCountry: 'CZ', firmCountry: 'DE' }),
    ]);
  });

  it('answers each kind of scope with its actors', async () => {
    const ids = async (query: string) => csv((await raw(`/api/exports/csv/actors?${query}`)).rawPayload).map((r) => r.id);
    expect(await ids('scope=all')).toEqual(['F-A', 'F-C', 'F-D', 'F-E', 'I-1', 'O-1']);
    expect(await ids('scope=sector&id=C25')).toEqual(['F-A', 'F-D']);
    expect(await ids('scope=organisation&id=O-1')).toEqual(['F-A', 'F-D', 'O-1']);
    expect(await ids('scope=event&id=E-1')).toEqual(['F-A', 'F-D']);
    expect(await ids('scope=ego&id=F-D&hops=1')).toEqual(['F-A', 'F-D', 'O-1']);
    expect(await ids('scope=ego&id=F-D&hops=2')).toEqual(['F-A', 'F-C', 'F-D', 'F-E', 'I-1', 'O-1']);
    // As the explorer draws it: every Czech actor, linked or not.
    expect(await ids('scope=view&country=CZ&types=SUPPLIES')).toEqual(['F-D', 'F-E', 'I-1']);
    expect(await ids('scope=view&id=F-E&types=SUPPLIES&hops=1')).toEqual(['F-A', 'F-E']);
  });

  it('treats a draft like a missing actor and says which input is at fault', async () => {
    expect((await raw('/api/exports/csv/actors?scope=ego&id=F-B')).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', field: '/query/id' });
    expect((await raw('/api/exports/csv/actors?scope=region&id=XX9')).json()).toMatchObject({ statusCode: 404, field: '/query/id' });
    expect((await raw('/api/exports/csv/actors?scope=region')).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION', field: '/query/id' });
    expect((await raw('/api/exports/csv/nothing?scope=all')).statusCode).toBe(400);
  });
});

describe('XLSX workbook', () => {
  it('has a sheet per table with a frozen header, filters and widths, and the same rows as the CSV', async () => {
    const response = await raw('/api/exports/xlsx?scope=region&id=DED4&lang=de');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['actors', 'products', 'links', 'risks', 'opportunities']);
    const actors = workbook.getWorksheet('actors')!;
    expect(actors.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(actors.autoFilter).toBeTruthy();
    expect(actors.getColumn(4).width).toBeGreaterThan(20);
    expect(actors.getRow(1).getCell(1).value).toBe('id');
    expect(actors.getRow(2).getCell(4).value).toBe('Müller & Söhne Präzisionsteile GmbH');
    expect(actors.getRow(2).getCell(13).value).toBe(120);
    expect(actors.rowCount).toBe(3);
    const products = workbook.getWorksheet('products')!;
    expect(products.getColumn(1).values.slice(2)).toEqual(['P-1', 'P-2', 'P-3']);
    expect(workbook.getWorksheet('links')!.rowCount).toBe(7);
  });
});

describe('network files', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'attvalue', 'attribute'].includes(name) });

  it('GEXF 1.3 has the actors and links of the whole region with positions, colours and sizes', async () => {
    const response = await raw('/api/exports/network/gexf?scope=all&lang=cs');
    expect(response.statusCode).toBe(200);
    const doc = xml.parse(response.body).gexf;
    expect(doc.version).toBe('1.3');
    const nodes = doc.graph.nodes.node as Record<string, any>[];
    const edges = doc.graph.edges.edge as Record<string, any>[];
    expect(nodes.map((n) => n.id).sort()).toEqual(['F-A', 'F-C', 'F-D', 'F-E', 'I-1', 'O-1']);
    // Supplies F-D→F-A, F-C→F-A, F-A→F-E; F-A cooperates with I-1; F-A and F-D in O-1.
    expect(edges).toHaveLength(6);
    const titles = new Map((doc.graph.attributes.find((a: any) => a.class === 'node').attribute as any[]).map((a) => [a.id, a.title]));
    const valuesOf = (node: Record<string, any>) =>
      Object.fromEntries((node.attvalues.attvalue as any[]).map((v) => [titles.get(v.for), v.value]));
    const fd = nodes.find((n) => n.id === 'F-D')!;
    expect(fd.label).toBe('Kovárna Žďár s.r.o.');
    expect(valuesOf(fd)).toMatchObject({ kind: 'firm', country: 'CZ', district: 'CZ041', degree: '2' });
    expect(Number(fd['viz:position'].x)).toBeGreaterThanOrEqual(0);
    expect(Number(fd['viz:size'].value)).toBeGreaterThan(2);
    expect(fd['viz:color']).toMatchObject({ hex: '#c62f3b' });
    const across = edges.filter((e) => e.source === 'F-D' && e.target === 'F-A');
    expect(across).toHaveLength(1);
  });

  it('GraphML parses with graphology-graphml to the same nodes, links and attributes', async () => {
    const response = await raw('/api/exports/network/graphml?scope=region&id=DED4');
    const graph = parseGraphml(Graph, new DOMParser().parseFromString(response.body, 'application/xml') as never);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttributes('F-C')).toMatchObject({ label: 'Straßburger Kunststoff, Werk "Süd"', country: 'DE', kind: 'firm', degree: 1 });
    const [edge] = graph.edges();
    expect(graph.getEdgeAttributes(edge!)).toMatchObject({ type: 'SUPPLIES', product: 'P-2', crossBorder: false });
    expect(graph.source(edge!)).toBe('F-C');
  });

  it('graphology JSON imports into a graph with the same counts and positions', async () => {
    const response = await raw('/api/exports/network/json?scope=organisation&id=O-1&colour=sector');
    const graph = new Graph({ multi: true });
    graph.import(response.json());
    expect(graph.order).toBe(3);
    // F-A and F-D in O-1, and F-D supplies F-A.
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('F-A')).toMatchObject({ sector: 'C25.62', x: expect.any(Number), y: expect.any(Number), size: expect.any(Number) });
    // Coloured by sector: both firms of C25 share a colour, the organisation without a sector is grey.
    expect(graph.getNodeAttribute('F-A', 'color')).toBe(graph.getNodeAttribute('F-D', 'color'));
    expect(graph.getNodeAttribute('O-1', 'color')).toBe('#9aa0a6');
  });
});
