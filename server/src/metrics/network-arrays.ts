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

/** The link types the network counts, in this order wherever they are counted by type. */
export const linkTypes = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const;

/**
 * Links as parallel typed arrays that grow as rows arrive: their ends (node indices, or any other
 * whole numbers until renumbered), type (index into linkTypes) and, for a supply link, its product
 * (an index the reader keeps; -1 for none).
 */
export class LinkList {
  from = new Float64Array(1024);
  to = new Float64Array(1024);
  type = new Uint8Array(1024);
  product = new Int32Array(1024);
  length = 0;

  push(from: number, to: number, type: number, product = -1): void {
    if (this.length === this.from.length) {
      this.from = grown(this.from);
      this.to = grown(this.to);
      this.type = grown(this.type);
      this.product = grown(this.product);
    }
    this.from[this.length] = from;
    this.to[this.length] = to;
    this.product[this.length] = product;
    this.type[this.length++] = type;
  }

  /** Gives both ends of every link their number in `index`; links with an end not in it are dropped. */
  renumber(index: Map<number, number>): void {
    let kept = 0;
    for (let e = 0; e < this.length; e++) {
      const a = index.get(this.from[e]!);
      const b = index.get(this.to[e]!);
      if (a === undefined || b === undefined) continue;
      this.from[kept] = a;
      this.to[kept] = b;
      this.type[kept] = this.type[e]!;
      this.product[kept++] = this.product[e]!;
    }
    this.length = kept;
  }
}

/** The array at twice its length, its values kept. */
export function grown<T extends Int32Array | Uint8Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(1024, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Compressed rows: for each key 0..count-1 the values of the items 0..length-1 with that key, in their order; a negative key leaves the item out. */
export function rowsOf(count: number, length: number, keyOf: (item: number) => number, valueOf: (item: number) => number): Adjacency {
  const offsets = new Int32Array(count + 1);
  for (let e = 0; e < length; e++) {
    const key = keyOf(e);
    if (key >= 0) offsets[key + 1]!++;
  }
  for (let i = 0; i < count; i++) offsets[i + 1]! += offsets[i]!;
  const filled = offsets.slice(0, count);
  const targets = new Int32Array(offsets[count]!);
  for (let e = 0; e < length; e++) {
    const key = keyOf(e);
    if (key >= 0) targets[filled[key]!++] = valueOf(e);
  }
  return { offsets, targets };
}

/** Rows from (from, to) pairs: each row sorted, repeats merged into one entry with their count. */
function compress(count: number, from: ArrayLike<number>, to: ArrayLike<number>): { adjacency: Adjacency; weights: Float64Array } {
  const { offsets: starts, targets: all } = rowsOf(count, from.length, (e) => from[e]!, (e) => to[e]!);
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

/** The network of `ids` from links given by node index; self-links are left out. */
export function networkOf(ids: string[], links: LinkList): NetworkArrays {
  const from = new Int32Array(2 * links.length);
  const to = new Int32Array(2 * links.length);
  let pairs = 0;
  let supplies = 0;
  const supplyType = linkTypes.indexOf('SUPPLIES');
  for (let e = 0; e < links.length; e++) {
    const a = links.from[e]!;
    const b = links.to[e]!;
    if (a === b) continue;
    from[pairs] = a;
    to[pairs++] = b;
    from[pairs] = b;
    to[pairs++] = a;
    if (links.type[e] === supplyType) supplies++;
  }
  const supplier = new Int32Array(supplies);
  const customer = new Int32Array(supplies);
  for (let e = 0, s = 0; e < links.length; e++) {
    if (links.type[e] !== supplyType || links.from[e] === links.to[e]) continue;
    supplier[s] = links.from[e]!;
    customer[s++] = links.to[e]!;
  }
  const undirected = compress(ids.length, from.subarray(0, pairs), to.subarray(0, pairs));
  const supply = compress(ids.length, supplier, customer);
  return { ids, undirected: undirected.adjacency, weights: undirected.weights, supplies: supply.adjacency };
}

/** The same from rows naming their ends by id (tests, small graphs); links to unknown ids are left out. */
export function buildNetworkArrays(ids: string[], rows: LinkRow[]): NetworkArrays {
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = new LinkList();
  for (const row of rows) {
    const a = index.get(row.source);
    const b = index.get(row.target);
    const type = linkTypes.indexOf(row.type as (typeof linkTypes)[number]);
    if (a !== undefined && b !== undefined && type >= 0) links.push(a, b, type);
  }
  return networkOf(ids, links);
}

/** Reverses an adjacency (customer -> supplier from supplier -> customer). */
export function reverse({ offsets, targets }: Adjacency): Adjacency {
  const count = offsets.length - 1;
  const sourceOf = new Int32Array(targets.length);
  for (let i = 0; i < count; i++) sourceOf.fill(i, offsets[i]!, offsets[i + 1]!);
  return rowsOf(count, targets.length, (e) => targets[e]!, (e) => sourceOf[e]!);
}
