import { describe, expect, it } from 'vitest';
import { shorten } from './labels';

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
