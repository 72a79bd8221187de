// How alternative suppliers and cooperation candidates are ranked: a sum of points (0..100) whose
// parts are returned with the answer, so a person sees why one firm ranks above another. The
// weights are a judgement, kept in one place: what the product is worth first (the right product,
// complementary offers), then nearness, then the project's aim of cross-border links, then trust
// (an introduction, a shared cluster) and capacity (size, certificates).

/** Beyond this distance a firm gets no points for nearness; the programme area is ~300 km across. */
export const farKm = 300;

const round = (value: number) => Math.round(value * 10) / 10;

/** Linear from `max` points at 0 km to none at `farKm`; none where a coordinate is missing. */
export const distancePoints = (km: number | null, max: number) => (km === null ? 0 : round(max * Math.max(0, 1 - km / farKm)));

const capped = (count: number, each: number, max: number) => Math.min(count * each, max);

const total = (points: object) => round(Object.values(points).reduce((sum: number, value: number) => sum + value, 0));

export const alternativeWeights = {
  sameProduct: 25,
  substitute: 10,
  distance: 20,
  crossBorder: 10,
  size: { micro: 2.5, small: 5, medium: 7.5, large: 10 } as Record<string, number>,
  perOrganisation: 5,
  organisations: 10,
  perCertification: 5,
  certifications: 10,
  introduction: 15,
};

export interface AlternativeFacts {
  sameProduct: boolean;
  distanceKm: number | null;
  crossBorder: boolean;
  size: string | null;
  organisations: string[];
  certifications: string[];
  introducers: string[];
}

export interface AlternativePoints {
  product: number;
  distance: number;
  crossBorder: number;
  size: number;
  organisations: number;
  certifications: number;
  introduction: number;
}

export function scoreAlternative(facts: AlternativeFacts): { score: number; points: AlternativePoints } {
  const w = alternativeWeights;
  const points: AlternativePoints = {
    product: facts.sameProduct ? w.sameProduct : w.substitute,
    distance: distancePoints(facts.distanceKm, w.distance),
    crossBorder: facts.crossBorder ? w.crossBorder : 0,
    size: (facts.size && w.size[facts.size]) || 0,
    organisations: capped(facts.organisations.length, w.perOrganisation, w.organisations),
    certifications: capped(facts.certifications.length, w.perCertification, w.certifications),
    introduction: facts.introducers.length > 0 ? w.introduction : 0,
  };
  return { score: total(points), points };
}

export const cooperationWeights = {
  sameClass: 20,
  sameDivision: 10,
  perProduct: 10,
  products: 30,
  distance: 20,
  crossBorder: 10,
  perOrganisation: 5,
  organisations: 10,
  /** Already trading: they know each other, which makes cooperating easier. */
  trading: 10,
};

export interface CooperationFacts {
  sharedClasses: string[];
  sharedDivisions: string[];
  /** Products that complement: one offers what the other needs, or one's output is the other's input. */
  complementary: number;
  distanceKm: number | null;
  crossBorder: boolean;
  organisations: string[];
  trading: boolean;
}

export interface CooperationPoints {
  sector: number;
  products: number;
  distance: number;
  crossBorder: number;
  organisations: number;
  trading: number;
}

export function scoreCooperation(facts: CooperationFacts): { score: number; points: CooperationPoints } {
  const w = cooperationWeights;
  const points: CooperationPoints = {
    sector: facts.sharedClasses.length > 0 ? w.sameClass : facts.sharedDivisions.length > 0 ? w.sameDivision : 0,
    products: capped(facts.complementary, w.perProduct, w.products),
    distance: distancePoints(facts.distanceKm, w.distance),
    crossBorder: facts.crossBorder ? w.crossBorder : 0,
    organisations: capped(facts.organisations.length, w.perOrganisation, w.organisations),
    trading: facts.trading ? w.trading : 0,
  };
  return { score: total(points), points };
}

/** Best first; equal scores in id order so answers are stable. */
export const byScore = <T extends { score: number; id: string }>(a: T, b: T) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
