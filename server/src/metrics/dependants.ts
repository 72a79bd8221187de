// Dependants of every firm: how many firms have it in their supply chain within 1..maxTier tiers,
// i.e. reach it against the supply direction in at most that many steps. One breadth-first search
// per firm over the supply links (supplier -> customer), each customer counted once at its nearest
// tier; a stamp per search spares clearing the visited marks.
import type { Adjacency } from './network-arrays';

/** counts[i * maxTier + (t - 1)]: dependants of node i within t tiers. */
export function dependantCounts(supplies: Adjacency, maxTier: number): Int32Array {
  const { offsets, targets } = supplies;
  const count = offsets.length - 1;
  const counts = new Int32Array(count * maxTier);
  const seen = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  const perTier = new Int32Array(maxTier);
  for (let source = 0; source < count; source++) {
    if (offsets[source] === offsets[source + 1]) continue;
    perTier.fill(0);
    seen[source] = source;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    let levelEnd = tail;
    let tier = 0;
    while (head < tail && tier < maxTier) {
      const node = queue[head++]!;
      for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
        const next = targets[e]!;
        if (seen[next] === source) continue;
        seen[next] = source;
        queue[tail++] = next;
        perTier[tier]!++;
      }
      if (head === levelEnd) {
        levelEnd = tail;
        tier++;
      }
    }
    let total = 0;
    for (let t = 0; t < maxTier; t++) {
      total += perTier[t]!;
      counts[source * maxTier + t] = total;
    }
  }
  return counts;
}
