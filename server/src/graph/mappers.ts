// Neo4j values to plain JSON, in one place. The driver is created with disableLosslessIntegers, so
// integers arrive as numbers; what is left are temporal values, graph structures and nested lists/maps.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps arrive as plain objects: walk them before asking about each driver type in turn, which
  // was most of the mapping time for answers made of many small maps.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never)) return toPlain((value as { properties: object }).properties);
  if (neo4j.isRelationship(value as never)) {
    const rel = value as { type: string; properties: object };
    return { type: rel.type, ...(toPlain(rel.properties) as object) };
  }
  if (neo4j.isPoint(value as never)) {
    const point = value as { x: number; y: number };
    return { lon: point.x, lat: point.y };
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}

export function recordToRow<Row>(record: Neo4jRecord): Row {
  const row: Record<string, unknown> = {};
  for (const key of record.keys) row[key as string] = toPlain(record.get(key));
  return row as Row;
}

/** An ISO date ("2024-03-01") as a Neo4j DATE, so dates compare and sort as dates in Cypher. */
export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const [year, month, day] = iso.split('-').map(Number);
  return new neo4j.types.Date(year ?? 1970, month ?? 1, day ?? 1);
}

/**
 * Parameters to Neo4j: JavaScript has one number type, Cypher two. Whole numbers go as INTEGER
 * (LIMIT, ranges and counts insist on it); plain objects and arrays are walked, driver values
 * (dates, points) pass through untouched.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toParams(inner);
    return out;
  }
  return value;
}
