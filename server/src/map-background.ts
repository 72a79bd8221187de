// The optional tile background under the map (MAP_STYLE_URL). The programme area's outlines ship
// with the web app, so the product needs no tile server; where one is configured, its raster tiles
// are drawn beneath them. MAP_STYLE_URL is either a MapLibre/Mapbox style (its first raster layer's
// source, given by `tiles` or by a TileJSON `url`) or a tile URL template with {z}, {x} and {y}.
// It is read once at start, on the server: the browser then fetches only tiles, from origins the
// Content Security Policy names.
import type { MapBackground } from './schemas/map';


type Json = Record<string, unknown>;
type Fetch = (url: string) => Promise<Json>;

const isTemplate = (url: string) => url.includes('{z}') && url.includes('{x}') && url.includes('{y}');

async function fetchJson(url: string): Promise<Json> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000), headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Json;
}

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/<[^>]*>/g, '').replace(/&copy;/g, '©').trim() : '');
const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** Absolute tile URLs (a style may give them relative to itself), over http(s) only. */
function absolute(templates: unknown, base: string): string[] {
  if (!Array.isArray(templates)) return [];
  return templates
    .filter((t): t is string => typeof t === 'string')
    // {z}/{x}/{y} survive URL parsing when encoded; decode them back.
    .map((t) => new URL(t, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}'))
    .filter((t) => /^https?:/.test(t) && isTemplate(t));
}

/**
 * What MAP_STYLE_URL names, or an error saying why it cannot be drawn (the caller logs it and goes
 * on without a background).
 */
export async function resolveMapBackground(styleUrl: string, load: Fetch = fetchJson): Promise<MapBackground> {
  if (isTemplate(styleUrl)) {
    const tiles = absolute([styleUrl], styleUrl);
    if (tiles.length === 0) throw new Error('MAP_STYLE_URL: a tile template must be an http(s) URL');
    return { tiles, tileSize: 256, minZoom: 0, maxZoom: 19, attribution: '' };
  }
  const style = await load(styleUrl);
  const sources = (style.sources ?? {}) as Record<string, Json>;
  const layers = Array.isArray(style.layers) ? (style.layers as Json[]) : [];
  const name = layers.find((layer) => layer.type === 'raster' && typeof layer.source === 'string' && sources[layer.source as string]?.type === 'raster')?.source as string | undefined;
  if (!name) throw new Error('MAP_STYLE_URL: the style has no raster layer (vector styles are not drawn)');
  let source = sources[name]!;
  let base = styleUrl;
  if (!Array.isArray(source.tiles) && typeof source.url === 'string') {
    base = new URL(source.url, styleUrl).href;
    source = { ...(await load(base)), ...source };
  }
  const tiles = absolute(source.tiles, base);
  if (tiles.length === 0) throw new Error(`MAP_STYLE_URL: the raster source "${name}" names no http(s) tiles`);
  return {
    tiles,
    tileSize: number(source.tileSize, 512),
    minZoom: number(source.minzoom, 0),
    maxZoom: number(source.maxzoom, 22),
    attribution: text(source.attribution),
  };
}

/** The origins the browser loads tiles from, for the Content Security Policy's img-src. */
export function tileOrigins(background: MapBackground | null | undefined): string[] {
  return [...new Set((background?.tiles ?? []).map((t) => new URL(t.replace(/\{[a-z]\}/g, '0')).origin))];
}

/** MAP_STYLE_URL at start: a background, or none (unset, or unusable: the log says why). */
export async function mapBackgroundFromEnv(styleUrl: string | undefined, log: (line: string) => void): Promise<MapBackground | null> {
  if (!styleUrl) return null;
  try {
    const background = await resolveMapBackground(styleUrl);
    log(`Map background: tiles from ${tileOrigins(background).join(', ')}`);
    return background;
  } catch (error) {
    log(`Map background left out: ${(error as Error).message}`);
    return null;
  }
}
