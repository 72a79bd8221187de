// The explorer's state lives in the URL, so a view can be shared and reloaded: which network
// (whole, or around one actor), the filters, what is expanded and selected, how it is coloured and
// sized, and where the camera looks (the node nearest the centre and the zoom). Unknown or broken
// values fall back to the defaults instead of failing.
import { colorModes, sizeModes, type ColorMode, type SizeMode } from '$lib/graph/appearance';
import { countries, firmSizes, type Country, type FirmSize } from '$lib/api/types';
import { actorKinds, maxClusterLimit, maxEgoLimit, networkTypes, type ActorKind, type NetworkQuery } from '$lib/api/network';
import type { NetworkType } from '$lib/graph/types';

export interface ExplorerState {
  ego: string | null;
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
  /** Most nodes to load; null keeps the app's default. For very large views and the benchmark. */
  limit: number | null;
}

export const defaultState: ExplorerState = {
  ego: null,
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
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const id = (value: string | null) => (value && idPattern.test(value) ? value : null);
const list = (value: string | null) => (value ? value.split(',').filter((v) => idPattern.test(v)) : []);

export function parseState(params: URLSearchParams): ExplorerState {
  const hops = Number(params.get('hops'));
  const zoom = Number(params.get('zoom'));
  const limit = Number(params.get('limit'));
  const types = list(params.get('types')).filter((t): t is NetworkType => (networkTypes as readonly string[]).includes(t));
  return {
    ego: id(params.get('ego')),
    hops: hops === 1 || hops === 2 || hops === 3 ? hops : defaultState.hops,
    sector: id(params.get('sector')),
    region: id(params.get('region')),
    country: oneOf(countries, params.get('country')),
    kind: oneOf(actorKinds, params.get('kind')),
    types: params.has('types') && types.length > 0 ? types : defaultState.types,
    crossBorder: params.get('crossBorder') === '1',
    size: oneOf(firmSizes, params.get('size')),
    expanded: list(params.get('expand')),
    selected: id(params.get('sel')),
    color: oneOf(colorModes, params.get('color')) ?? defaultState.color,
    sizeBy: oneOf(sizeModes, params.get('sizeBy')) ?? defaultState.sizeBy,
    focus: id(params.get('focus')),
    zoom: Number.isFinite(zoom) && zoom > 0 ? zoom : null,
    limit: Number.isInteger(limit) && limit >= 1 && limit <= maxClusterLimit ? limit : null,
  };
}

/** Only what differs from the defaults, in a fixed order, so equal views give equal URLs. */
export function serializeState(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== fallback) params.set(key, value);
  };
  set('ego', state.ego);
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

/** The network request a state asks for; changes of selection, colour or camera leave it alone. */
export function networkQuery(state: ExplorerState): NetworkQuery {
  const filters = {
    sector: state.sector ?? undefined,
    region: state.region ?? undefined,
    country: state.country ?? undefined,
    kind: state.kind ?? undefined,
    types: state.types,
    crossBorder: state.crossBorder || undefined,
    ...(state.limit === null ? {} : { limit: state.ego ? Math.min(state.limit, maxEgoLimit) : state.limit }),
  };
  return state.ego ? { mode: 'ego', id: state.ego, hops: state.hops, ...filters } : { mode: 'cluster', ...filters };
}
