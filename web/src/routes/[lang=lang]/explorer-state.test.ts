import { describe, expect, it } from 'vitest';
import { defaultState, levelOf, networkQuery, parseState, serializeState, type ExplorerState } from './explorer-state';

const roundTrip = (state: ExplorerState) => parseState(new URLSearchParams(serializeState(state).toString()));

describe('explorer state in the URL', () => {
  it('is empty for the default view', () => {
    expect(serializeState(defaultState).toString()).toBe('');
    expect(parseState(new URLSearchParams())).toEqual(defaultState);
  });

  it('survives the trip through a shared URL', () => {
    const state: ExplorerState = {
      ego: 'F-00042',
      group: 'CZ042:C25',
      all: true,
      placement: 'geographic',
      hops: 3,
      sector: 'C25',
      region: 'CZ042',
      country: 'CZ',
      kind: 'firm',
      types: ['SUPPLIES'],
      crossBorder: true,
      size: 'medium',
      expanded: ['F-1', 'F-2'],
      selected: 'F-2',
      color: 'community',
      sizeBy: 'betweenness',
      focus: 'F-7',
      zoom: 0.125,
      limit: 5000,
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it('falls back to the defaults for values it does not know', () => {
    const state = parseState(new URLSearchParams('hops=9&country=PL&kind=product&types=FOO&color=rainbow&zoom=-1&sel=a%20b&expand=F-1,<x>&limit=-3&group=x:y&layout=3d'));
    expect(state).toEqual({ ...defaultState, expanded: ['F-1'] });
  });

  it('asks for as many nodes as the URL says, never more than the canvas can draw', () => {
    expect(networkQuery({ ...defaultState, limit: 2000 })).toMatchObject({ mode: 'cluster', limit: 2000 });
    expect(parseState(new URLSearchParams('limit=100000')).limit).toBe(5000);
    expect(networkQuery({ ...defaultState, ego: 'F-1', limit: 20000 })).toMatchObject({ mode: 'ego', limit: 5000 });
    expect(networkQuery(defaultState)).not.toHaveProperty('limit');
  });

  it('opens on the overview; a group opens its actors within the other filters', () => {
    expect(levelOf(defaultState)).toBe('overview');
    expect(levelOf({ ...defaultState, all: true })).toBe('all');
    const group = { ...defaultState, group: 'DED42:C25', crossBorder: true };
    expect(levelOf(group)).toBe('group');
    expect(networkQuery(group)).toMatchObject({ mode: 'cluster', region: 'DED42', sector: 'C25', kind: 'firm', crossBorder: true });
    expect(networkQuery({ ...defaultState, group: 'CZ051:institute' })).toMatchObject({ region: 'CZ051', kind: 'institute', sector: undefined });
    expect(levelOf({ ...group, ego: 'F-1' })).toBe('ego');
  });

  it('asks for the cluster network, or the ego network when there is a centre', () => {
    expect(networkQuery({ ...defaultState, sector: 'C25', crossBorder: true })).toEqual({
      mode: 'cluster',
      sector: 'C25',
      region: undefined,
      country: undefined,
      kind: undefined,
      types: defaultState.types,
      crossBorder: true,
    });
    expect(networkQuery({ ...defaultState, ego: 'F-1', hops: 1 })).toMatchObject({ mode: 'ego', id: 'F-1', hops: 1, crossBorder: undefined });
  });

  it('leaves the network request alone when only selection, colour or camera change', () => {
    const base = networkQuery(defaultState);
    expect(networkQuery({ ...defaultState, selected: 'F-1', color: 'country', focus: 'F-2', zoom: 0.5 })).toEqual(base);
  });
});
