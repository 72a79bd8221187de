import { describe, expect, it } from 'vitest';
import { drawingOrder, labelOrder } from './flat-renderer';

const node = (label: string, x: number, y: number, size: number, forceLabel = false, hidden = false) => ({ label, x, y, size, forceLabel, hidden });

describe('the overview drawn on 2D canvases', () => {
  it('draws by zIndex, the larger node under the smaller one of the same zIndex', () => {
    const drawn = drawingOrder([
      { key: 'small', zIndex: 0, size: 4 },
      { key: 'selected', zIndex: 2, size: 4 },
      { key: 'large', zIndex: 0, size: 20 },
      { key: 'neighbour', zIndex: 1, size: 8 },
    ]);
    expect(drawn.map((n) => n.key)).toEqual(['large', 'small', 'neighbour', 'selected']);
  });

  it('labels forced nodes first, then the largest node of each cell drawn large enough on the canvas', () => {
    const labelled = labelOrder(
      [
        node('A', 10, 10, 20),
        // Same 170 px cell as A, smaller: no label.
        node('B', 60, 60, 15),
        // Same cell, but forced (the node pointed at): labelled, and first.
        node('C', 90, 90, 5, true),
        // Its own cell, too small for the threshold.
        node('D', 400, 10, 9),
        // Its own cell, large enough.
        node('E', 400, 300, 12),
        // Off the canvas, or hidden, or without a name.
        node('F', 2000, 10, 30),
        node('G', 700, 10, 30, false, true),
        { ...node('H', 700, 500, 30), label: null },
      ],
      10,
      170,
      1000,
      700,
    );
    expect(labelled.map((n) => n.label)).toEqual(['C', 'A', 'E']);
  });
});
