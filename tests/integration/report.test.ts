// The workshop report read with poppler (pdftotext, pdfinfo, pdftoppm), readers we did not write:
// in each language and German–Czech side by side, with the figures worked out by hand for the
// border graph (tests/setup/export-graph.ts) and German and Czech letters intact.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiOver } from '../setup/api';
import { exportGraph } from '../setup/export-graph';

const { raw } = apiOver(exportGraph);
const dir = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(query: string) {
  const response = await raw(`/api/exports/report?${query}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const file = join(dir, `${query.replace(/[^a-z0-9]+/gi, '_')}.pdf`);
  writeFileSync(file, response.rawPayload);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const prefix = join(dir, 'page');
  execFileSync('pdftoppm', ['-r', '20', '-png', file, prefix]);
  const images = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
  for (const image of images) rmSync(join(dir, image));
  return { text, pages, images: images.length, headers: response.headers };
}

// Chemnitz region (DED4) for a visitor: F-A and F-C (F-B is a draft). Links of the two: F-C→F-A
// inside; F-D→F-A, F-A→F-E, F-B→F-A (supply), F-A–I-1 (cooperation), F-A→O-1 (membership) out of
// the region: 6 links, 3 across the border (F-D, F-E, I-1 are Czech) = 50 %. F-A needs P-1, P-2, P-3,
// each from one supplier: 100 % single-source.
describe('the workshop report', () => {
  it('in German: title page, contents, figures, sections and page numbers, every page renders', async () => {
    const { text, pages, images, headers } = await report('scope=region&id=DED4&lang=de');
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(images).toBe(pages);
    expect(String(headers['content-disposition'])).toContain(encodeURIComponent('Grenzland-Netz_Chemnitz_de_'));
    for (const heading of ['Netzwerkbericht', 'Inhalt', 'Kennzahlen', 'Das Netzwerk im Bild', 'Die am besten vernetzten Akteure', 'Kritische Lieferanten',
      'Grenzüberschreitende Verbindungen', 'Risiken: ein einziger Lieferant und Konzentration', 'Kooperationschancen jenseits der Grenze',
      'Forschungseinrichtungen zum Kontaktieren']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`Seite 3 von ${pages}`);
    // Key figures: firms, institutes, organisations, links; cross-border share, density (one pair
    // of two actors), single-source share, HHI of 2 German and 1 Czech supplier links (4,444 + 1,111).
    expect(text).toContain('Kennzahlen 2 0 0 6 Firmen Forschungseinrichtungen Organisationen Verbindungen der Akteure 50 % 100 % 100 % 5.556');
    expect(text).toContain('Lieferbeziehungen 4 2 Kooperationen 1 1 Mitgliedschaften 1 0');
    expect(text).toContain('Müller & Söhne Präzisionsteile GmbH');
    expect(text).toContain('Straßburger Kunststoff, Werk "Süd"');
    // Cross-border partners out of the region, named in German where a name is given.
    expect(text).toContain('Kovárna Žďár s.r.o. (CZ)');
    expect(text).toContain('Technická univerzita v Liberci');
    expect(text).toContain('Schmiedeteile');
    // The opportunity: F-A needs Kunststoffteile, F-E offers them across the border.
    expect(text).toMatch(/Kunststoffteile Přesné výrobky Čechy a\.s\. \(CZ\)/);
    expect(text).not.toContain('Weiß Gießerei');
    expect(text).not.toContain('Kontaktliste');
  });

  it('in Czech, with Czech product names and no German headings', async () => {
    const { text, pages, images } = await report('scope=region&id=DED4&lang=cs');
    expect(images).toBe(pages);
    for (const heading of ['Zpráva o síti', 'Obsah', 'Klíčové údaje', 'Síť v obraze', 'Přeshraniční vazby', 'Příležitosti ke spolupráci za hranicí', 'Výzkumné instituce ke kontaktování']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`Strana 2 z ${pages}`);
    expect(text).toContain('Výkovky');
    expect(text).toContain('Plastové díly');
    expect(text).toContain('Klíčové údaje 2 0 0 6 Firmy Výzkumné instituce Organizace Vazby aktérů 50 % 100 % 100 % 5 556');
    expect(text).toContain('Dodavatelské vazby 4 2 Spolupráce 1 1 Členství 1 0');
    expect(text).not.toContain('Kennzahlen');
    expect(text).not.toContain('Weiß Gießerei');
  });

  it('in English', async () => {
    const { text, pages, images } = await report('scope=region&id=DED4&lang=en');
    expect(images).toBe(pages);
    expect(text).toContain('Network report');
    expect(text).toContain('Cooperation opportunities across the border');
    expect(text).toContain('Forgings');
    expect(text).toContain(`Page 4 of ${pages}`);
    // No whole-region metrics have run here: the report walks the region's supply chains itself and
    // says so. F-A depends on F-C and F-D directly; the draft F-B is not named.
    expect(text).toContain('Suppliers on which the most firms of the scope depend within 3 supply tiers, counted when this report was made.');
    expect(text).toMatch(/Straßburger Kunststoff, Werk "Süd" DE Kovárna Žďár s\.r\.o\. CZ .* Chemnitz 1 1 Ostrov 1 1 /);
  });

  it('German and Czech side by side', async () => {
    const { text, pages, images } = await report('scope=organisation&id=O-1&lang=de-cs&colour=sector');
    expect(images).toBe(pages);
    for (const heading of ['Kennzahlen', 'Klíčové údaje', 'Das Netzwerk im Bild', 'Síť v obraze', 'Kooperationschancen jenseits der Grenze', 'Příležitosti ke spolupráci za hranicí']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`Seite 2 von ${pages} / Strana 2 z ${pages}`);
    expect(text).toContain('Cluster Erzgebirge–Krušnohoří');
    expect(text).toContain('Kovárna Žďár s.r.o.');
  });
});
