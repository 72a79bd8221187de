import { expect, it } from 'vitest';
import { hhiLevel } from './hhi';

it('reads an HHI as low, moderate or high concentration', () => {
  expect([0, 1499, 1500, 2500, 2501, 10_000].map(hhiLevel)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high']);
});
