// Supplier concentration as the Herfindahl–Hirschman index: the sum of squared shares (in percent)
// of supply links by the suppliers' country or district, 0..10 000. Our data has no volumes, so a
// supply link counts as one unit; 10 000 means every link comes from one place.

export interface Share {
  id: string;
  links: number;
  /** Fraction of all links, 0..1. */
  share: number;
}

export interface Concentration {
  /** null where there is nothing to measure (no links). */
  hhi: number | null;
  shares: Share[];
}

/**
 * Shares by the key each link falls under, largest first. Links without a key are listed together
 * as 'unknown', but the index counts each such item as a place of its own: an unknown place is
 * never taken for the same country or district as another.
 * `countOf` says how many links an item stands for, where the query has counted them already.
 */
export function concentration<T>(links: T[], keyOf: (link: T) => string | null, countOf: (link: T) => number = () => 1): Concentration {
  const counts = new Map<string, number>();
  let total = 0;
  for (const link of links) {
    const key = keyOf(link) ?? 'unknown';
    const count = countOf(link);
    counts.set(key, (counts.get(key) ?? 0) + count);
    total += count;
  }
  const shares = [...counts]
    .map(([id, count]) => ({ id, links: count, share: count / total }))
    .sort((a, b) => b.links - a.links || (a.id < b.id ? -1 : 1));
  const known = shares.filter((s) => s.id !== 'unknown');
  const unknown = links.filter((link) => keyOf(link) === null).map((link) => countOf(link) / total);
  const hhi = total === 0 ? null : Math.round([...known.map((s) => s.share), ...unknown].reduce((sum, share) => sum + (share * 100) ** 2, 0));
  return { hhi, shares: shares.map((s) => ({ ...s, share: Math.round(s.share * 1000) / 1000 })) };
}
