// Reads the region for the whole-region job into flat arrays: the actors with their overview group,
// country, district, whether published and what they need; every link with its type and, for supply,
// its product; every product with how many firms offer it. The actors and the links are read at the
// same time in two transactions, one row per actor each (lists inside), and name each other by node
// id: a dense number that costs neither the database a property read nor the driver a string per end.
// Neo4j reuses a deleted node's id only once every transaction open at its deletion has ended, and
// both reads are open together, so the ids mean the same in both.
import type { QueryRunner } from '../graph/runner';
import type { RegionActors } from './area-figures';
import { grown, LinkList, linkTypes, rowsOf, type Adjacency } from './network-arrays';
import { Grouping } from './overview';
import { readActors, readLinks, readProducts, readSectors } from './queries';

export interface Region {
  actors: RegionActors;
  grouping: Grouping;
  groupOfActor: Int32Array;
  links: LinkList;
  products: string[];
  offeredBy: Int32Array;
  /** Per firm, the products it needs (indices into products). */
  needs: Adjacency;
}

/** The first in order of the values `key` gives, or null for none. */
function first<T>(items: T[], key: (item: T) => string): T | null {
  let best: T | null = null;
  for (const item of items) if (best === null || key(item) < key(best)) best = item;
  return best;
}

export async function readRegion(runner: QueryRunner, step: (name: string) => void): Promise<Region> {
  step('read products and sectors');
  const products: string[] = [];
  const productIndex = new Map<string, number>();
  const productOfNode = new Map<number, number>();
  const offers: number[] = [];
  const divisionOf = new Map<string, string | null>();
  const isClass = new Set<string>();
  await Promise.all([
    runner.forEachRow(readProducts, {}, (row) => {
      productIndex.set(row.id, products.length);
      productOfNode.set(row.node, products.length);
      products.push(row.id);
      offers.push(row.offeredBy);
    }),
    runner.forEachRow(readSectors, {}, (row) => {
      divisionOf.set(row.id, row.division);
      if (row.class) isClass.add(row.id);
    }),
  ]);

  step('read actors and links');
  const ids: string[] = [];
  const country: (string | null)[] = [];
  const district: (string | null)[] = [];
  let isFirm = new Uint8Array(1024);
  let published = new Uint8Array(1024);
  let groupOfActor = new Int32Array(1024);
  const actorOfNode = new Map<number, number>();
  const grouping = new Grouping();
  const needed = new LinkList();
  // Ends by node id until every actor's index is known.
  const links = new LinkList();
  await Promise.all([
    runner.forEachRow(readActors, {}, (actor) => {
      const i = ids.length;
      if (i === groupOfActor.length) [isFirm, published, groupOfActor] = [grown(isFirm), grown(published), grown(groupOfActor)];
      // As the network views show an actor: its first district by id, its sector a class before the
      // coarser levels, then by id.
      const inDistrict = first(actor.districts, (id) => id);
      const sector = first(actor.sectors, (id) => `${isClass.has(id) ? 0 : 1}${id}`);
      groupOfActor[i] = grouping.add({ id: actor.id, kind: actor.kind, country: actor.country, district: inDistrict, division: sector === null ? null : (divisionOf.get(sector) ?? null) });
      isFirm[i] = actor.kind === 'firm' ? 1 : 0;
      published[i] = actor.published ? 1 : 0;
      actorOfNode.set(actor.node, i);
      ids.push(actor.id);
      country.push(actor.country);
      district.push(inDistrict);
      for (const node of actor.needs) {
        const product = productOfNode.get(node);
        if (product !== undefined) needed.push(i, product, 0);
      }
    }),
    runner.forEachRow(readLinks, {}, (row) => {
      for (let k = 0; k < row.targets.length; k++) {
        const type = linkTypes.indexOf(row.types[k] as (typeof linkTypes)[number]);
        if (type >= 0) links.push(row.node, row.targets[k]!, type, row.products[k] ? (productIndex.get(row.products[k]!) ?? -1) : -1);
      }
    }),
  ]);
  step('region arrays');
  links.renumber(actorOfNode);
  const needs = rowsOf(ids.length, needed.length, (e) => needed.from[e]!, (e) => needed.to[e]!);

  return {
    actors: { ids, isFirm, published, country, district },
    grouping,
    groupOfActor,
    links,
    products,
    offeredBy: Int32Array.from(offers),
    needs,
  };
}
