// How concentrated an HHI (0..10 000) is, by the thresholds competition authorities use
// (US merger guidelines: below 1 500 unconcentrated, above 2 500 highly concentrated).
export type HhiLevel = 'low' | 'moderate' | 'high';

export const hhiLevel = (hhi: number): HhiLevel => (hhi < 1500 ? 'low' : hhi <= 2500 ? 'moderate' : 'high');
