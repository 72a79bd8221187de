import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics';
import { testGraph } from './test-graph';

describe('computeMetrics', () => {
  // Two triangles joined through H: H is the broker, and the triangles are the communities.
  const graph = testGraph(
    { A: {}, B: {}, C: {}, H: {}, X: {}, Y: {}, Z: {} },
    [
      ['A', 'B'], ['B', 'C'], ['C', 'A'],
      ['X', 'Y'], ['Y', 'Z'], ['Z', 'X'],
      ['C', 'H'], ['H', 'X'],
      // A second link between the same two firms counts once.
      ['A', 'B', 'COOPERATES_WITH'],
    ],
  );

  it('counts distinct partners as the degree, whatever the direction or number of links', () => {
    expect(computeMetrics(graph).degree).toEqual({ A: 2, B: 2, C: 3, H: 2, X: 3, Y: 2, Z: 2 });
  });

  it('gives the broker between the two groups the highest betweenness', () => {
    const { betweenness } = computeMetrics(graph);
    const ranked = Object.entries(betweenness).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]![0]).toBe('H');
    expect(betweenness.A).toBe(0);
  });

  it('finds the two triangles as communities, the same ones on every run', () => {
    const first = computeMetrics(graph).community;
    expect(first.A).toBe(first.B);
    expect(first.B).toBe(first.C);
    expect(first.X).toBe(first.Y);
    expect(first.A).not.toBe(first.X);
    expect(computeMetrics(graph).community).toEqual(first);
  });

  it('gives every node of a graph without links its own community', () => {
    const metrics = computeMetrics(testGraph({ A: {}, B: {} }, []));
    expect(metrics.communityCount).toBe(2);
    expect(metrics.betweenness).toEqual({ A: 0, B: 0 });
  });
});
