import { describe, expect, it } from 'vitest';
import { concentration } from './concentration';

describe('concentration', () => {
  it('is 10 000 when every link comes from one place', () => {
    expect(concentration(['DE', 'DE', 'DE'], (c) => c)).toEqual({ hhi: 10_000, shares: [{ id: 'DE', links: 3, share: 1 }] });
  });

  it('sums squared percentage shares, largest share first', () => {
    // 3 of 4 from DE, 1 of 4 from CZ: 75² + 25² = 6250.
    expect(concentration(['CZ', 'DE', 'DE', 'DE'], (c) => c)).toEqual({
      hhi: 6250,
      shares: [
        { id: 'DE', links: 3, share: 0.75 },
        { id: 'CZ', links: 1, share: 0.25 },
      ],
    });
  });

  it('weighs items that stand for several links', () => {
    expect(concentration([{ c: 'DE', n: 3 }, { c: 'CZ', n: 1 }], (x) => x.c, (x) => x.n)).toEqual(concentration(['CZ', 'DE', 'DE', 'DE'], (c) => c));
  });

  it('has no index without links and counts links without a key as unknown', () => {
    expect(concentration([], (c: string) => c)).toEqual({ hhi: null, shares: [] });
    expect(concentration([null, 'CZ042'], (c) => c).shares.map((s) => s.id)).toEqual(['CZ042', 'unknown']);
  });

  it('never counts two links of unknown place as one place', () => {
    // Two unknown and two from DE: 50² + 25² + 25² = 3750, not 50² + 50² = 5000.
    expect(concentration([null, null, 'DE', 'DE'], (c) => c).hhi).toBe(3750);
    expect(concentration([{ c: null, n: 2 }, { c: 'DE', n: 2 }], (x) => x.c, (x) => x.n).hhi).toBe(5000);
  });
});
