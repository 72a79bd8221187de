// Shapes shared by every feature: ids, names in three languages, paging, errors.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const Id = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
  description: 'Stable id of a node (letters, digits, . _ : -; at most 64 characters)',
  examples: ['F-00042'],
});

export const Country = Type.Union([Type.Literal('DE'), Type.Literal('CZ')], { description: 'ISO country code' });
export type Country = Static<typeof Country>;

export const Language = Type.Union([Type.Literal('de'), Type.Literal('cs'), Type.Literal('en')]);
export type Language = Static<typeof Language>;

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 4000 });

/** Names and descriptions where people read them: `name` always, translations where known. */
export const TextFields = {
  name: Name,
  nameDe: Type.Optional(Name),
  nameCs: Type.Optional(Name),
  nameEn: Type.Optional(Name),
  descriptionDe: Type.Optional(Description),
  descriptionCs: Type.Optional(Description),
  descriptionEn: Type.Optional(Description),
};

export const Coordinates = {
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
};

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'Machine-readable code the web app translates', examples: ['VALIDATION'] }),
    message: Type.String(),
    field: Type.Optional(Type.String({ description: 'JSON pointer to the input at fault', examples: ['/body/name'] })),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

export const errorResponses = {
  400: Type.Ref(ErrorResponse),
  404: Type.Ref(ErrorResponse),
  409: Type.Ref(ErrorResponse),
  422: Type.Ref(ErrorResponse),
  503: Type.Ref(ErrorResponse),
};

export const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000, default: 0 }),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer(), items: Type.Array(item) });

/** A node as lists and paths show it: enough to name it and link to its profile. */
export const NodeSummary = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    name: Type.String(),
    nameDe: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nameCs: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nameEn: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    country: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { $id: 'NodeSummary', title: 'NodeSummary' },
);
export type NodeSummary = Static<typeof NodeSummary>;
