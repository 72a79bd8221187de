// The map's optional tile background: MAP_STYLE_URL read at start (a raster style, a style whose
// source is a TileJSON, or a tile template), refused with a reason when it cannot be drawn, served
// at /api/map and allowed by the Content Security Policy only where configured.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { mapBackgroundFromEnv, resolveMapBackground } from '../../server/src/map-background';
import { testDatabase } from '../setup/database';
import { useTileServer } from '../setup/tile-server';

const tiles = useTileServer();
const db = testDatabase();
afterAll(() => db.close());

describe('MAP_STYLE_URL', () => {
  it('takes the raster source of a style, with its tile size, zoom range and attribution', async () => {
    expect(await resolveMapBackground(`${tiles.url}/raster.json`)).toEqual({
      tiles: [`${tiles.url}/tiles/{z}/{x}/{y}.png`],
      tileSize: 256,
      minZoom: 0,
      maxZoom: 12,
      attribution: '© Test tiles',
    });
  });

  it('follows a source given by a TileJSON url', async () => {
    expect(await resolveMapBackground(`${tiles.url}/tilejson-style.json`)).toEqual({
      tiles: [`${tiles.url}/tiles/{z}/{x}/{y}.png`],
      tileSize: 256,
      minZoom: 2,
      maxZoom: 9,
      attribution: '© TileJSON tiles',
    });
  });

  it('takes a tile template as it is', async () => {
    expect(await resolveMapBackground('https://tiles.example.org/{z}/{x}/{y}.png')).toMatchObject({ tiles: ['https://tiles.example.org/{z}/{x}/{y}.png'], tileSize: 256 });
  });

  it('leaves the background out, saying why, for a vector style or a style it cannot fetch', async () => {
    await expect(resolveMapBackground(`${tiles.url}/vector.json`)).rejects.toThrow(/no raster layer/);
    const lines: string[] = [];
    expect(await mapBackgroundFromEnv(`${tiles.url}/missing.json`, (line) => lines.push(line))).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^Map background left out: .*missing\.json answered 404/)]);
    expect(await mapBackgroundFromEnv(undefined, (line) => lines.push(line))).toBeNull();
    expect(lines).toHaveLength(1);
  });
});

describe('GET /api/map', () => {
  it('answers null and allows no tile host unless a background is configured', async () => {
    const app = await buildApp({ driver: db.driver });
    const response = await app.inject({ method: 'GET', url: '/api/map' });
    await app.close();
    expect(response.json()).toEqual({ background: null });
    expect(response.headers['content-security-policy']).toMatch(/img-src 'self' data: blob:;/);
  });

  it('answers the configured tiles, whose origin the Content Security Policy allows for images only', async () => {
    const background = await resolveMapBackground(`${tiles.url}/raster.json`);
    const app = await buildApp({ driver: db.driver, mapBackground: background });
    const response = await app.inject({ method: 'GET', url: '/api/map' });
    await app.close();
    expect(response.json()).toEqual({ background });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain(`img-src 'self' data: blob: ${tiles.url};`);
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
  });
});
