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
});
