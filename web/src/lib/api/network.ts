// The explorer's networks: around one actor (ego) or of a sector/region (cluster).
import type { NetworkResponse, NetworkType, OverviewResponse } from '../../../../server/src/schemas/network';
import type { MapBackground } from '../../../../server/src/schemas/map';
import { call } from './endpoints';

export type { NetworkResponse, OverviewResponse };

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
/**
 * The most nodes a view asks for (a `limit` in the explorer's URL may ask for up to this): what the
 * canvas still draws and moves smoothly with software WebGL. The region as a whole is the overview.
 */
export const maxClusterLimit = 5000;
export const maxEgoLimit = 5000;

const egoCall = call('get', '/api/network/ego');
const clusterCall = call('get', '/api/network/cluster');
const overviewCall = call('get', '/api/network/overview');
const mapCall = call('get', '/api/map');

export type OverviewQuery = Omit<Filters, 'limit'>;

let early: { key: string; answer: Promise<OverviewResponse> } | undefined;

/**
 * Asks for the overview before the page that draws it has loaded its code; the next
 * fetchOverview of the same query takes this answer over (once).
 */
export function prefetchOverview(query: OverviewQuery): void {
  early = { key: JSON.stringify(query), answer: overviewCall<OverviewResponse>({ query }) };
  early.answer.catch(() => undefined);
}

/** The overview's answer; a prefetched one is not aborted by `signal`, so callers check it after. */
export function fetchOverview(query: OverviewQuery, signal?: AbortSignal): Promise<OverviewResponse> {
  const taken = early;
  early = undefined;
  if (taken?.key === JSON.stringify(query)) return taken.answer;
  return overviewCall<OverviewResponse>({ query, signal });
}

let mapBackground: Promise<MapBackground | null> | undefined;

/** The tiles configured for the map's background (once per visit), or null: the outlines alone. */
export function loadMapBackground(): Promise<MapBackground | null> {
  mapBackground ??= mapCall<{ background: MapBackground | null }>().then(
    (answer) => answer.background,
    () => {
      mapBackground = undefined;
      return null;
    },
  );
  return mapBackground;
}

export function fetchNetwork(query: NetworkQuery, signal?: AbortSignal): Promise<NetworkResponse> {
  const { mode, ...rest } = query;
  if (mode === 'ego') return egoCall<NetworkResponse>({ query: { limit: egoLimit, ...rest }, signal });
  return clusterCall<NetworkResponse>({ query: { limit: clusterLimit, ...rest }, signal });
}
