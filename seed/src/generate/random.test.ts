import { describe, expect, it } from 'vitest';
import { Random, WeightedTable } from './random';

describe('Random', () => {
  it('repeats its sequence for a seed and forks independent streams', () => {
    const draw = (random: Random) => Array.from({ length: 5 }, () => random.next());
    expect(draw(new Random(7))).toEqual(draw(new Random(7)));
    expect(draw(new Random(7))).not.toEqual(draw(new Random(8)));
    expect(draw(new Random(7).fork('a'))).toEqual(draw(new Random(7).fork('a')));
    expect(draw(new Random(7).fork('a'))).not.toEqual(draw(new Random(7).fork('b')));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = new Random(1);
    const values = Array.from({ length: 40_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = [0, 0, 0, 0];
    for (const value of values) buckets[Math.floor(value * 4)]!++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('draws from a weighted table in proportion to the weights', () => {
    const table = new WeightedTable(['a', 'b', 'c'], [1, 3, 0]);
    const random = new Random(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.draw(random) as 'a' | 'b' | 'c']++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });
});
