// The explorer's state lives in the URL, so a view can be shared and reloaded: which level (the
// region's overview, the actors of one group, all actors, or around one actor), the filters, what is
// expanded and selected, how firms are placed, coloured and sized, and where the camera looks (the
// node nearest the centre and the zoom). Unknown or broken values fall back to the defaults.
import { colorModes, sizeModes, type ColorMode, type SizeMode } from '$lib/graph/appearance';
import { countries, firmSizes, type Country, type FirmSize } from '$lib/api/types';
import { actorKinds, maxClusterLimit, maxEgoLimit, networkTypes, type ActorKind, type NetworkQuery, type OverviewQuery } from '$lib/api/network';
import type { NetworkType } from '$lib/graph/types';
import { idParam, idListParam } from '$lib/url-params';

export const placements = ['network', 'geographic'] as const;
export type Placement = (typeof placements)[number];

export interface ExplorerState {
  ego: string | null;
  /** An overview group opened to its actors ('DED42:C25', 'CZ042:institute'). */
  group: string | null;
  /** All actors at once instead of the overview (the network the explorer used to open on). */
  all: boolean;
  /** Firms by their coordinates on the map, or by ForceAtlas2 started from there. */
  placement: Placement;
  hops: 1 | 2 | 3;
  sector: string | null;
  region: string | null;
  country: Country | null;
  kind: ActorKind | null;
  types: NetworkType[];
  crossBorder: boolean;
  /** Applied in the browser: the network endpoints do not filter by size. */
  size: FirmSize | null;
  expanded: string[];
  selected: string | null;
  color: ColorMode;
  sizeBy: SizeMode;
  focus: string | null;
  zoom: number | null;
  /** Most nodes to load (at most what the canvas can draw); null keeps the app's default. */
  limit: number | null;
}

export const defaultState: ExplorerState = {
  ego: null,
  group: null,
  all: false,
  placement: 'network',
  hops: 2,
  sector: null,
  region: null,
  country: null,
  kind: null,
  types: [...networkTypes],
  crossBorder: false,
  size: null,
  expanded: [],
  selected: null,
  color: 'sector',
  sizeBy: 'degree',
  focus: null,
  zoom: null,
  limit: null,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.includes(value as T) ? (value as T) : null;

export function parseState(params: URLSearchParams): ExplorerState {
  const hops = Number(params.get('hops'));
  const zoom = Number(params.get('zoom'));
  const limit = Number(params.get('limit'));
  const types = idListParam(params.get('types')).filter((t): t is NetworkType => (networkTypes as readonly string[]).includes(t));
  return {
    ego: idParam(params.get('ego')),
    group: groupKey(params.get('group')),
    all: params.get('view') === 'all',
    placement: params.get('layout') === 'geo' ? 'geographic' : 'network',
    hops: hops === 1 || hops === 2 || hops === 3 ? hops : defaultState.hops,
    sector: idParam(params.get('sector')),
    region: idParam(params.get('region')),
    country: oneOf(countries, params.get('country')),
    kind: oneOf(actorKinds, params.get('kind')),
    types: params.has('types') && types.length > 0 ? types : defaultState.types,
    crossBorder: params.get('crossBorder') === '1',
    size: oneOf(firmSizes, params.get('size')),
    expanded: idListParam(params.get('expand')),
    selected: idParam(params.get('sel')),
    color: oneOf(colorModes, params.get('color')) ?? defaultState.color,
    sizeBy: oneOf(sizeModes, params.get('sizeBy')) ?? defaultState.sizeBy,
    focus: idParam(params.get('focus')),
    zoom: Number.isFinite(zoom) && zoom > 0 ? zoom : null,
    limit: Number.isInteger(limit) && limit >= 1 ? Math.min(limit, maxClusterLimit) : null,
  };
}

/** Only what differs from the defaults, in a fixed order, so equal views give equal URLs. */
export function serializeState(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== fallback) params.set(key, value);
  };
  set('ego', state.ego);
  set('group', state.group);
  set('view', state.all ? 'all' : null);
  set('layout', state.placement === 'geographic' ? 'geo' : null);
  if (state.ego) set('hops', String(state.hops), String(defaultState.hops));
  set('sector', state.sector);
  set('region', state.region);
  set('country', state.country);
  set('kind', state.kind);
  set('types', state.types.join(','), defaultState.types.join(','));
  set('crossBorder', state.crossBorder ? '1' : null);
  set('size', state.size);
  set('expand', state.expanded.length > 0 ? state.expanded.join(',') : null);
  set('sel', state.selected);
  set('color', state.color, defaultState.color);
  set('sizeBy', state.sizeBy, defaultState.sizeBy);
  set('focus', state.focus);
  set('zoom', state.zoom === null ? null : String(Math.round(state.zoom * 1000) / 1000));
  set('limit', state.limit === null ? null : String(state.limit));
  return params;
}

const groupPattern = /^[A-Z]{2}[0-9A-Z]{1,3}:([A-Z]\d{2}|firm|institute|organisation)$/;
const groupKey = (value: string | null) => (value && groupPattern.test(value) ? value : null);

export type Level = 'overview' | 'group' | 'all' | 'ego';

/** Where the explorer is: around one actor, one group's actors, all actors, or the overview. */
export function levelOf(state: ExplorerState): Level {
  if (state.ego) return 'ego';
  if (state.group) return 'group';
  return state.all ? 'all' : 'overview';
}

/** A group's district, and its firms' division or the kind of actor it holds. */
export function parseGroup(group: string): { district: string; division: string | null; kind: ActorKind } {
  const [district, part] = group.split(':') as [string, string];
  if (part === 'institute' || part === 'organisation') return { district, division: null, kind: part };
  return { district, division: part === 'firm' ? null : part, kind: 'firm' };
}

/** The overview request a state asks for: the filters, without the drawing's limit. */
export function overviewQuery(state: ExplorerState): OverviewQuery {
  return {
    sector: state.sector ?? undefined,
    region: state.region ?? undefined,
    country: state.country ?? undefined,
    kind: state.kind ?? undefined,
    types: state.types,
    crossBorder: state.crossBorder || undefined,
  };
}

/** The network request a state asks for; changes of selection, colour or camera leave it alone. */
export function networkQuery(state: ExplorerState): NetworkQuery {
  const group = state.group && !state.ego ? parseGroup(state.group) : undefined;
  const filters = {
    ...overviewQuery(state),
    // A group's actors: its district and division or kind, within the other filters.
    ...(group ? { region: group.district, sector: group.division ?? state.sector ?? undefined, kind: group.kind } : {}),
    ...(state.limit === null ? {} : { limit: Math.min(state.limit, state.ego ? maxEgoLimit : maxClusterLimit) }),
  };
  return state.ego ? { mode: 'ego', id: state.ego, hops: state.hops, ...filters } : { mode: 'cluster', ...filters };
}
