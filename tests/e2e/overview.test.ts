// The explorer opens on the region's overview, drawn on the map of the programme area; a group opens
// its actors in place, back returns, and a shared URL restores level, filters and selection.
// Screenshots in German, Czech and English go to screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NetworkResponse, OverviewResponse } from '../../server/src/schemas/network';
import { drawnPixels, selectedAndPanel, useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';
import type { Page } from 'playwright-core';

const server = demoApp();
const browser = useBrowser();
const settle = { timeout: 30_000 };
const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
const background: [number, number, number] = [0xfb, 0xfc, 0xfd];
mkdirSync('screenshots', { recursive: true });

async function drawn(page: Page) {
  await page.locator('[data-drawn-nodes]:not([data-drawn-nodes="0"])').waitFor({ timeout: 60_000 });
  await page.locator('.overlay').first().waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined);
}

/** Where on the canvas a pixel of the given colour was drawn (a node of that colour), or null. */
async function pixelOf(page: Page, color: [number, number, number]): Promise<{ x: number; y: number } | null> {
  const canvas = page.getByRole('application');
  const box = (await canvas.boundingBox())!;
  const png = (await canvas.screenshot()).toString('base64');
  const at = await page.evaluate(
    async ({ png, color }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const bitmap = await createImageBitmap(image);
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      // The middle of the longest run of the colour on a row: inside a node, not on its rim.
      let best: { x: number; y: number; run: number } | null = null;
      for (let y = 0; y < bitmap.height; y += 2) {
        let run = 0;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const near = Math.abs(data[i]! - color[0]) + Math.abs(data[i + 1]! - color[1]) + Math.abs(data[i + 2]! - color[2]) < 12;
          run = near ? run + 1 : 0;
          if (run > (best?.run ?? 3)) best = { x: x - run / 2, y, run };
        }
      }
      return best;
    },
    { png, color },
  );
  return at ? { x: box.x + at.x, y: box.y + at.y } : null;
}

