import { describe, expect, it } from 'vitest';
import { byScore, distancePoints, scoreAlternative, scoreCooperation } from './scores';

describe('distancePoints', () => {
  it('falls linearly from the maximum at 0 km to none at 300 km and beyond, none without coordinates', () => {
    expect([0, 150, 300, 450].map((km) => distancePoints(km, 20))).toEqual([20, 10, 0, 0]);
    expect(distancePoints(null, 20)).toBe(0);
  });
});

describe('scoreAlternative', () => {
  const base = { sameProduct: true, distanceKm: null, crossBorder: false, size: null, organisations: [], certifications: [], introducers: [] };

  it('adds up the parts and caps organisations and certifications', () => {
    const { score, points } = scoreAlternative({
      ...base,
      distanceKm: 30,
      crossBorder: true,
      size: 'large',
      organisations: ['O-1', 'O-2', 'O-3'],
      certifications: ['ISO 9001', 'IATF 16949', 'ISO 14001'],
      introducers: ['F-9'],
    });
    expect(points).toEqual({ product: 25, distance: 18, crossBorder: 10, size: 10, organisations: 10, certifications: 10, introduction: 15 });
    expect(score).toBe(98);
  });

  it('gives a substitute fewer points than the product itself and nothing for unknown facts', () => {
    expect(scoreAlternative({ ...base, sameProduct: false, size: 'unknown' })).toEqual({
      score: 10,
      points: { product: 10, distance: 0, crossBorder: 0, size: 0, organisations: 0, certifications: 0, introduction: 0 },
    });
  });
});

describe('scoreCooperation', () => {
  it('prefers a shared class over a shared division and caps complementary products', () => {
    const facts = { sharedClasses: [], sharedDivisions: ['C25'], complementary: 5, distanceKm: 0, crossBorder: false, organisations: ['O-1'], trading: true };
    expect(scoreCooperation(facts)).toEqual({
      score: 75,
      points: { sector: 10, products: 30, distance: 20, crossBorder: 0, organisations: 5, trading: 10 },
    });
    expect(scoreCooperation({ ...facts, sharedClasses: ['C25.62'] }).points.sector).toBe(20);
  });
});

describe('byScore', () => {
  it('orders best first and equal scores by id', () => {
    const rows = [
      { id: 'F-2', score: 5 },
      { id: 'F-3', score: 9 },
      { id: 'F-1', score: 5 },
    ];
    expect(rows.sort(byScore).map((r) => r.id)).toEqual(['F-3', 'F-1', 'F-2']);
  });
});
