// The optional tile background (MAP_STYLE_URL on the server): Web Mercator raster tiles drawn
// under the district outlines. The network's coordinates are equirectangular (graph/projection.ts),
// so each tile is drawn into the box its own corners project to: the two projections differ across
// the programme area, but not within one tile.
import type { MapBackground } from '../../../../server/src/schemas/map';
import { project, unproject } from '$lib/graph/projection';

export type { MapBackground };

type Point = { x: number; y: number };
export interface Tile {
  z: number;
  x: number;
  y: number;
}

const earthKm = 40_075.016;
const toRadians = Math.PI / 180;

/** The corner of tile (x, y) at zoom z, north-west of it. */
export function tileCorner(z: number, x: number, y: number): { lat: number; lon: number } {
  const n = 2 ** z;
  return { lon: (x / n) * 360 - 180, lat: Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) / toRadians };
}

function tileAt(z: number, lat: number, lon: number): Point {
  const n = 2 ** z;
  const φ = Math.max(-85, Math.min(85, lat)) * toRadians;
  return { x: ((lon + 180) / 360) * n, y: ((1 - Math.log(Math.tan(φ) + 1 / Math.cos(φ)) / Math.PI) / 2) * n };
}

/**
 * The zoom whose tiles match the screen's pixels (within half a level) at latitude `lat`, for a
 * view showing `pxPerKm` device pixels per kilometre, within what the source serves.
 */
export function zoomFor(pxPerKm: number, lat: number, background: Pick<MapBackground, 'tileSize' | 'minZoom' | 'maxZoom'>): number {
  const z = Math.round(Math.log2((pxPerKm * earthKm * Math.cos(lat * toRadians)) / background.tileSize));
  return Math.max(background.minZoom, Math.min(background.maxZoom, z));
}

/** The tiles covering the graph-coordinate box, at most `max` of them (none when more are needed). */
export function tilesCovering(box: { x: [number, number]; y: [number, number] }, z: number, max = 64): Tile[] {
  const north = unproject(box.x[0], box.y[1]);
  const south = unproject(box.x[1], box.y[0]);
  const from = tileAt(z, north.lat, north.lon);
  const to = tileAt(z, south.lat, south.lon);
  const n = 2 ** z;
  const [x0, x1] = [Math.max(0, Math.floor(from.x)), Math.min(n - 1, Math.floor(to.x))];
  const [y0, y1] = [Math.max(0, Math.floor(from.y)), Math.min(n - 1, Math.floor(to.y))];
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > max) return [];
  const tiles: Tile[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) tiles.push({ z, x, y });
  return tiles;
}

/** The tile's box in graph coordinates: where its image is drawn. */
export function tileBox(tile: Tile): { northWest: Point; southEast: Point } {
  const nw = tileCorner(tile.z, tile.x, tile.y);
  const se = tileCorner(tile.z, tile.x + 1, tile.y + 1);
  return { northWest: project(nw.lat, nw.lon), southEast: project(se.lat, se.lon) };
}

export function tileUrl(background: MapBackground, tile: Tile): string {
  // Several hosts serving the same tiles: each tile always from the same one, so caches hold.
  const template = background.tiles[(tile.x + tile.y) % background.tiles.length]!;
  return template.replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y));
}

/**
 * Draws what is loaded of the tiles the view needs, and loads the others (calling `loaded` when one
 * arrives, so the map is drawn again). Images are kept for the next frames, the oldest let go.
 */
export function createTileLayer(background: MapBackground, loaded: () => void) {
  const images = new Map<string, HTMLImageElement>();
  const keep = 256;

  function image(url: string): HTMLImageElement {
    let found = images.get(url);
    if (found) {
      // Most recently used last, so the first is the one to let go.
      images.delete(url);
      images.set(url, found);
      return found;
    }
    found = new Image();
    // CORS-served tiles leave the canvas readable, for the explorer's PNG export.
    found.crossOrigin = 'anonymous';
    found.onload = loaded;
    found.src = url;
    images.set(url, found);
    if (images.size > keep) images.delete(images.keys().next().value!);
    return found;
  }

  return {
    /**
     * `box`: the view in graph coordinates; `pxPerKm`: device pixels per graph unit (kilometre);
     * `toScreen`: graph to viewport coordinates.
     */
    draw(context: CanvasRenderingContext2D, box: { x: [number, number]; y: [number, number] }, pxPerKm: number, toScreen: (p: Point) => Point) {
      const z = zoomFor(pxPerKm, unproject((box.x[0] + box.x[1]) / 2, (box.y[0] + box.y[1]) / 2).lat, background);
      for (const tile of tilesCovering(box, z)) {
        const img = image(tileUrl(background, tile));
        if (!img.complete || img.naturalWidth === 0) continue;
        const { northWest, southEast } = tileBox(tile);
        const a = toScreen(northWest);
        const b = toScreen(southEast);
        // Half a pixel of overlap hides the seams between neighbouring tiles.
        context.drawImage(img, a.x - 0.25, a.y - 0.25, b.x - a.x + 0.5, b.y - a.y + 0.5);
      }
    },
  };
}
