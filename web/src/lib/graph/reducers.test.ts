import { describe, expect, it } from 'vitest';
import { activeNode, changedNodes, displayChange, edgeDisplay, noHighlight, nodeDisplay, type Highlight } from './reducers';
import { testGraph } from './test-graph';

const graph = testGraph({ A: {}, B: {}, C: { sizeClass: 'large' } }, [['A', 'B'], ['B', 'C', 'COOPERATES_WITH']]);
const node = (key: string, highlight = noHighlight) => nodeDisplay(graph, key, graph.getNodeAttributes(key), highlight);
const edge = (key: string, highlight = noHighlight) => edgeDisplay(graph, key, graph.getEdgeAttributes(key), highlight);

describe('reducers', () => {
  it('draw supply links as arrows and cooperations as lines', () => {
    expect(edge('SUPPLIES:A:B').type).toBe('arrow');
    expect(edge('COOPERATES_WITH:B:C').type).toBe('line');
  });

  it('bring out the hovered node and its neighbours and fade the rest', () => {
    const hover = { ...noHighlight, hovered: 'A' };
    expect(node('A', hover)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('B', hover)).toMatchObject({ forceLabel: true });
    expect(node('C', hover)).toMatchObject({ color: '#e3e7ec', label: null });
    // Links stay as they are: GraphCanvas draws the active node's links over faded ones.
    expect(edge('COOPERATES_WITH:B:C', hover)).toEqual(edge('COOPERATES_WITH:B:C'));
    expect(activeNode(graph, hover)).toBe('A');
    expect(activeNode(graph, { ...hover, hovered: 'X' })).toBeNull();
  });

  it('tell which changes of the highlight redraw the nodes only, or nothing', () => {
    const change = (a: Partial<typeof noHighlight>, b: Partial<typeof noHighlight>) => displayChange(graph, { ...noHighlight, ...a }, { ...noHighlight, ...b });
    expect(change({}, { selected: 'B', pathNodes: new Set() })).toBe('nodes');
    // Selecting the node under the pointer changes nothing drawn; leaving it unlabels the neighbours.
    expect(change({ hovered: 'B' }, { hovered: 'B', selected: 'B' })).toBe('none');
    expect(change({ hovered: 'B', selected: 'B' }, { selected: 'B' })).toBe('nodes');
    expect(change({ selected: 'X' }, {})).toBe('none');
    expect(change({}, { centre: 'A' })).toBe('nodes');
    expect(change({}, { pathNodes: new Set(['A']) })).toBe('all');
    expect(change({}, { hidden: () => true })).toBe('all');
  });

  it('name the nodes a change of the node pointed at redraws', () => {
    const wider = testGraph({ A: {}, B: {}, C: {}, D: {} }, [['A', 'B'], ['B', 'C', 'COOPERATES_WITH']]);
    const changed = (a: Partial<Highlight>, b: Partial<Highlight>) => {
      const nodes = changedNodes(wider, { ...noHighlight, ...a }, { ...noHighlight, ...b });
      return nodes === 'every' ? nodes : [...nodes].sort();
    };
    // D stays faded from one node pointed at to another.
    expect(changed({ hovered: 'A' }, { hovered: 'C' })).toEqual(['A', 'B', 'C']);
    expect(changed({ hovered: 'A', selected: 'A' }, { selected: 'A' })).toEqual(['A', 'B']);
    expect(changed({}, { hovered: 'A' })).toBe('every');
    expect(changed({ selected: 'C' }, {})).toBe('every');
    expect(changed({ pathNodes: new Set(['A', 'B']) }, { pathNodes: new Set(['A', 'B']), centre: 'D' })).toEqual(['D']);
    // Every pair of these highlights: a node drawn differently after the change is among those named.
    const highlights: Partial<Highlight>[] = [{}, { hovered: 'A' }, { hovered: 'B', selected: 'D' }, { selected: 'C' }, { selected: 'A', centre: 'B' }, { centre: 'C' }, { hovered: 'X' }];
    for (const a of highlights) {
      for (const b of highlights) {
        const [before, after] = [{ ...noHighlight, ...a }, { ...noHighlight, ...b }];
        if (displayChange(wider, before, after) !== 'nodes') continue;
        const named = changedNodes(wider, before, after);
        const differ = wider.filterNodes((key, attributes) => JSON.stringify(nodeDisplay(wider, key, attributes, before)) !== JSON.stringify(nodeDisplay(wider, key, attributes, after)));
        for (const key of differ) expect(named === 'every' || named.has(key), `${key} from ${JSON.stringify(a)} to ${JSON.stringify(b)}`).toBe(true);
      }
    }
  });

  it('keep the selection when nothing is hovered', () => {
    expect(node('C', { ...noHighlight, selected: 'C' })).toMatchObject({ highlighted: true });
    expect(node('A', { ...noHighlight, selected: 'C' })).toMatchObject({ label: null });
  });

  it('bring out a path and fade what is not on it', () => {
    const path = { ...noHighlight, pathNodes: new Set(['A', 'B']), pathEdges: new Set(['SUPPLIES:A:B']) };
    expect(node('A', path)).toMatchObject({ forceLabel: true });
    expect(node('C', path)).toMatchObject({ label: null });
    expect(edge('SUPPLIES:A:B', path)).toMatchObject({ size: 3 });
    expect(edge('COOPERATES_WITH:B:C', path).color).toBe('#eef1f4');
  });

  it('hide filtered nodes and their links', () => {
    const onlyLarge = { ...noHighlight, hidden: (a: { sizeClass: string | null }) => a.sizeClass !== 'large' };
    expect(node('A', onlyLarge).hidden).toBe(true);
    expect(node('C', onlyLarge).hidden).toBeUndefined();
    expect(edge('COOPERATES_WITH:B:C', onlyLarge).hidden).toBe(true);
  });
});

describe('the centre of an ego network', () => {
  it('is always named and stands out', () => {
    expect(node('B', { ...noHighlight, centre: 'B' })).toMatchObject({ highlighted: true, forceLabel: true });
  });
});
