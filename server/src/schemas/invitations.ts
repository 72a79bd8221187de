// Invitations of new firm members, password changes and resets, and the admins' list of accounts.
import { Type } from '@sinclair/typebox';
import { Id, Language } from './common';
import { Email, Password, RoleSchema } from './auth';

const Firm = Type.Object({ id: Type.String(), name: Type.String() });
const Token = Type.String({ minLength: 1, maxLength: 200, description: 'The token from the link (after #)' });
const PersonName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const NewInvitation = Type.Object(
  {
    email: Email,
    name: Type.Optional(Type.String({ maxLength: 200 })),
    firmIds: Type.Array(Id, { minItems: 1, maxItems: 20, description: 'Firms or institutes the new member will belong to' }),
    language: Language,
  },
  { additionalProperties: false },
);

export const CreatedInvitation = Type.Object({
  id: Type.String(),
  email: Type.String(),
  firmIds: Type.Array(Type.String()),
  expiresAt: Type.String(),
  link: Type.String({ description: 'The one-time link, shown this once: /{lang}/invitation#<token>' }),
  emailed: Type.Boolean({ description: 'Whether it was e-mailed (SMTP_URL set)' }),
});

export const OpenInvitation = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.Union([Type.String(), Type.Null()]),
    language: Language,
    firmIds: Type.Array(Type.String()),
    firms: Type.Array(Firm),
    expiresAt: Type.String(),
    createdAt: Type.String(),
  },
  { title: 'Invitation' },
);

export const InvitationQuery = Type.Object({ token: Token, lang: Type.Optional(Language) }, { additionalProperties: false });

export const InvitationPreview = Type.Object({
  email: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  firms: Type.Array(Firm),
  expiresAt: Type.String(),
});

export const AcceptBody = Type.Object({ token: Token, name: PersonName, password: Password }, { additionalProperties: false });

export const PasswordChangeBody = Type.Object({ current: Password, password: Password }, { additionalProperties: false });

export const ResetBody = Type.Object({ token: Token, password: Password }, { additionalProperties: false });

export const ResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });

export const ResetLink = Type.Object({ link: Type.String({ description: '/{lang}/reset#<token>, valid for 24 hours, once' }), expiresAt: Type.String() });

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    language: Language,
    firms: Type.Array(Firm),
    createdAt: Type.String(),
  },
  { title: 'User' },
);

export const UserChanges = Type.Object(
  { role: Type.Optional(RoleSchema), firmIds: Type.Optional(Type.Array(Id, { maxItems: 20 })) },
  { additionalProperties: false, minProperties: 1 },
);
