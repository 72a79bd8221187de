// Reads the region for the whole-region job, streamed row by row into flat arrays (no list of a
// million row objects is ever held): the actors with their overview group, country, district and
// whether published; every link with its type and, for supply, its product; what each firm needs;
// every product with how many firms offer it.
import type { QueryRunner } from '../graph/runner';
import type { RegionActors } from './area-figures';
import { grown, LinkList, linkTypes, rowsOf, type Adjacency } from './network-arrays';
import { Grouping } from './overview';
import { readActors, readLinks, readNeeds, readProducts } from './queries';

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

export async function readRegion(runner: QueryRunner, step: (name: string) => void): Promise<Region> {
  step('read actors');
  const ids: string[] = [];
  const country: (string | null)[] = [];
  const district: (string | null)[] = [];
  let isFirm = new Uint8Array(1024);
  let published = new Uint8Array(1024);
  let groupOfActor = new Int32Array(1024);
  const index = new Map<string, number>();
  const grouping = new Grouping();
  await runner.forEachRow(readActors, {}, (actor) => {
    const i = ids.length;
    if (i === groupOfActor.length) [isFirm, published, groupOfActor] = [grown(isFirm), grown(published), grown(groupOfActor)];
    groupOfActor[i] = grouping.add(actor);
    isFirm[i] = actor.kind === 'firm' ? 1 : 0;
    published[i] = actor.published ? 1 : 0;
    index.set(actor.id, i);
    ids.push(actor.id);
    country.push(actor.country);
    district.push(actor.district);
  });

  step('read products');
  const products: string[] = [];
  const productIndex = new Map<string, number>();
  const offers: number[] = [];
  await runner.forEachRow(readProducts, {}, (row) => {
    productIndex.set(row.id, products.length);
    products.push(row.id);
    offers.push(row.offeredBy);
  });

  step('read links');
  const links = new LinkList();
  await runner.forEachRow(readLinks, {}, (link) => {
    const a = index.get(link.source);
    const b = index.get(link.target);
    const type = linkTypes.indexOf(link.type as (typeof linkTypes)[number]);
    if (a !== undefined && b !== undefined && type >= 0) links.push(a, b, type, link.product === null ? -1 : (productIndex.get(link.product) ?? -1));
  });

  step('read needs');
  const pairs = new LinkList();
  await runner.forEachRow(readNeeds, {}, (row) => {
    const firm = index.get(row.firm);
    const product = productIndex.get(row.product);
    if (firm !== undefined && product !== undefined) pairs.push(firm, product, 0);
  });
  const needs = rowsOf(ids.length, pairs.length, (e) => pairs.from[e]!, (e) => pairs.to[e]!);

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
