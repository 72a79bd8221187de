// The region's actor network as flat arrays, small enough to hold 200,000 firms and a million links
// in a worker: node i is ids[i]; links are kept twice, as an undirected simple graph with a weight
// (how many links join the pair) and as the supply direction alone (supplier -> customer), both in
// compressed sparse row form (the neighbours of i are at offsets[i] .. offsets[i + 1] - 1, ascending).
export interface LinkRow {
  source: string;
  target: string;
  type: string;
}

export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

export interface NetworkArrays {
  ids: string[];
  /** Undirected, without self-loops or repeated pairs. */
  undirected: Adjacency;
  /** Parallel to undirected.targets: links of any type joining the pair, in either direction. */
  weights: Float64Array;
  /** SUPPLIES only, supplier -> customer, each pair once. */
  supplies: Adjacency;
}

/** Rows from (from, to) pairs: each row sorted, repeats merged into one entry with their count. */
function compress(count: number, from: Int32Array, to: Int32Array): { adjacency: Adjacency; weights: Float64Array } {
  const starts = new Int32Array(count + 1);
  for (const a of from) starts[a + 1]!++;
  for (let i = 0; i < count; i++) starts[i + 1]! += starts[i]!;
  const filled = starts.slice(0, count);
  const all = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) all[filled[from[e]!]!++] = to[e]!;
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(from.length);
  const weights = new Float64Array(from.length);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const row = all.subarray(starts[i]!, starts[i + 1]!).sort();
    for (let k = 0; k < row.length; k++) {
      if (k > 0 && row[k] === row[k - 1]) weights[at - 1]!++;
      else {
        targets[at] = row[k]!;
        weights[at++] = 1;
      }
    }
    offsets[i + 1] = at;
  }
  return { adjacency: { offsets, targets: targets.slice(0, at) }, weights: weights.slice(0, at) };
}

export function buildNetworkArrays(ids: string[], links: LinkRow[]): NetworkArrays {
  const index = new Map(ids.map((id, i) => [id, i]));
  const from = new Int32Array(2 * links.length);
  const to = new Int32Array(2 * links.length);
  const supplier = new Int32Array(links.length);
  const customer = new Int32Array(links.length);
  let pairs = 0;
  let supplies = 0;
  for (const link of links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    if (a === undefined || b === undefined || a === b) continue;
    from[pairs] = a;
    to[pairs++] = b;
    from[pairs] = b;
    to[pairs++] = a;
    if (link.type === 'SUPPLIES') {
      supplier[supplies] = a;
      customer[supplies++] = b;
    }
  }
  const undirected = compress(ids.length, from.subarray(0, pairs), to.subarray(0, pairs));
  const supply = compress(ids.length, supplier.subarray(0, supplies), customer.subarray(0, supplies));
  return { ids, undirected: undirected.adjacency, weights: undirected.weights, supplies: supply.adjacency };
}
