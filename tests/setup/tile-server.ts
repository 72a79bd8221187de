// A tile server on a free local port for the map's optional background (MAP_STYLE_URL): a raster
// style, a TileJSON, a vector-only style, and PNG tiles of one colour, served with CORS as public
// tile servers do. It records which tiles were asked for.
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';

/** The tiles' colour: OpenStreetMap's water, which nothing else on the map is drawn in. */
export const tileColor: [number, number, number] = [0xaa, 0xd3, 0xdf];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `size`×`size` pixels of one RGB colour. */
export function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, not interlaced
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

export function useTileServer() {
  const served = { url: '', requested: [] as { z: number; x: number; y: number }[] };
  const tile = solidPng(256, tileColor);
  let server: Server | undefined;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '';
      const json = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const match = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(path);
      if (match) {
        served.requested.push({ z: Number(match[1]), x: Number(match[2]), y: Number(match[3]) });
        response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(tile);
      } else if (path === '/raster.json') {
        json({
          version: 8,
          sources: { relief: { type: 'raster', tiles: ['/tiles/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 12, attribution: '<a href="https://example.org">© Test tiles</a>' } },
          layers: [{ id: 'background', type: 'background' }, { id: 'relief', type: 'raster', source: 'relief' }],
        });
      } else if (path === '/tilejson-style.json') {
        json({ version: 8, sources: { relief: { type: 'raster', url: '/tilejson.json', tileSize: 256 } }, layers: [{ id: 'relief', type: 'raster', source: 'relief' }] });
      } else if (path === '/tilejson.json') {
        json({ tilejson: '3.0.0', tiles: [`${served.url}/tiles/{z}/{x}/{y}.png`], minzoom: 2, maxzoom: 9, attribution: '© TileJSON tiles' });
      } else if (path === '/vector.json') {
        json({ version: 8, sources: { streets: { type: 'vector', url: '/streets.json' } }, layers: [{ id: 'roads', type: 'line', source: 'streets' }] });
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('tile server: no TCP port');
    served.url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return served;
}
