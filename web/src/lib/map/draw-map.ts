// The map under the network: the programme area's districts (NUTS 3) and the national borders near
// them, from the boundaries shipped in boundaries.json (no tile server: it works offline and in
// tests). Drawn on a 2D canvas beneath Sigma's, through Sigma's own graph-to-screen transform, so
// the map moves and zooms with the nodes placed by the same projection (graph/projection.ts).
import { project } from '$lib/graph/projection';
import boundaries from './boundaries.json';

type Point = { x: number; y: number };

const toGraph = (ring: number[][]) => ring.map(([lon, lat]) => project(lat!, lon!));
const districts = boundaries.districts.map((d) => ({ id: d.id, czech: d.id.startsWith('CZ'), rings: d.rings.map(toGraph) }));
const borders = boundaries.borders.map(toGraph);

/** The programme area in graph coordinates, so a view on the map frames the whole area. */
export const mapBBox = (() => {
  const points = districts.flatMap((d) => d.rings.flat());
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x: [Math.min(...xs), Math.max(...xs)] as [number, number], y: [Math.min(...ys), Math.max(...ys)] as [number, number] };
})();

export const mapSource = boundaries.source;

const fill = { DE: '#eef2f7', CZ: '#f3f0ea' };

/** `overTiles`: a tile background lies beneath, which the districts' fill only tints. */
export function drawMap(context: CanvasRenderingContext2D, toScreen: (point: Point) => Point, { overTiles = false } = {}): void {
  const path = (points: Point[], close: boolean) => {
    context.beginPath();
    points.forEach((point, i) => {
      const { x, y } = toScreen(point);
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    });
    if (close) context.closePath();
  };
  context.lineJoin = 'round';
  for (const district of districts) {
    for (const ring of district.rings) {
      path(ring, true);
      context.fillStyle = district.czech ? fill.CZ : fill.DE;
      context.globalAlpha = overTiles ? 0.35 : 1;
      context.fill();
      context.globalAlpha = 1;
      context.strokeStyle = '#c3ccd6';
      context.lineWidth = 1;
      context.stroke();
    }
  }
  context.strokeStyle = '#7b8794';
  context.lineWidth = 2;
  for (const border of borders) {
    path(border, false);
    context.stroke();
  }
}
