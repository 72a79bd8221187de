// Contact persons of firms, institutes and organisations, with their consent.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Id, Language } from './common';

export const ConsentSchema = Type.Union([Type.Literal('staff'), Type.Literal('members'), Type.Literal('public')], {
  description: 'Who may see the person: staff only, signed-in members, or everyone',
});

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

const details = {
  function: Text(200),
  email: Type.String({ format: 'email', maxLength: 254 }),
  phone: Type.String({ minLength: 3, maxLength: 40, pattern: '^[+0-9 ()/.-]+$' }),
};

const personFields = {
  name: Text(200),
  function: Type.Optional(details.function),
  email: Type.Optional(details.email),
  phone: Type.Optional(details.phone),
  languages: Type.Optional(Type.Array(Language, { uniqueItems: true, maxItems: 3, description: 'Languages the person speaks' })),
  consent: ConsentSchema,
};

export const NewPerson = Type.Object({ of: Id, ...personFields }, { additionalProperties: false, title: 'New contact person' });

/** null removes a detail (function, e-mail, phone); name and consent stay. */
const removable = (schema: TSchema) => Type.Optional(Type.Union([schema, Type.Null()]));
export const PersonChanges = Type.Partial(
  Type.Object({ ...personFields, function: removable(details.function), email: removable(details.email), phone: removable(details.phone) }),
  { additionalProperties: false, minProperties: 1, title: 'Contact person changes' },
);

export const Person = Type.Object(
  {
    id: Type.String(),
    of: Type.String({ description: 'The firm, institute or organisation' }),
    name: Type.String(),
    function: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    phone: Type.Optional(Type.String()),
    languages: Type.Optional(Type.Array(Type.String())),
    consent: ConsentSchema,
    consentAt: Type.String({ description: 'When the consent was recorded' }),
    consentBy: Type.Union([Type.String(), Type.Null()], { description: 'Who recorded it (user id)' }),
  },
  { title: 'Person' },
);

export const PersonList = Type.Object({ items: Type.Array(Person) });

export type NewPerson = Static<typeof NewPerson>;
export type PersonChanges = Static<typeof PersonChanges>;
export type Person = Static<typeof Person>;
