// The path finder's question lives in the URL, so an answer can be shared and reloaded.
import { idParam, idListParam } from '$lib/url-params';
export const pathModes = ['product', 'firm', 'tree'] as const;
export type PathMode = (typeof pathModes)[number];

export interface PathQuestion {
  mode: PathMode;
  from: string | null;
  product: string | null;
  to: string | null;
  /** How many chains (product, firm). */
  k: number;
  /** Longest chain in links (product, firm), or tiers of the tree. */
  hops: number;
  crossBorder: boolean;
  regions: string[];
  sectors: string[];
  avoid: string[];
}

const maxListed = 50;
const int = (value: string | null, min: number, max: number, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function parseQuestion(params: URLSearchParams): PathQuestion {
  const mode = params.get('mode');
  return {
    mode: pathModes.includes(mode as PathMode) ? (mode as PathMode) : 'product',
    from: idParam(params.get('from')),
    product: idParam(params.get('product')),
    to: idParam(params.get('to')),
    k: int(params.get('k'), 1, 10, 3),
    hops: int(params.get('hops'), 1, 6, 4),
    crossBorder: params.get('crossBorder') === '1',
    regions: idListParam(params.get('regions'), maxListed),
    sectors: idListParam(params.get('sectors'), maxListed),
    avoid: idListParam(params.get('avoid'), maxListed),
  };
}

export function serializeQuestion(q: PathQuestion): URLSearchParams {
  const params = new URLSearchParams({ mode: q.mode });
  if (q.from) params.set('from', q.from);
  if (q.mode === 'product' && q.product) params.set('product', q.product);
  if (q.mode === 'firm' && q.to) params.set('to', q.to);
  if (q.mode !== 'tree') params.set('k', String(q.k));
  params.set('hops', String(q.hops));
  if (q.mode === 'product') {
    if (q.crossBorder) params.set('crossBorder', '1');
    if (q.regions.length > 0) params.set('regions', q.regions.join(','));
    if (q.sectors.length > 0) params.set('sectors', q.sectors.join(','));
    if (q.avoid.length > 0) params.set('avoid', q.avoid.join(','));
  }
  return params;
}

/** Whether the question is complete enough to ask. */
export const answerable = (q: PathQuestion) =>
  q.from !== null && (q.mode === 'tree' || (q.mode === 'product' ? q.product !== null : q.to !== null));
