// Partner matching: trade across the border, cooperation candidates, institutes to contact.
import { Type, type Static } from '@sinclair/typebox';
import { ActorRef, ConfirmedOnlyQuery, InstituteMatch, ProductRef, ScorePart, nullable } from './analytics';
import { Id, LangQuery } from './common';

export const MatchingQuery = Type.Object(
  {
    firm: Type.String({ ...Id, description: 'The firm looking for partners', examples: ['F-001019'] }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Most partners listed (per direction for trade)' })),
    ...ConfirmedOnlyQuery,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type MatchingQuery = Static<typeof MatchingQuery>;

const TradeMatches = Type.Object({
  total: Type.Integer(),
  matches: Type.Array(Type.Object({ partner: ActorRef, product: ProductRef, distanceKm: nullable(Type.Number()) }), {
    description: 'Nearest first',
  }),
});

export const TradePartners = Type.Object({
  firm: ActorRef,
  buy: Type.Object(TradeMatches.properties, { description: 'Firms across the border that offer what this firm needs and do not supply it yet' }),
  sell: Type.Object(TradeMatches.properties, { description: 'Firms across the border that need what this firm offers and do not get it from it yet' }),
});
export type TradePartners = Static<typeof TradePartners>;

export const CooperationCandidate = Type.Object({
  partner: ActorRef,
  score: Type.Number({ description: 'Sum of the parts, 0..100' }),
  parts: Type.Object({
    sector: Type.Object({
      sharedClasses: Type.Array(Type.String()),
      sharedDivisions: Type.Array(Type.String()),
      points: Type.Number(),
    }),
    products: Type.Object({
      offersYouNeed: Type.Array(ProductRef),
      needsYouOffer: Type.Array(ProductRef),
      inputLinked: Type.Array(ProductRef, { description: 'Products it offers that go into, or are made from, products this firm offers' }),
      points: Type.Number(),
    }),
    distance: ScorePart('km', nullable(Type.Number())),
    crossBorder: ScorePart('value', Type.Boolean()),
    organisations: ScorePart('shared', Type.Array(ActorRef)),
    trading: ScorePart('value', Type.Boolean({ description: 'They trade with each other already' })),
  }),
});
export type CooperationCandidate = Static<typeof CooperationCandidate>;

export const CooperationCandidates = Type.Object({
  firm: ActorRef,
  candidates: Type.Array(CooperationCandidate),
  totalCandidates: Type.Integer(),
});
export type CooperationCandidates = Static<typeof CooperationCandidates>;

export const InstitutesAnswer = Type.Object({ firm: ActorRef, institutes: Type.Array(InstituteMatch) });
export type InstitutesAnswer = Static<typeof InstitutesAnswer>;
