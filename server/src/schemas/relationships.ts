// Which relationship may join which kinds of node (DESIGN.md, graph model). Checked before any write.
import { Type, type Static } from '@sinclair/typebox';
import { Id } from './common';
import type { EntityKind } from './entities';

export const relationshipRules = {
  IN_SECTOR: { from: ['firm', 'institute', 'organisation'], to: ['sector'] },
  LOCATED_IN: { from: ['firm', 'institute', 'organisation', 'event'], to: ['region'] },
  OFFERS: { from: ['firm'], to: ['product'] },
  NEEDS: { from: ['firm'], to: ['product'] },
  SUPPLIES: { from: ['firm'], to: ['firm'] },
  INPUT_TO: { from: ['product'], to: ['product'] },
  COOPERATES_WITH: { from: ['firm', 'institute'], to: ['firm', 'institute'] },
  MEMBER_OF: { from: ['firm', 'institute', 'organisation'], to: ['organisation'] },
  RESEARCHES: { from: ['institute'], to: ['sector', 'product'] },
  ATTENDS: { from: ['firm', 'institute', 'organisation'], to: ['event'] },
  ORGANISES: { from: ['organisation', 'institute'], to: ['event'] },
  PART_OF: { from: ['sector', 'region'], to: ['sector', 'region'] },
} as const satisfies Record<string, { from: readonly EntityKind[]; to: readonly EntityKind[] }>;

export type RelationshipType = keyof typeof relationshipRules;
export const relationshipTypes = Object.keys(relationshipRules) as RelationshipType[];
export const RelationshipTypeSchema = Type.Union(relationshipTypes.map((t) => Type.Literal(t)));

export const RelationshipBody = Type.Object(
  {
    type: RelationshipTypeSchema,
    from: Id,
    to: Id,
    product: Type.Optional(Type.String({ ...Id, description: 'Required for SUPPLIES: the product supplied' })),
    since: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);
export type RelationshipBody = Static<typeof RelationshipBody>;

export const LinkRef = Type.Object({ type: Type.String(), from: Type.String(), to: Type.String() });
export type LinkRef = Static<typeof LinkRef>;
/** How far a link is to be trusted: entered by one side, confirmed by both (or staff), verified by staff. */
export const Standing = Type.Union([Type.Literal('claimed'), Type.Literal('confirmed'), Type.Literal('verified')]);

export const RelationshipResponse = Type.Object({
  type: Type.String(),
  from: Type.String(),
  to: Type.String(),
  product: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  since: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  added: Type.Array(LinkRef, { description: 'Links added with this one: the OFFERS and NEEDS a supply link implies' }),
  removed: Type.Array(LinkRef, { description: 'Links this one replaced: a node has one location' }),
  standing: Type.Optional(Standing),
});

/** Whether `type` may run from a node of kind `from` to one of kind `to`. */
export function allowed(type: RelationshipType, from: EntityKind, to: EntityKind): boolean {
  const rule = relationshipRules[type];
  const fromOk = (rule.from as readonly EntityKind[]).includes(from);
  const toOk = (rule.to as readonly EntityKind[]).includes(to);
  // PART_OF keeps each hierarchy to itself: a sector is part of a sector, a region of a region.
  return fromOk && toOk && (type !== 'PART_OF' || from === to);
}
