// Alternative suppliers for a product a firm needs, ranked by a score whose parts are shown.
import { Type, type Static } from '@sinclair/typebox';
import { ActorRef, InstituteMatch, ProductRef, ScorePart, nullable } from './analytics';
import { Id, LangQuery } from './common';

export const DiversificationQuery = Type.Object(
  {
    firm: Type.String({ ...Id, description: 'The firm looking for more suppliers', examples: ['F-001019'] }),
    product: Type.String({ ...Id, description: 'A product it needs', examples: ['P-STEEL-BAR'] }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Most alternatives listed' })),
    institutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 50, default: 10, description: 'Most institutes listed' })),
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type DiversificationQuery = Static<typeof DiversificationQuery>;

export const Alternative = Type.Object({
  firm: ActorRef,
  offers: Type.Array(ProductRef, { description: 'The product itself, or products of its category that can replace it' }),
  score: Type.Number({ description: 'Sum of the parts, 0..100', examples: [72.5] }),
  parts: Type.Object({
    product: ScorePart('sameProduct', Type.Boolean({ description: 'Offers the product itself, not only a substitute' })),
    distance: ScorePart('km', nullable(Type.Number({ description: 'Straight-line distance between the firms' }))),
    crossBorder: ScorePart('value', Type.Boolean({ description: 'In the other country (DE–CZ)' })),
    size: ScorePart('value', nullable(Type.String())),
    organisations: ScorePart('shared', Type.Array(ActorRef, { description: 'Clusters and organisations both are members of' })),
    certifications: ScorePart('held', Type.Array(Type.String())),
    introduction: ScorePart(
      'introducers',
      Type.Array(ActorRef, { description: 'Suppliers, customers or partners of the firm that already trade or cooperate with this one' }),
    ),
  }),
});
export type Alternative = Static<typeof Alternative>;

export const Diversification = Type.Object({
  firm: ActorRef,
  product: ProductRef,
  currentSuppliers: Type.Array(ActorRef),
  alternatives: Type.Array(Alternative),
  totalAlternatives: Type.Integer(),
  institutes: Type.Array(InstituteMatch, { description: 'R&D institutes that research the product, its category or the firm’s sector' }),
});
export type Diversification = Static<typeof Diversification>;