describe('overview of the region', () => {
  it('opens on the groups of the region, on the map, in German, Czech and English', { timeout: 300_000 }, async () => {
    const overview = await api<OverviewResponse>('/api/network/overview');
    expect(overview.groups.length).toBeGreaterThan(20);
    for (const [lang, locale, canvasName] of [
      ['de', 'de-DE', /Übersichtskarte der Region/],
      ['cs', 'cs-CZ', /Přehledová mapa regionu/],
      ['en', 'en-GB', /Overview map of the region/],
    ] as const) {
      const page = await browser.page(1280, 800, locale);
      await page.goto(`${server.url}/${lang}`);
      await drawn(page);
      const canvas = page.getByRole('application', { name: canvasName });
      await expect.poll(() => canvas.getAttribute('data-drawn-nodes'), settle).toBe(String(overview.groups.length));
      expect(await canvas.getAttribute('data-map')).toBe('true');
      await expect.poll(() => page.getByTestId('group-count').textContent(), settle).toBe(new Intl.NumberFormat(locale).format(overview.groups.length));
      // The map fills the programme area with its districts' colours, the groups sit on it.
      expect(await drawnPixels(canvas, background)).toBeGreaterThan(100_000);
      await page.screenshot({ path: `screenshots/overview-${lang}.png` });
    }
  });

  it('opens a group in place, returns with the breadcrumb and back, and a shared URL restores it', { timeout: 300_000 }, async () => {
    const page = await browser.page();
    await page.goto(`${server.url}/en`);
    await drawn(page);
    // The largest sector's groups are drawn in the first colour of the palette.
    const at = await pixelOf(page, [0x4e, 0x79, 0xa7]);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await page.waitForURL(/group=/);
    const group = new URL(page.url()).searchParams.get('group')!;
    const [district, part] = group.split(':');
    const kind = part === 'institute' || part === 'organisation' ? part : 'firm';
    const sector = kind === 'firm' && part !== 'firm' ? `&sector=${part}` : '';
    const actors = await api<NetworkResponse>(`/api/network/cluster?region=${district}${sector}&kind=${kind}`);
    expect(actors.graph, `${group}: ${JSON.stringify(actors)}`).toBeDefined();
    await expect.poll(() => page.getByTestId('node-count').textContent(), settle).toBe(String(actors.graph.nodes.length));
    const breadcrumb = page.getByRole('navigation', { name: 'You are here' });
    await expect.poll(() => breadcrumb.locator('[aria-current="page"]').textContent(), settle).toMatch(/ · /);
    await page.screenshot({ path: 'screenshots/group-en.png' });

    // Select a firm of the group, place the firms on the map, leave out memberships, and share the address.
    const firm = actors.graph.nodes[0]!;
    await page.goto(`${server.url}/en?group=${encodeURIComponent(group)}&layout=geo&types=SUPPLIES,COOPERATES_WITH&sel=${firm.key}&color=country`);
    await drawn(page);
    await expect.poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent(), settle).toBe(firm.attributes.label);
    const shared = page.url();
    const again = await browser.page();
    await again.goto(shared);
    await drawn(again);
    expect(again.url()).toBe(shared);
    expect(await again.getByLabel('Placement').inputValue()).toBe('geographic');
    expect(await again.locator('#explorer-filters').getByLabel('Colour by').inputValue()).toBe('country');
    expect(await again.locator('#explorer-filters').getByLabel('Memberships').isChecked()).toBe(false);
    expect(await again.locator('#explorer-filters').getByLabel('Supply links').isChecked()).toBe(true);
    await expect.poll(() => again.getByRole('complementary').getByRole('heading', { level: 2 }).textContent(), settle).toBe(firm.attributes.label);
    expect(await again.getByRole('application').getAttribute('data-map')).toBe('true');

    // Back to the overview with the breadcrumb, then forward and back with the browser.
    await again.getByRole('navigation', { name: 'You are here' }).getByRole('button', { name: 'Whole region' }).click();
    await again.waitForURL((url) => !url.searchParams.has('group'));
    // The overview keeps the filter.
    expect(new URL(again.url()).searchParams.get('types')).toBe('SUPPLIES,COOPERATES_WITH');
    await expect.poll(() => again.getByRole('application').getAttribute('aria-label'), settle).toMatch(/Overview map/);
    await again.goBack();
    await again.waitForURL(/group=/);
    await expect.poll(() => again.getByRole('complementary').getByRole('heading', { level: 2 }).textContent(), settle).toBe(firm.attributes.label);
  });

  it('brings a firm selected in a shared URL out from under the panel, at 1280 px', { timeout: 300_000 }, async () => {
    // Firms placed by their coordinates: the group's easternmost firm selected while the shared
    // camera looks, zoomed in, at the westernmost one.
    const overview = await api<OverviewResponse>('/api/network/overview');
    const group = overview.groups.filter((g) => g.kind === 'firm' && g.division).sort((a, b) => b.actors - a.actors)[0]!;
    const actors = await api<NetworkResponse>(`/api/network/cluster?region=${group.district}&sector=${group.division}&kind=firm`);
    const placed = actors.graph.nodes.filter((n) => typeof n.attributes.lon === 'number').sort((a, b) => (a.attributes.lon as number) - (b.attributes.lon as number));
    expect(placed.length).toBeGreaterThan(5);
    const [west, east] = [placed[0]!, placed.at(-1)!];
    const page = await browser.page(1280, 800, 'en-GB');
    await page.goto(`${server.url}/en?group=${encodeURIComponent(group.key)}&layout=geo&sel=${east.key}&focus=${west.key}&zoom=0.2`);
    await drawn(page);
    await expect.poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent(), settle).toBe(east.attributes.label);
    const { node, canvas, panel } = await selectedAndPanel(page);
    // Drawn on the canvas, left of the panel that lies over its right side.
    expect(node.x).toBeGreaterThan(canvas.x);
    expect(node.x).toBeLessThan(panel.x);
    expect(node.y).toBeGreaterThan(canvas.y);
    expect(node.y).toBeLessThan(canvas.y + canvas.height);
    await page.screenshot({ path: 'screenshots/selected-en.png' });
  });
});

