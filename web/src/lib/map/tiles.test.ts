import { describe, expect, it } from 'vitest';
import { project } from '$lib/graph/projection';
import { tileBox, tileCorner, tilesCovering, tileUrl, zoomFor } from './tiles';

const source = { tileSize: 256, minZoom: 0, maxZoom: 19 };

describe('map tiles', () => {
  it('places tiles where the Web Mercator tiling has them', () => {
    expect(tileCorner(0, 0, 0).lon).toBe(-180);
    expect(tileCorner(0, 0, 0).lat).toBeCloseTo(85.0511, 4);
    expect(tileCorner(1, 1, 1)).toEqual({ lat: 0, lon: 0 });
    // Dresden's Altmarkt (51.0504 N, 13.7373 E) lies in tile 551/342 at zoom 10 (OpenStreetMap's numbering).
    const dresden = project(51.0504, 13.7373);
    expect(tilesCovering({ x: [dresden.x, dresden.x], y: [dresden.y, dresden.y] }, 10)).toEqual([{ z: 10, x: 551, y: 342 }]);
  });

  it('draws a tile into the box its corners project to, north up', () => {
    const { northWest, southEast } = tileBox({ z: 10, x: 551, y: 342 });
    const dresden = project(51.0504, 13.7373);
    expect(northWest.x).toBeLessThan(dresden.x);
    expect(southEast.x).toBeGreaterThan(dresden.x);
    expect(northWest.y).toBeGreaterThan(dresden.y);
    expect(southEast.y).toBeLessThan(dresden.y);
  });

  it('lists every tile of a box, row by row, and none when a view would need too many', () => {
    const a = project(51.2, 13.5);
    const b = project(50.9, 14.0);
    const tiles = tilesCovering({ x: [a.x, b.x], y: [b.y, a.y] }, 10);
    // 13.5–14.0 E: columns 550–551; 51.2–50.9 N: rows 341–343.
    expect(tiles.map((t) => `${t.x}/${t.y}`)).toEqual(['550/341', '551/341', '550/342', '551/342', '550/343', '551/343']);
    expect(tilesCovering({ x: [a.x, b.x], y: [b.y, a.y] }, 14)).toEqual([]);
  });

  it('chooses the zoom whose pixels match the screen, within what the source serves', () => {
    // At the equator, zoom 0's one tile of 256 px spans the 40,075 km of the earth.
    expect(zoomFor(256 / 40_075.016, 0, source)).toBe(0);
    expect(zoomFor((256 / 40_075.016) * 2 ** 8, 0, source)).toBe(8);
    // At 60° N a kilometre is drawn twice as large on a Mercator map: one zoom less.
    expect(zoomFor((256 / 40_075.016) * 2 ** 8, 60, source)).toBe(7);
    expect(zoomFor(1e9, 50, { ...source, maxZoom: 12 })).toBe(12);
    expect(zoomFor(1e-9, 50, { ...source, minZoom: 3 })).toBe(3);
  });

  it('fills the template, each tile always from the same host', () => {
    const background = { ...source, attribution: '', tiles: ['https://a.example.org/{z}/{x}/{y}.png', 'https://b.example.org/{z}/{x}/{y}.png'] };
    expect(tileUrl(background, { z: 10, x: 551, y: 342 })).toBe('https://b.example.org/10/551/342.png');
    expect(tileUrl(background, { z: 10, x: 550, y: 342 })).toBe('https://a.example.org/10/550/342.png');
  });
});
