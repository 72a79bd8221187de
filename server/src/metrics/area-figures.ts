// Area risk of every district, worked out by the whole-region job from the arrays it already holds,
// so that GET /api/risk/area for a district reads one stored answer instead of every supply link into
// 12,000 firms (which ran into the timeout at 200,000 firms). The same figures as the live query
// (risk/find-area-supply, risk/find-critical-firms): each area firm's supply links of the products
// it needs, its suppliers' country and district, and the area firms and their direct suppliers
// ranked by their dependants.
import { areaSupply, type AreaLink, type AreaSupply } from '../graph/area-supply';
import { linkTypes, rowsOf, type Adjacency, type LinkList } from './network-arrays';

/** Most products and critical firms an answer lists (the route's largest `limit`). */
export const storedListLength = 200;

/** [id, dependants within k tiers, direct dependants]. */
export type CriticalEntry = [string, number, number];

export interface AreaFigures extends AreaSupply {
  firms: number;
  /** critical[k - 1]: ranked, long enough to list storedListLength published firms. */
  critical: CriticalEntry[][];
}

export interface RegionActors {
  ids: string[];
  isFirm: Uint8Array;
  published: Uint8Array;
  country: (string | null)[];
  district: (string | null)[];
}

export function areaFiguresOf(
  actors: RegionActors,
  products: string[],
  offeredBy: Int32Array,
  /** Per firm, the products it needs (indices into products). */
  needs: Adjacency,
  links: LinkList,
  suppliersOf: Adjacency,
  dependants: Int32Array,
  maxTier: number,
): Map<string, AreaFigures> {
  const count = actors.ids.length;
  // Each actor's place among the ids in order: ties in the rankings below compare numbers, not strings.
  const idOrder = new Int32Array(count);
  Int32Array.from({ length: count }, (_, i) => i)
    .sort((a, b) => (actors.ids[a]! < actors.ids[b]! ? -1 : 1))
    .forEach((actor, place) => (idOrder[actor] = place));
  // Each area firm's incoming supply links (indices into links).
  const supplies = linkTypes.indexOf('SUPPLIES');
  const incoming = rowsOf(count, links.length, (e) => (links.type[e] === supplies ? links.to[e]! : -1), (e) => e);
  const firmsOf = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const district = actors.district[i];
    if (!actors.isFirm[i] || !district) continue;
    const list = firmsOf.get(district);
    if (list) list.push(i);
    else firmsOf.set(district, [i]);
  }
  const figures = new Map<string, AreaFigures>();
  for (const [district, firms] of firmsOf) {
    // Per product: its buyers in the area, and its supply links into them per supplier.
    const buyers = new Map<number, number>();
    const perSupplier = new Map<number, Map<number, number>>();
    for (const firm of firms) {
      const needed = needs.targets.subarray(needs.offsets[firm]!, needs.offsets[firm + 1]!);
      for (const product of needed) buyers.set(product, (buyers.get(product) ?? 0) + 1);
      for (let k = incoming.offsets[firm]!; k < incoming.offsets[firm + 1]!; k++) {
        const e = incoming.targets[k]!;
        const product = links.product[e]!;
        if (!needed.includes(product)) continue;
        let suppliers = perSupplier.get(product);
        if (!suppliers) perSupplier.set(product, (suppliers = new Map()));
        suppliers.set(links.from[e]!, (suppliers.get(links.from[e]!) ?? 0) + 1);
      }
    }
    const supply = areaSupply(
      [...buyers].map(([product, n]) => ({
        product: products[product]!,
        buyers: n,
        offeredBy: offeredBy[product]!,
        links: [...(perSupplier.get(product) ?? [])].map(([s, n]): AreaLink => ({ supplier: actors.ids[s]!, country: actors.country[s]!, district: actors.district[s]!, links: n })),
      })),
    );
    figures.set(district, { firms: firms.length, ...supply, products: supply.products.slice(0, storedListLength), critical: criticalOf(firms, actors, idOrder, suppliersOf, dependants, maxTier) });
  }
  return figures;
}

/** The area firms and their direct suppliers by dependants within k tiers, for each k. */
function criticalOf(firms: number[], actors: RegionActors, idOrder: Int32Array, suppliersOf: Adjacency, dependants: Int32Array, maxTier: number): CriticalEntry[][] {
  const candidates = new Set(firms);
  for (const firm of firms) {
    for (let e = suppliersOf.offsets[firm]!; e < suppliersOf.offsets[firm + 1]!; e++) candidates.add(suppliersOf.targets[e]!);
  }
  return Array.from({ length: maxTier }, (_, t) => {
    const of = (c: number) => dependants[c * maxTier + t]!;
    const direct = (c: number) => dependants[c * maxTier]!;
    const ranked = [...candidates]
      .filter((c) => of(c) > 0)
      .sort((a, b) => of(b) - of(a) || direct(b) - direct(a) || idOrder[a]! - idOrder[b]!);
    // Drafts stay in the list, for those who may see them; it runs on until it names enough published firms.
    const kept: CriticalEntry[] = [];
    let named = 0;
    for (const c of ranked) {
      if (named >= storedListLength) break;
      kept.push([actors.ids[c]!, of(c), direct(c)]);
      if (actors.published[c]) named++;
    }
    return kept;
  });
}
