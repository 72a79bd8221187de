// The questions the service asks itself before it answers anyone (server/src/warm-up.ts): each must
// be a valid question that the API answers, or its plan would not be prepared.
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../server/src/warm-up';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

const api = apiOver(
  fixture()
    .firm('F-A', { district: 'DED41', sector: 'C25.62' })
    .firm('F-B', { district: 'CZ042', sector: 'C28.41' })
    .firm('F-C', { district: 'DED21', sector: 'C24.10' })
    .product('P-1', { name: 'Drehteile', category: 'machining' })
    .product('P-2', { name: 'Stahl', category: 'steel' })
    .supplies('F-B', 'F-A', 'P-1')
    .supplies('F-C', 'F-B', 'P-2')
    .needs('F-A', 'P-2'),
);

describe('warm-up after a start', () => {
  it('asks every analytical question once, and each is answered', async () => {
    expect(await warmUp(api.app())).toEqual({ asked: 13, failed: [] });
  });
});
