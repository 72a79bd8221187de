// Shapes the analytics features share: nullable fields, products and actors as answers name them.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const idPattern = '[A-Za-z0-9][A-Za-z0-9._:-]{0,63}';

/** Ids in a query string, comma-separated ("DED4,CZ04"); read with `splitIds`. */
export const IdList = (description: string, example: string) =>
  Type.String({ pattern: `^${idPattern}(,${idPattern}){0,49}$`, description, examples: [example] });

/** Answers built on supply and cooperation links can use only those the other side confirmed. */
export const ConfirmedOnlyQuery = {
  confirmedOnly: Type.Optional(
    Type.Boolean({ default: false, description: 'Use only confirmed or verified supply and cooperation links, no claims' }),
  ),
};

export const splitIds = (list: string | undefined): string[] | null => (list ? [...new Set(list.split(','))] : null);

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
  { examples: [{ id: 'P-STEEL-BAR', name: 'Stabstahl', nameDe: 'Stabstahl', nameCs: 'Ocelové tyče', nameEn: 'Steel bars', category: 'steel-long' }] },
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
  { examples: [{ id: 'F-001019', name: 'Lindner Schmiede e.K.', nameDe: null, nameCs: null, nameEn: null, kind: 'firm', country: 'DE', district: 'DED42', town: 'Aue-Bad Schlema', size: 'micro' }] },
);
export type ActorRef = Static<typeof ActorRef>;

/**
 * One link of a path, in path order (`from` is nearer the start). For SUPPLIES, `buyer` buys
 * `product` from `supplier`, whichever way the path runs; the client phrases it in its language
 * from these names, `text` is the English sentence.
 */
export const Step = Type.Object({
  type: Type.Union([Type.Literal('SUPPLIES'), Type.Literal('COOPERATES_WITH')]),
  from: ActorRef,
  to: ActorRef,
  buyer: nullable(ActorRef),
  supplier: nullable(ActorRef),
  product: nullable(ProductRef),
  products: Type.Optional(
    Type.Array(ProductRef, { description: 'Where the supplier delivers several products on this link: all of them (the route counts once)' }),
  ),
  crossBorder: Type.Boolean(),
  text: Type.String({ examples: ['Lindner Schmiede e.K. buys Stamping and forming dies from Lange Werkzeugbau GmbH & Co. KG'] }),
});
export type Step = Static<typeof Step>;

export const Path = Type.Object({
  length: Type.Integer({ description: 'Number of links' }),
  crossBorder: Type.Boolean({ description: 'At least one link joins DE and CZ' }),
  steps: Type.Array(Step),
  text: Type.String({ examples: ['A buys Turned parts from B; B buys Steel bars from C.'] }),
});
export type Path = Static<typeof Path>;

const Points = Type.Number({ description: 'Points this part adds to the score' });

/** One part of a score: the fact it rests on and the points it adds. */
export const ScorePart = <K extends string, T extends TSchema>(name: K, fact: T) =>
  Type.Object({ [name]: fact, points: Points } as { [P in K]: T } & { points: typeof Points });

export const InstituteMatch = Type.Object({
  institute: ActorRef,
  reasons: Type.Array(
    Type.Object({
      reason: Type.Union([Type.Literal('product'), Type.Literal('category'), Type.Literal('sector')], {
        description: 'It researches this product, a product of the same category, or the firm’s sector',
      }),
      id: Type.String(),
      name: Type.String(),
    }),
  ),
  distanceKm: nullable(Type.Number()),
  cooperating: Type.Boolean({ description: 'The firm cooperates with it already' }),
});
export type InstituteMatch = Static<typeof InstituteMatch>;
