// With MAP_STYLE_URL configured, the overview's map lies on the tiles of that style: the browser
// fetches the tiles covering the programme area at the zoom its pixels need, draws them beneath the
// district outlines, and names their source beside the map's own.
import { describe, expect, it } from 'vitest';
import { resolveMapBackground } from '../../server/src/map-background';
import { bulkImportDataset } from '../../seed/src/bulk-import';
import { generateDataset } from '../../seed/src/generate';
import { shareOfColors, useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';
import { tileColor, useTileServer } from '../setup/tile-server';

const tiles = useTileServer();
const server = demoApp(
  (runner) => bulkImportDataset(runner, generateDataset({ firms: 300, seed: 7 })),
  async () => ({ mapBackground: await resolveMapBackground(`${tiles.url}/raster.json`) }),
);
const browser = useBrowser();

describe('the map on a tile background', () => {
  it('draws the tiles of the programme area under the districts and credits them', { timeout: 300_000 }, async () => {
    const page = await browser.page(1280, 800, 'cs-CZ');
    await page.goto(`${server.url}/cs`);
    await page.locator('[data-drawn-nodes]:not([data-drawn-nodes="0"])').waitFor({ timeout: 120_000 });
    await expect.poll(() => tiles.requested.length, { timeout: 30_000 }).toBeGreaterThan(3);
    // Under a district its fill tints the tile at 35 % (draw-map.ts); outside, the tile shows as it is.
    const tinted = tileColor.map((c, i) => Math.round(0.65 * c + 0.35 * [0xee, 0xf2, 0xf7][i]!)) as typeof tileColor;
    await expect.poll(() => shareOfColors(page.getByRole('application'), [tileColor, tinted]), { timeout: 30_000 }).toBeGreaterThan(0.3);

    // The zoom the view settled on (the first frames may be drawn at another size of the canvas),
    // and among its tiles the one holding Dresden (51.05 N, 13.74 E), numbered as slippy-map tiles are.
    const z = tiles.requested.at(-1)!.z;
    expect(z).toBeGreaterThanOrEqual(6);
    expect(z).toBeLessThanOrEqual(10);
    const n = 2 ** z;
    const φ = (51.05 * Math.PI) / 180;
    const dresden = { x: Math.floor(((13.74 + 180) / 360) * n), y: Math.floor(((1 - Math.asinh(Math.tan(φ)) / Math.PI) / 2) * n) };
    expect(tiles.requested).toContainEqual({ z, ...dresden });

    expect(await page.getByText('Mapa: Eurostat GISCO, © EuroGeographics pro správní hranice; © Test tiles').isVisible()).toBe(true);
    await page.screenshot({ path: 'screenshots/overview-tiles-cs.png' });
  });
});
