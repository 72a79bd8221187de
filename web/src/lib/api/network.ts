// The explorer's networks: around one actor (ego) or of a sector/region (cluster).
import type { NetworkResponse, NetworkType } from '../../../../server/src/schemas/network';
import { call } from './endpoints';

export type { NetworkResponse };

export const networkTypes = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const satisfies readonly NetworkType[];
export const actorKinds = ['firm', 'institute', 'organisation'] as const;
export type ActorKind = (typeof actorKinds)[number];

interface Filters {
  sector?: string;
  region?: string;
  country?: 'DE' | 'CZ';
  kind?: ActorKind;
  types?: readonly NetworkType[];
  crossBorder?: boolean;
  limit?: number;
}
export type NetworkQuery = ({ mode: 'cluster' } & Filters) | ({ mode: 'ego'; id: string; hops: 1 | 2 | 3 } & Filters);

/** Big enough for the whole demo network; a larger one comes back truncated and says so. */
export const clusterLimit = 3000;
export const egoLimit = 1500;
/** What the API accepts at most (a `limit` in the explorer's URL may ask for up to this). */
export const maxClusterLimit = 100_000;
export const maxEgoLimit = 5000;

const egoCall = call('get', '/api/network/ego');
const clusterCall = call('get', '/api/network/cluster');

export function fetchNetwork(query: NetworkQuery, signal?: AbortSignal): Promise<NetworkResponse> {
  const { mode, ...rest } = query;
  if (mode === 'ego') return egoCall<NetworkResponse>({ query: { limit: egoLimit, ...rest }, signal });
  return clusterCall<NetworkResponse>({ query: { limit: clusterLimit, ...rest }, signal });
}
