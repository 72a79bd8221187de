// Single-source and concentration risk, for one firm and for an area (sector, region, cluster).
import { Type, type Static } from '@sinclair/typebox';
import { ActorRef, ConfirmedOnlyQuery, ProductRef, nullable } from './analytics';
import { Id, LangQuery } from './common';
import { maxTier } from '../metrics/tiers';

export const FirmRiskQuery = Type.Object(
  { firm: Type.String({ ...Id, description: 'The firm whose sourcing is checked', examples: ['F-001019'] }), ...ConfirmedOnlyQuery, ...LangQuery },
  { additionalProperties: false },
);
export type FirmRiskQuery = Static<typeof FirmRiskQuery>;

export const riskFlags = ['NO_SUPPLIER', 'SINGLE_SOURCE', 'ONE_COUNTRY', 'ONE_DISTRICT'] as const;
export type RiskFlag = (typeof riskFlags)[number];

export const ProductRisk = Type.Object({
  product: ProductRef,
  suppliers: Type.Array(ActorRef),
  countries: Type.Array(Type.String()),
  districts: Type.Array(Type.String()),
  offeredBy: Type.Integer({ description: 'Other firms that offer the product, current suppliers included' }),
  risks: Type.Array(Type.Union(riskFlags.map((flag) => Type.Literal(flag))), {
    description:
      'NO_SUPPLIER: nobody supplies it yet; SINGLE_SOURCE: one supplier; ONE_COUNTRY / ONE_DISTRICT: several suppliers, all in one country / district',
    examples: [['SINGLE_SOURCE']],
  }),
});
export type ProductRisk = Static<typeof ProductRisk>;

export const FirmRisk = Type.Object({
  firm: ActorRef,
  products: Type.Array(ProductRisk, { description: 'Every product the firm needs, fewest suppliers first' }),
});
export type FirmRisk = Static<typeof FirmRisk>;

export const AreaRiskQuery = Type.Object(
  {
    sector: Type.Optional(Type.String({ ...Id, description: 'NACE code at any level', examples: ['C25'] })),
    region: Type.Optional(Type.String({ ...Id, description: 'NUTS code at any level', examples: ['DED4'] })),
    cluster: Type.Optional(Type.String({ ...Id, description: 'Id of a cluster or other organisation: its member firms', examples: ['O-AMZ'] })),
    k: Type.Optional(
      Type.Integer({ minimum: 1, maximum: maxTier, default: Math.min(3, maxTier), description: 'Supply tiers over which critical firms count their dependants' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20, description: 'Most products and critical firms listed' })),
    ...ConfirmedOnlyQuery,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type AreaRiskQuery = Static<typeof AreaRiskQuery>;

const Concentration = Type.Object({
  hhi: nullable(Type.Integer({ description: 'Herfindahl–Hirschman index 0..10 000 over supply links (no volumes: each link counts once)' })),
  shares: Type.Array(Type.Object({ id: Type.String(), links: Type.Integer(), share: Type.Number({ description: '0..1' }) })),
});

export const AreaRisk = Type.Object({
  area: Type.Object({ sector: nullable(Type.String()), region: nullable(Type.String()), cluster: nullable(Type.String()) }),
  firms: Type.Integer({ description: 'Firms in the area' }),
  supplyLinks: Type.Integer({ description: 'Supply links into the area’s firms' }),
  concentration: Type.Object({ country: Concentration, district: Concentration }),
  products: Type.Array(
    Type.Object({
      product: ProductRef,
      buyers: Type.Integer({ description: 'Firms of the area that need it' }),
      suppliers: Type.Integer({ description: 'Distinct firms supplying it to them' }),
      offeredBy: Type.Integer({ description: 'Firms anywhere that offer it' }),
      hhiCountry: nullable(Type.Integer()),
      hhiDistrict: nullable(Type.Integer()),
    }),
    { description: 'Products the area needs, fewest suppliers first' },
  ),
  k: Type.Integer(),
  criticalFirms: Type.Array(
    Type.Object({
      firm: ActorRef,
      dependants: Type.Integer({ description: 'Firms anywhere in the region that have it in their supply chain within k tiers' }),
      direct: Type.Integer({ description: 'Of those, how many it supplies directly' }),
    }),
    { description: 'The area’s firms and their direct suppliers with the most dependants, from the stored whole-region metrics' },
  ),
  dependantsComputedAt: nullable(
    Type.String({ format: 'date-time', description: 'When the stored dependants were computed; null before the first run (criticalFirms is then empty)' }),
  ),
  figuresComputedAt: nullable(
    Type.String({
      format: 'date-time',
      description:
        'When the whole-region job worked out these figures (a district as a whole, every link counting); null when they were read for this answer (sector or cluster filters, confirmedOnly, larger regions, or before the first run)',
    }),
  ),
});
export type AreaRisk = Static<typeof AreaRisk>;
