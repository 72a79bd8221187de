// What-if: remove a firm, a district or the border and see who loses their only source of a product.
import { Type, type Static } from '@sinclair/typebox';
import { ActorRef, ProductRef, nullable } from './analytics';
import { Id, LangQuery } from './common';

export const WhatIfQuery = Type.Object(
  {
    scenario: Type.Union([Type.Literal('firm'), Type.Literal('district'), Type.Literal('border')], {
      description: 'firm: the firm stops supplying; district: every firm of a region (any NUTS level) does; border: no DE–CZ supply links',
      examples: ['firm'],
    }),
    id: Type.Optional(Type.String({ ...Id, description: 'The firm or region removed (not for border)', examples: ['F-000015'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000, default: 200, description: 'Most losses listed, worst first' })),
    alternatives: Type.Optional(Type.Integer({ minimum: 0, maximum: 20, default: 5, description: 'Nearest alternatives named per loss' })),
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type WhatIfQuery = Static<typeof WhatIfQuery>;

export const WhatIf = Type.Object({
  scenario: Type.Object({ type: Type.String(), removed: nullable(ActorRef) }),
  cutLinks: Type.Integer({ description: 'Supply links the scenario cuts' }),
  affectedFirms: Type.Integer({ description: 'Firms left without any supplier of at least one product' }),
  totalLosses: Type.Integer({ description: 'Firm–product pairs left without a supplier' }),
  losses: Type.Array(
    Type.Object({
      firm: ActorRef,
      product: ProductRef,
      lostSuppliers: Type.Array(ActorRef),
      alternatives: Type.Array(Type.Object({ firm: ActorRef, distanceKm: nullable(Type.Number()) }), {
        description: 'Firms still offering the product (not removed, same country when the border is closed), nearest first',
      }),
      totalAlternatives: Type.Integer(),
    }),
    { description: 'Fewest remaining alternatives first' },
  ),
  truncated: Type.Boolean(),
});
export type WhatIf = Static<typeof WhatIf>;
