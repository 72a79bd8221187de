// Claims: supply and cooperation links entered by one side, waiting for the other to confirm them.
import { Type, type Static } from '@sinclair/typebox';
import { Id } from './common';
import { Standing } from './relationships';

const Side = Type.Object({ id: Type.String(), name: Type.String() });

export const ClaimBody = Type.Object(
  {
    type: Type.Union([Type.Literal('SUPPLIES'), Type.Literal('COOPERATES_WITH')]),
    from: Id,
    to: Id,
    product: Type.Optional(Type.String({ ...Id, description: 'For SUPPLIES: the product supplied' })),
  },
  { additionalProperties: false },
);
export type ClaimBody = Static<typeof ClaimBody>;

export const Claim = Type.Object(
  {
    type: Type.Union([Type.Literal('SUPPLIES'), Type.Literal('COOPERATES_WITH')]),
    from: Side,
    to: Side,
    product: Type.Optional(Type.String()),
    productNames: Type.Optional(
      Type.Object(
        { name: Type.String(), nameDe: Type.Union([Type.String(), Type.Null()]), nameCs: Type.Union([Type.String(), Type.Null()]), nameEn: Type.Union([Type.String(), Type.Null()]) },
        { description: "The product's names, for the reader's language" },
      ),
    ),
    enteredAt: Type.Union([Type.String(), Type.Null()]),
    enteredBy: Type.Optional(Type.Object({ name: Type.String() })),
    source: Type.Union([Type.String(), Type.Null()]),
    sourceRef: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'Claim' },
);
export type Claim = Static<typeof Claim>;

export const Inbox = Type.Object({
  claims: Type.Array(Claim, { description: 'Claims against your firms entered by the other side (staff: every claim), newest first' }),
});

export const StandingResponse = Type.Object({
  type: Type.String(),
  from: Type.String(),
  to: Type.String(),
  product: Type.Union([Type.String(), Type.Null()]),
  standing: Standing,
});
