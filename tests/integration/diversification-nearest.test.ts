// Which firms are weighed as alternatives when more offer the product than $candidates: the
// nearest, and of firms exactly as far away at the cut, those first by id. The statement sorts by
// distance alone and reads the firms at the cut again only where two are equally far there, so the
// cut is tested with ties, with firms without coordinates and with drafts, for the product's own
// offerers and for the substitutes. $candidates is small here (the service asks for 2,000).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery } from '../../server/src/graph/queries';
import { testDatabase } from '../setup/database';
import { fixture } from '../setup/fixtures';

const findAlternatives = readQuery<{ id: string; sameProduct: boolean; distanceKm: number | null }>('diversification/find-alternatives');

// A needs P and R. On the meridian 13°E: N at 50.1° (11 km), the T firms together at 50.2°
// (22 km; T4 a draft), F at 50.3° (33 km); U1 and U2 have no coordinates (last). All offer P; N,
// U1 and U2 offer R too. Q, of P's and R's category, is offered by the S firms, together at 50.4°
// (45 km), and by W at 50.5°. Firms are added in an
// order unlike their ids, so the database's own order at a tie is not the id order by chance.
const graph = fixture().product('P', { category: 'machined' }).product('Q', { category: 'machined' }).product('R', { category: 'machined' });
const firms: [id: string, lat: number | null, offers: string[]][] = [
  ['F-A', 50, []],
  ['F-N', 50.1, ['P', 'R']],
  ['F-T3', 50.2, ['P']],
  ['F-T1', 50.2, ['P']],
  ['F-T4', 50.2, ['P']],
  ['F-T2', 50.2, ['P']],
  ['F-F', 50.3, ['P']],
  ['F-U2', null, ['P', 'R']],
  ['F-U1', null, ['P', 'R']],
  ['F-S2', 50.4, ['Q']],
  ['F-S3', 50.4, ['Q']],
  ['F-S1', 50.4, ['Q']],
  ['F-W', 50.5, ['Q']],
];
for (const [id, lat, offers] of firms) {
  graph.firm(id, { district: 'DED41', ...(lat === null ? {} : { lat, lon: 13 }), ...(id === 'F-T4' ? { published: false } : {}) }).offers(id, ...offers);
}
graph.needs('F-A', 'P').needs('F-A', 'R');

const db = testDatabase();
beforeAll(async () => {
  await db.reset();
  await graph.load(db.runner);
});
afterAll(() => db.close());

/** The ids weighed: the product's offerers, then substitutes, each nearest first and by id; staff see drafts, visitors do not. */
const weighed = async (product: string, candidates: number, staff = false) =>
  (await db.runner.run(findAlternatives, { firm: 'F-A', product, candidates, drafts: staff ? null : [] }))
    .map((row) => ({ id: row.id, same: row.sameProduct, km: row.distanceKm === null ? null : Math.round(row.distanceKm) }))
    .sort((a, b) => Number(b.same) - Number(a.same) || (a.km ?? Infinity) - (b.km ?? Infinity) || a.id.localeCompare(b.id))
    .map((row) => `${row.id}${row.same ? '' : ' (substitute)'}`);

describe('diversification/find-alternatives: the candidates at the cut', () => {
  it('takes the nearest, and of equally far firms at the cut the first by id', async () => {
    expect(await weighed('P', 1)).toEqual(['F-N']);
    expect(await weighed('P', 2)).toEqual(['F-N', 'F-T1']);
    expect(await weighed('P', 3)).toEqual(['F-N', 'F-T1', 'F-T2']);
    expect(await weighed('P', 4)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3']);
    expect(await weighed('P', 5)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-F']);
  });

  it('counts a draft the asker may not see nowhere, and one staff may see like any firm', async () => {
    expect(await weighed('P', 4, true)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3']);
    expect(await weighed('P', 5, true)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-T4']);
    expect(await weighed('P', 6, true)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-T4', 'F-F']);
  });

  it('puts firms without coordinates last, by id', async () => {
    expect(await weighed('P', 6)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-F', 'F-U1']);
    expect(await weighed('P', 7)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-F', 'F-U1', 'F-U2']);
    // R's offerers: N, then U1 and U2 at no distance at all, so the cut falls among them.
    expect(await weighed('R', 2)).toEqual(['F-N', 'F-U1']);
  });

  it('fills the room left with substitutes, nearest first and by id at the cut', async () => {
    expect(await weighed('P', 8)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-F', 'F-U1', 'F-U2', 'F-S1 (substitute)']);
    expect(await weighed('P', 9)).toEqual(['F-N', 'F-T1', 'F-T2', 'F-T3', 'F-F', 'F-U1', 'F-U2', 'F-S1 (substitute)', 'F-S2 (substitute)']);
    expect(await weighed('P', 11)).toEqual([
      'F-N', 'F-T1', 'F-T2', 'F-T3', 'F-F', 'F-U1', 'F-U2', 'F-S1 (substitute)', 'F-S2 (substitute)', 'F-S3 (substitute)', 'F-W (substitute)',
    ]);
  });
});
