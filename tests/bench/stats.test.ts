import { describe, expect, it } from 'vitest';
import { percentile, summarize, table } from './stats';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 10)).toBe(1);
  });

  it('summarizes unsorted samples', () => {
    expect(summarize([30, 10, 20])).toEqual({ count: 3, p50: 20, p95: 30, p99: 30, mean: 20 });
  });
});

describe('table', () => {
  it('aligns a header and rows', () => {
    expect(table(['query', 'p50'], [['search', 1.234], ['ego-2', 123.4]])).toBe(
      ['query    p50', '------  ----', 'search  1.23', 'ego-2    123'].join('\n'),
    );
  });
});
