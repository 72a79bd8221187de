// Multi-hop supplier paths: a firm's supply tree, chains from a firm to a product it needs, and the
// shortest chains between two firms. Every path comes as ordered steps.
import { Type, type Static } from '@sinclair/typebox';
import { ActorRef, ConfirmedOnlyQuery, IdList, Path, ProductRef, Step } from './analytics';
import { Id, LangQuery } from './common';

const Firm = (description: string) => Type.String({ ...Id, description, examples: ['F-001019'] });
const MaxHops = Type.Optional(Type.Integer({ minimum: 1, maximum: 6, default: 4, description: 'Longest chain, in links' }));
const Paths = Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 3, description: 'How many chains, shortest first' }));

export const SupplierTreeQuery = Type.Object(
  {
    firm: Firm('The firm whose suppliers, their suppliers and so on are asked for'),
    k: Type.Optional(Type.Integer({ minimum: 1, maximum: 6, default: 3, description: 'Tiers upstream' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 500, description: 'Most suppliers listed, nearest tier first' })),
    ...ConfirmedOnlyQuery,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type SupplierTreeQuery = Static<typeof SupplierTreeQuery>;

export const SupplierTree = Type.Object({
  firm: ActorRef,
  k: Type.Integer(),
  suppliers: Type.Array(Type.Object({ firm: ActorRef, tier: Type.Integer({ description: '1 = direct supplier' }) })),
  links: Type.Array(Step, { description: 'Supply links into the firm and into each supplier listed below tier k' }),
  totalSuppliers: Type.Integer(),
  truncated: Type.Boolean(),
});
export type SupplierTree = Static<typeof SupplierTree>;

export const ChainsQuery = Type.Object(
  {
    firm: Firm('The firm that needs the product'),
    product: Type.String({ ...Id, description: 'A product the firm needs', examples: ['P-STEEL-BAR'] }),
    k: Paths,
    maxHops: MaxHops,
    crossBorder: Type.Optional(Type.Boolean({ default: false, description: 'Only chains with at least one DE–CZ link' })),
    regions: Type.Optional(IdList('Every supplier on the chain lies in one of these regions (NUTS, any level)', 'DED4,CZ04')),
    sectors: Type.Optional(IdList('Every supplier on the chain is in one of these sectors (NACE, any level)', 'C25,C28')),
    avoid: Type.Optional(IdList('Firms no chain may pass through', 'F-000015')),
    ...ConfirmedOnlyQuery,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type ChainsQuery = Static<typeof ChainsQuery>;

export const Chains = Type.Object({
  firm: ActorRef,
  product: ProductRef,
  paths: Type.Array(Path, { description: 'From the firm upstream; the last supplier offers the product' }),
});
export type Chains = Static<typeof Chains>;

export const BetweenQuery = Type.Object(
  {
    from: Firm('One firm'),
    to: Firm('The other firm'),
    k: Paths,
    maxHops: MaxHops,
    types: Type.Optional(
      Type.String({
        pattern: '^(SUPPLIES|COOPERATES_WITH)(,(SUPPLIES|COOPERATES_WITH))?$',
        default: 'SUPPLIES,COOPERATES_WITH',
        description: 'Links to follow (in either direction)',
      }),
    ),
    ...ConfirmedOnlyQuery,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type BetweenQuery = Static<typeof BetweenQuery>;

export const Between = Type.Object({ from: ActorRef, to: ActorRef, paths: Type.Array(Path) });
export type Between = Static<typeof Between>;
