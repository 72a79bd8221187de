// Louvain communities (Blondel et al. 2008) on the flat weighted undirected network: nodes move to
// the neighbouring community that raises modularity most, until none moves; then each community
// becomes one node and the same runs again, until a level moves nothing. On typed arrays, because
// building graphology's graph of a million links was most of the job's time and heap at 200,000 firms.
// Visiting order is a seeded shuffle, so the same graph gives the same communities.
import type { Adjacency } from './network-arrays';

export interface Communities {
  /** community[i]: the community of node i, numbered 0.. in order of their first node. */
  community: Int32Array;
  count: number;
  modularity: number;
}

interface Level {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weight inside each node (an aggregated community's own links, both directions). */
  loops: Float64Array;
}

function shuffled(count: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Moves nodes between communities until none gains; returns each node's community and whether any moved. */
function moveNodes(level: Level, total: number, random: () => number, start?: Int32Array): { community: Int32Array; moved: boolean } {
  const { offsets, targets, weights, loops } = level;
  const count = offsets.length - 1;
  const degree = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let k = loops[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) k += weights[e]!;
    degree[i] = k;
  }
  const community = start ? Int32Array.from(start) : Int32Array.from({ length: count }, (_, i) => i);
  const sums = new Float64Array(count);
  for (let i = 0; i < count; i++) sums[community[i]!]! += degree[i]!;
  const toCommunity = new Float64Array(count);
  const touched = new Int32Array(count);
  // Fast local moves (Traag 2015): every node once in a shuffled order, then only the neighbours of
  // nodes that moved, instead of sweeping all nodes until a sweep moves none.
  const queue = shuffled(count, random);
  const queued = new Uint8Array(count).fill(1);
  let head = 0;
  let size = count;
  let moved = false;
  for (let visits = 0; size > 0 && visits < 50 * count; visits++, size--) {
    const node = queue[head]!;
    head = head + 1 === count ? 0 : head + 1;
    queued[node] = 0;
    const own = community[node]!;
    const k = degree[node]!;
    let seen = 0;
    for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
      const c = community[targets[e]!]!;
      if (toCommunity[c] === 0) touched[seen++] = c;
      toCommunity[c]! += weights[e]!;
    }
    sums[own]! -= k;
    // Gain of joining c, up to a constant factor: links into c minus the expected share of them.
    let best = own;
    let bestGain = toCommunity[own]! - (sums[own]! * k) / total;
    for (let t = 0; t < seen; t++) {
      const c = touched[t]!;
      const gain = toCommunity[c]! - (sums[c]! * k) / total;
      // Only a strictly better community draws the node away; on a tie it stays.
      if (gain > bestGain + 1e-12) {
        best = c;
        bestGain = gain;
      }
    }
    for (let t = 0; t < seen; t++) toCommunity[touched[t]!] = 0;
    sums[best]! += k;
    if (best === own) continue;
    community[node] = best;
    moved = true;
    for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
      const next = targets[e]!;
      if (queued[next] || community[next] === best) continue;
      queued[next] = 1;
      queue[(head + size - 1) % count] = next;
      size++;
    }
  }
  return { community, moved };
}

/** Renumbers communities 0.. in order of first appearance; returns how many there are. */
function renumber(community: Int32Array): number {
  const number = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (number[c] === -1) number[c] = count++;
    community[i] = number[c]!;
  }
  return count;
}

/** The network of communities: one node each, the links between them summed, those inside as loops. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { offsets, targets, weights, loops } = level;
  const nodes = community.length;
  const members = new Int32Array(count + 1);
  for (let i = 0; i < nodes; i++) members[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) members[c + 1]! += members[c]!;
  const filled = members.slice(0, count);
  const byCommunity = new Int32Array(nodes);
  for (let i = 0; i < nodes; i++) byCommunity[filled[community[i]!]!++] = i;

  const newLoops = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const newTargets: number[] = [];
  const newWeights: number[] = [];
  const toCommunity = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let seen = 0;
    for (let m = members[c]!; m < members[c + 1]!; m++) {
      const node = byCommunity[m]!;
      newLoops[c]! += loops[node]!;
      for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
        const other = community[targets[e]!]!;
        if (other === c) newLoops[c]! += weights[e]!;
        else {
          if (toCommunity[other] === 0) touched[seen++] = other;
          toCommunity[other]! += weights[e]!;
        }
      }
    }
    const row = touched.subarray(0, seen).sort();
    for (const other of row) {
      newTargets.push(other);
      newWeights.push(toCommunity[other]!);
      toCommunity[other] = 0;
    }
    newOffsets[c + 1] = newTargets.length;
  }
  return { offsets: newOffsets, targets: Int32Array.from(newTargets), weights: Float64Array.from(newWeights), loops: newLoops };
}

/** Modularity of a division of the network (as graphology-metrics computes it for a weighted undirected graph). */
export function modularityOf(graph: Adjacency, weights: Float64Array, community: Int32Array, count: number): number {
  const { offsets, targets } = graph;
  const inside = new Float64Array(count);
  const sums = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < offsets.length - 1; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const w = weights[e]!;
      total += w;
      sums[community[i]!]! += w;
      if (community[targets[e]!] === community[i]) inside[community[i]!]! += w;
    }
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / total - (sums[c]! / total) ** 2;
  return q;
}

export function louvain(graph: Adjacency, weights: Float64Array, random: () => number): Communities {
  const nodes = graph.offsets.length - 1;
  let total = 0;
  for (const w of weights) total += w;
  const bottom: Level = { offsets: graph.offsets, targets: graph.targets, weights, loops: new Float64Array(nodes) };
  let community: Int32Array = Int32Array.from({ length: nodes }, (_, i) => i);
  let count = nodes;
  // After the levels, single nodes may still gain by moving between the communities found: they are
  // moved on the original network, and the levels run again from there, until nothing moves.
  for (let round = 0; round < 10 && total > 0; round++) {
    count = renumber(community);
    let level = round === 0 ? bottom : aggregate(bottom, community, count);
    let levels = 0;
    for (;;) {
      const moved = moveNodes(level, total, random);
      if (!moved.moved) break;
      levels++;
      const merged = renumber(moved.community);
      for (let i = 0; i < nodes; i++) community[i] = moved.community[community[i]!]!;
      level = aggregate(level, moved.community, merged);
    }
    const refined = moveNodes(bottom, total, random, community);
    community = refined.community;
    if (!refined.moved && levels === 0) break;
  }
  count = renumber(community);
  return { community, count, modularity: modularityOf(graph, weights, community, count) };
}
