// The risk page's question lives in the URL: which view, which firm (and product for its
// alternatives), which area, what to remove in the what-if.
import { maxTier } from '../../../../../server/src/metrics/tiers';
import { idParam } from '$lib/url-params';

export const riskTabs = ['firm', 'area', 'whatif'] as const;
export type RiskTab = (typeof riskTabs)[number];
export const whatIfKinds = ['firm', 'district', 'border'] as const;
export type WhatIfKind = (typeof whatIfKinds)[number];

export interface RiskQuestion {
  tab: RiskTab;
  firm: string | null;
  product: string | null;
  sector: string | null;
  region: string | null;
  cluster: string | null;
  k: number;
  remove: WhatIfKind;
  target: string | null;
}


export function parseRisk(params: URLSearchParams): RiskQuestion {
  const tab = params.get('tab');
  const remove = params.get('remove');
  const k = Number(params.get('k'));
  return {
    tab: riskTabs.includes(tab as RiskTab) ? (tab as RiskTab) : 'firm',
    firm: idParam(params.get('firm')),
    product: idParam(params.get('product')),
    sector: idParam(params.get('sector')),
    region: idParam(params.get('region')),
    cluster: idParam(params.get('cluster')),
    k: Number.isInteger(k) && k >= 1 && k <= maxTier ? k : Math.min(3, maxTier),
    remove: whatIfKinds.includes(remove as WhatIfKind) ? (remove as WhatIfKind) : 'firm',
    target: idParam(params.get('target')),
  };
}

export function serializeRisk(q: RiskQuestion): URLSearchParams {
  const params = new URLSearchParams({ tab: q.tab });
  const set = (key: string, value: string | null) => value && params.set(key, value);
  if (q.tab === 'firm') {
    set('firm', q.firm);
    set('product', q.product);
  } else if (q.tab === 'area') {
    set('sector', q.sector);
    set('region', q.region);
    set('cluster', q.cluster);
    if (q.k !== 3) params.set('k', String(q.k));
  } else {
    params.set('remove', q.remove);
    if (q.remove !== 'border') set('target', q.target);
  }
  return params;
}
