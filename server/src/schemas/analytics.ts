// Shapes the analytics features share: nullable fields, products and actors as answers name them.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const texts = {
  id: Type.String(),
  name: Type.String(),
  nameDe: nullable(Type.String()),
  nameCs: nullable(Type.String()),
  nameEn: nullable(Type.String()),
};

/** A product with its names in de/cs/en, so the client can phrase a sentence in its language. */
export const ProductRef = Type.Object(
  { ...texts, category: nullable(Type.String()) },
  { examples: [{ id: 'P-2562-01', name: 'Drehteile', nameDe: 'Drehteile', nameCs: 'Soustružené díly', nameEn: 'Turned parts', category: 'machined-parts' }] },
);
export type ProductRef = Static<typeof ProductRef>;

/** A firm, institute or organisation as answers list it. */
export const ActorRef = Type.Object(
  {
    ...texts,
    kind: Type.String(),
    country: nullable(Type.String()),
    district: nullable(Type.String({ description: 'District (NUTS 3) id' })),
    town: nullable(Type.String()),
    size: nullable(Type.String()),
  },
  { examples: [{ id: 'F-00042', name: 'Erzgebirge Drehteile GmbH', nameDe: null, nameCs: null, nameEn: null, kind: 'firm', country: 'DE', district: 'DED42', town: 'Annaberg-Buchholz', size: 'small' }] },
);
export type ActorRef = Static<typeof ActorRef>;
