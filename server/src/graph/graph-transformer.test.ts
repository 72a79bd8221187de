import { describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../schemas/network';
import { edgeKey, toSerializedGraph, withCrossBorderLinks, type LinkRow } from './graph-transformer';

const attributes = (label: string, country: string): NodeAttributes => ({
  label,
  kind: 'firm',
  country,
  sector: null,
  sectorDivision: null,
  region: null,
  size: null,
  employees: null,
  lat: null,
  lon: null,
  weightedDegree: null,
  pageRank: null,
  community: null,
  betweenness: null,
  dependants: null,
});

const link = (type: string, source: string, target: string, product: string | null, crossBorder = false): LinkRow => ({
  type,
  source,
  target,
  product,
  crossBorder,
});

describe('edgeKey', () => {
  it('names type, ends and product, and leaves the product out where a link has none', () => {
    expect(edgeKey(link('SUPPLIES', 'F-1', 'F-2', 'P-1'))).toBe('SUPPLIES:F-1:F-2:P-1');
    expect(edgeKey(link('COOPERATES_WITH', 'F-1', 'F-2', null))).toBe('COOPERATES_WITH:F-1:F-2');
  });
});

describe('toSerializedGraph', () => {
  it('keeps node order, takes the first row of a key, and de-duplicates edges by key', () => {
    const graph = toSerializedGraph(
      [
        { key: 'F-2', attributes: attributes('B', 'CZ') },
        { key: 'F-1', attributes: attributes('A', 'DE') },
        { key: 'F-2', attributes: attributes('B again', 'CZ') },
      ],
      [
        link('SUPPLIES', 'F-2', 'F-1', 'P-2', true),
        link('SUPPLIES', 'F-2', 'F-1', 'P-1', true),
        link('SUPPLIES', 'F-2', 'F-1', 'P-1', true),
      ],
    );
    expect(graph.nodes.map((n) => [n.key, n.attributes.label])).toEqual([
      ['F-2', 'B'],
      ['F-1', 'A'],
    ]);
    expect(graph.edges).toEqual([
      { key: 'SUPPLIES:F-2:F-1:P-1', source: 'F-2', target: 'F-1', attributes: { type: 'SUPPLIES', product: 'P-1', crossBorder: true } },
      { key: 'SUPPLIES:F-2:F-1:P-2', source: 'F-2', target: 'F-1', attributes: { type: 'SUPPLIES', product: 'P-2', crossBorder: true } },
    ]);
  });

  it('drops edges whose ends are not among the nodes', () => {
    const graph = toSerializedGraph([{ key: 'F-1', attributes: attributes('A', 'DE') }], [link('MEMBER_OF', 'F-1', 'O-1', null)]);
    expect(graph.edges).toEqual([]);
  });
});

describe('withCrossBorderLinks', () => {
  it('keeps ranked ids with a cross-border link inside the set, plus the centre, in rank order', () => {
    const ranked = ['F-1', 'F-2', 'F-3', 'F-4'];
    // F-4 -> F-9 leaves the set, so it does not count.
    const kept = withCrossBorderLinks(ranked, [link('SUPPLIES', 'F-3', 'F-2', 'P-1'), link('SUPPLIES', 'F-4', 'F-9', 'P-1')], 'F-1');
    expect(kept).toEqual(['F-1', 'F-2', 'F-3']);
  });

  it('without a centre, keeps only linked ids', () => {
    expect(withCrossBorderLinks(['F-1', 'F-2'], [])).toEqual([]);
  });
});
