import { describe, expect, it } from 'vitest';
import { placeLabel, shorten } from './labels';

// Every character 7 px wide, the ellipsis too.
const monospace = { measureText: (text: string) => ({ width: text.length * 7 }) as TextMetrics };

describe('labels', () => {
  it('stay whole when they fit', () => {
    expect(shorten(monospace, 'Richter Stahlwerk AG', 170)).toBe('Richter Stahlwerk AG');
  });

  it('are cut with an ellipsis to the width', () => {
    const label = 'Herstellung von Metallerzeugnissen · Erzgebirgskreis';
    const short = shorten(monospace, label, 170);
    expect(short).toBe('Herstellung von Metalle…');
    expect(short.length * 7).toBeLessThanOrEqual(170);
  });
});

describe('label placement', () => {
  const node = { x: 100, y: 100, size: 5 };

  it('puts a label right of its node', () => {
    expect(placeLabel(node, 60, 14, 800, [])).toEqual({ left: 108, right: 168, top: 93, bottom: 107 });
  });

  it('puts it left where it would leave the canvas on the right', () => {
    expect(placeLabel({ ...node, x: 780 }, 60, 14, 800, [])).toEqual({ left: 712, right: 772, top: 93, bottom: 107 });
  });

  it('puts it left where another label lies on the right, and leaves it out where both sides are taken', () => {
    const taken = [{ left: 150, right: 250, top: 95, bottom: 109 }];
    expect(placeLabel(node, 60, 14, 800, taken)).toEqual({ left: 32, right: 92, top: 93, bottom: 107 });
    expect(placeLabel(node, 60, 14, 800, [...taken, { left: 0, right: 60, top: 100, bottom: 114 }])).toBeNull();
  });

  it('keeps a label that only shares a row with others apart from them', () => {
    expect(placeLabel(node, 60, 14, 800, [{ left: 108, right: 168, top: 107, bottom: 121 }])).not.toBeNull();
  });

  it('always places the selected node’s label', () => {
    const everywhere = [{ left: 0, right: 800, top: 0, bottom: 800 }];
    expect(placeLabel(node, 60, 14, 800, everywhere, true)).toEqual({ left: 108, right: 168, top: 93, bottom: 107 });
  });
});
