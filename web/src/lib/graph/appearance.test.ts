import { describe, expect, it } from 'vitest';
import { applyAppearance, countryColors, kindColors, linkColors, otherColor, palette } from './appearance';
import { testGraph } from './test-graph';

describe('applyAppearance', () => {
  it('colours by kind with fixed colours and lists each kind in the legend', () => {
    const graph = testGraph({ A: { kind: 'firm' }, B: { kind: 'firm' }, I: { kind: 'institute' } }, [['A', 'B']]);
    const legend = applyAppearance(graph, 'kind', 'degree');
    expect(legend).toEqual([
      { key: 'firm', color: kindColors.firm, count: 2 },
      { key: 'institute', color: kindColors.institute, count: 1 },
    ]);
    expect(graph.getNodeAttribute('I', 'color')).toBe(kindColors.institute);
  });

  it('colours by country, with nodes of no country as "other"', () => {
    const graph = testGraph({ A: { country: 'DE' }, B: { country: 'CZ' }, C: { country: null } }, []);
    const legend = applyAppearance(graph, 'country', 'degree');
    expect(legend.map((e) => e.key)).toEqual(['CZ', 'DE', 'other']);
    expect(graph.getNodeAttribute('B', 'color')).toBe(countryColors.CZ);
    expect(graph.getNodeAttribute('C', 'color')).toBe(otherColor);
  });

  it('gives the most frequent sectors the palette and the rest one grey', () => {
    const nodes = Object.fromEntries(
      Array.from({ length: palette.length + 2 }, (_, i) => [`N${i}`, { sectorDivision: `C${10 + i}` }]),
    );
    nodes.EXTRA = { sectorDivision: 'C10' };
    const legend = applyAppearance(testGraph(nodes, []), 'sector', 'degree');
    expect(legend[0]).toEqual({ key: 'C10', color: palette[0], count: 2 });
    expect(legend.at(-1)).toEqual({ key: 'other', color: otherColor, count: 2 });
    expect(legend).toHaveLength(palette.length + 1);
  });

  it('sizes by degree between 3 and 16 pixels, the best connected largest', () => {
    const graph = testGraph({ hub: {}, a: {}, b: {}, c: {}, lone: {} }, [['hub', 'a'], ['hub', 'b'], ['hub', 'c']]);
    applyAppearance(graph, 'kind', 'degree');
    expect(graph.getNodeAttribute('hub', 'size')).toBe(16);
    expect(graph.getNodeAttribute('lone', 'size')).toBe(3);
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(3);
  });

  it('sizes by employees, using the size class where the number is unknown', () => {
    const graph = testGraph({ big: { employees: 900 }, classed: { sizeClass: 'medium' }, none: {} }, []);
    applyAppearance(graph, 'kind', 'employees');
    expect(graph.getNodeAttribute('big', 'size')).toBe(16);
    expect(graph.getNodeAttribute('classed', 'size')).toBeGreaterThan(graph.getNodeAttribute('none', 'size'));
  });

  it('marks cross-border links in their own colour and a little thicker', () => {
    const graph = testGraph({ A: {}, B: {}, C: {} }, [['A', 'B'], ['B', 'C', 'COOPERATES_WITH']]);
    graph.setEdgeAttribute('SUPPLIES:A:B', 'crossBorder', true);
    applyAppearance(graph, 'kind', 'degree');
    expect(graph.getEdgeAttributes('SUPPLIES:A:B')).toMatchObject({ color: linkColors.crossBorder, size: 1.6 });
    expect(graph.getEdgeAttributes('COOPERATES_WITH:B:C')).toMatchObject({ color: linkColors.COOPERATES_WITH, size: 1 });
  });
});
