// Where a node starts before any layout: its place on the map (equirectangular, in km around the
// programme area), spread a little around its town so firms of one town do not sit on one point.
// Deterministic, so the same network always starts, and is shared, from the same picture.

const centre = { lat: 50.8, lon: 13.6 };
const kmPerDegree = 111.2;
const cosCentre = Math.cos((centre.lat * Math.PI) / 180);

export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: (lon - centre.lon) * cosCentre * kmPerDegree, y: (lat - centre.lat) * kmPerDegree };
}

/** The place a point of the map stands for: the inverse of project. */
export function unproject(x: number, y: number): { lat: number; lon: number } {
  return { lat: centre.lat + y / kmPerDegree, lon: centre.lon + x / (cosCentre * kmPerDegree) };
}

/** FNV-1a: a stable number per key. */
export function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A point at most `radius` away from (x, y), fixed for the key, spread evenly over the disc. */
export function spread(key: string, x: number, y: number, radius: number): { x: number; y: number } {
  const h = hash(key);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const distance = Math.sqrt((h >>> 16) / 0x10000) * radius;
  return { x: x + Math.cos(angle) * distance, y: y + Math.sin(angle) * distance };
}
