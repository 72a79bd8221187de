// Sign-in, sessions and the first admin.
import { Type, type Static } from '@sinclair/typebox';
import { Id, Language } from './common';

export const RoleSchema = Type.Union([Type.Literal('member'), Type.Literal('staff'), Type.Literal('admin')]);

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254, examples: ['anna.novakova@firma.example'] });
export const Password = Type.String({ minLength: 1, maxLength: 200, description: 'At least 12 characters for a new password' });
const PersonName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const Me = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    language: Language,
    firmIds: Type.Array(Type.String(), { description: 'Firms and institutes the account belongs to' }),
    firms: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'The same, with their names' }),
  },
  { title: 'Account' },
);

export const SessionResponse = Type.Object({
  user: Type.Union([Me, Type.Null()]),
  csrfToken: Type.Optional(Type.String({ description: 'Send as the x-csrf-token header with every write made with the session cookie' })),
});

export const SignInBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });

export const FirstAdminBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }), email: Email, name: PersonName, password: Password, language: Type.Optional(Language) },
  { additionalProperties: false },
);

export const NewUserBody = Type.Object(
  {
    email: Email,
    name: PersonName,
    role: RoleSchema,
    password: Password,
    language: Type.Optional(Language),
    firmIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export type Me = Static<typeof Me>;

export const ApiTokenSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    createdAt: Type.String(),
    revokedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'ApiToken' },
);

export const NewTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', examples: ['Nightly import'] }),
    role: Type.Optional(RoleSchema),
  },
  { additionalProperties: false },
);

export const CreatedToken = Type.Composite([
  ApiTokenSchema,
  Type.Object({ token: Type.String({ description: 'Send as "Authorization: Bearer <token>". Shown this once; only its hash is kept.' }) }),
]);
