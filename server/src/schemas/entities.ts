// The kinds of node people read and edit, one TypeBox schema each. Routes for all seven kinds are
// registered from this table, so a kind's route, its validation and its docs cannot drift apart.
import { OptionalKind, Type, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { Coordinates, Country, Id, Text, TextFields } from './common';
import { patterns } from './patterns';
import { RelationshipTypeSchema } from './relationships';

const Town = Text(100);
const Website = Type.String({ maxLength: 300, pattern: patterns.website });

export const FirmSize = Type.Union(['micro', 'small', 'medium', 'large'].map((s) => Type.Literal(s)), {
  description: 'EU SME size class: micro (<10), small (<50), medium (<250), large',
});

const firm = {
  ...TextFields,
  ...Coordinates,
  size: FirmSize,
  employees: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  founded: Type.Optional(Type.Integer({ minimum: 1800, maximum: 2100 })),
  town: Type.Optional(Town),
  website: Type.Optional(Website),
  certifications: Type.Optional(
    Type.Array(Text(40), { maxItems: 20, examples: [['ISO 9001', 'IATF 16949']] }),
  ),
};

const institute = {
  ...TextFields,
  ...Coordinates,
  type: Type.Union(['university', 'research', 'transfer'].map((s) => Type.Literal(s))),
  town: Type.Optional(Town),
  website: Type.Optional(Website),
};

const organisation = {
  ...TextFields,
  ...Coordinates,
  type: Type.Union(['chamber', 'agency', 'cluster', 'network', 'association'].map((s) => Type.Literal(s))),
  town: Type.Optional(Town),
  website: Type.Optional(Website),
};

const product = {
  ...TextFields,
  code: Text(32, { description: 'CPA or HS code', examples: ['25.62'] }),
  codeSystem: Type.Union([Type.Literal('CPA'), Type.Literal('HS')]),
  category: Text(16, { description: 'Products of one category can replace each other' }),
};

const sector = {
  ...TextFields,
  code: Text(16, { description: 'NACE Rev. 2 code', examples: ['C25.62'] }),
  level: Type.Union(['section', 'division', 'group', 'class'].map((s) => Type.Literal(s))),
};

const region = {
  ...TextFields,
  ...Coordinates,
  level: Type.Union(['country', 'region', 'district'].map((s) => Type.Literal(s)), {
    description: 'NUTS 0, NUTS 2 and NUTS 3',
  }),
  country: Country,
};

const LocalTime = (description: string) =>
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$', description: `${description}, local time YYYY-MM-DDTHH:mm`, examples: ['2027-03-17T09:00'] });

const event = {
  ...TextFields,
  type: Type.Union(['workshop', 'cooperation-exchange', 'information'].map((s) => Type.Literal(s))),
  date: Type.String({ format: 'date' }),
  town: Type.Optional(Town),
  venue: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  startsAt: Type.Optional(LocalTime('Start')),
  endsAt: Type.Optional(LocalTime('End; meeting slots run from the start until here')),
  languages: Type.Optional(Type.Array(Type.Union(['de', 'cs', 'en'].map((s) => Type.Literal(s))), { minItems: 1, maxItems: 3, uniqueItems: true })),
  capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, description: 'Most firms that can register' })),
  slotMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 120, description: 'Length of a meeting slot' })),
  tables: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'Tables for meetings' })),
  registrationDeadline: Type.Optional(Type.String({ format: 'date' })),
};

export interface KindDefinition {
  kind: string;
  label: string;
  /** Path segment under /api. */
  path: string;
  properties: TProperties;
}

/**
 * Firms and institutes keep their own profiles and may hold them back as drafts (auth/drafts.ts):
 * `published: false` is seen only by their own members and staff. Kept apart from the kinds' profile
 * properties, which the edit form shows one field each.
 */
const draftable: TProperties = {
  published: Type.Optional(Type.Boolean({ description: 'False: a draft, seen only by its own members and staff. Absent: published' })),
};
const bodyProperties = (definition: KindDefinition): TProperties =>
  definition.kind === 'firm' || definition.kind === 'institute' ? { ...definition.properties, ...draftable } : definition.properties;

export const kinds = {
  firm: { kind: 'firm', label: 'Firm', path: 'firms', properties: firm },
  institute: { kind: 'institute', label: 'Institute', path: 'institutes', properties: institute },
  organisation: { kind: 'organisation', label: 'Organisation', path: 'organisations', properties: organisation },
  product: { kind: 'product', label: 'Product', path: 'products', properties: product },
  sector: { kind: 'sector', label: 'Sector', path: 'sectors', properties: sector },
  region: { kind: 'region', label: 'Region', path: 'regions', properties: region },
  event: { kind: 'event', label: 'Event', path: 'events', properties: event },
} as const;

export type EntityKind = keyof typeof kinds;
export const EntityKindSchema = Type.Union(Object.keys(kinds).map((k) => Type.Literal(k)));

/** An outgoing relationship created together with a new node, in the same transaction. */
export const NewLink = Type.Object(
  {
    type: RelationshipTypeSchema,
    target: Id,
    product: Type.Optional(Id),
    since: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);

/**
 * The properties as a body may send them: an optional one may be null, which leaves it unset (and
 * removes it in a change); a required one may not.
 */
function nullableOptionals(properties: TProperties): TProperties {
  return Object.fromEntries(
    Object.entries(properties).map(([key, schema]: [string, TSchema]) => [
      key,
      OptionalKind in schema ? Type.Optional(Type.Union([Type.Optional(schema, false), Type.Null()])) : schema,
    ]),
  );
}

export function createBody(definition: KindDefinition): TObject {
  return Type.Object(
    {
      id: Type.Optional(Id),
      ...nullableOptionals(bodyProperties(definition)),
      links: Type.Optional(Type.Array(NewLink, { maxItems: 50 })),
    },
    { additionalProperties: false, title: `New ${definition.label}` },
  );
}

export function updateBody(definition: KindDefinition): TObject {
  return Type.Partial(Type.Object(nullableOptionals(bodyProperties(definition)), { additionalProperties: false }), {
    additionalProperties: false,
    minProperties: 1,
    title: `${definition.label} changes`,
  });
}

export const Relation = Type.Object({
  type: Type.String(),
  direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
  other: Type.Ref('NodeSummary'),
  properties: Type.Record(Type.String(), Type.Unknown()),
});

export function entityResponse(definition: KindDefinition): TObject {
  return Type.Object(
    {
      id: Type.String(),
      kind: Type.String(),
      ...Type.Partial(Type.Object(bodyProperties(definition))).properties,
      name: Type.String(),
      country: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      updatedAt: Type.Optional(Type.String()),
      relations: Type.Array(Relation),
    },
    { title: definition.label },
  );
}

export type NewLink = Static<typeof NewLink>;
export type EntityRow = Record<string, unknown> & { id: string; kind: EntityKind; name: string };
