// The audit: who changed what, when; each property before and after, each link added or removed.
import { Type } from '@sinclair/typebox';
import { Id, LangQuery } from './common';
import { ProductRef } from './analytics';

const Value = Type.Unknown({ description: 'A property value as the API shows it; null when absent' });

export const AuditEntry = Type.Object(
  {
    id: Type.String(),
    at: Type.String({ description: 'When (ISO 8601)' }),
    actorId: Type.Union([Type.String(), Type.Null()], { description: 'The user; null for the system (imports by command, demo data)' }),
    actorName: Type.Union([Type.String(), Type.Null()]),
    action: Type.Union(['create', 'update', 'delete', 'link', 'unlink', 'erase'].map((a) => Type.Literal(a))),
    nodeId: Type.String(),
    nodeKind: Type.String(),
    nodeName: Type.Union([Type.String(), Type.Null()]),
    changes: Type.Array(Type.Object({ property: Type.String(), before: Value, after: Value })),
    links: Type.Array(
      Type.Object({
        change: Type.Union([Type.Literal('added'), Type.Literal('removed')]),
        type: Type.String(),
        from: Type.String(),
        to: Type.String(),
        properties: Type.Record(Type.String(), Type.Unknown()),
      }),
    ),
    source: Type.String({ description: 'user, import, event or system' }),
    sourceRef: Type.Union([Type.String(), Type.Null()]),
    undoes: Type.Union([Type.String(), Type.Null()], { description: 'The entry this one reverses' }),
    undoneBy: Type.Union([Type.String(), Type.Null()], { description: 'The entry that reversed this one' }),
  },
  { title: 'AuditEntry' },
);

export const AuditQuery = Type.Object(
  {
    node: Type.Optional(Id),
    user: Type.Optional(Id),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    ...LangQuery,
  },
  { additionalProperties: false },
);

export const AuditList = Type.Object({
  items: Type.Array(AuditEntry),
  names: Type.Array(Type.Omit(ProductRef, ['category']), {
    description: 'Names (de/cs/en) of the firms, institutes, organisations, regions and products the entries name by id; one gone since has none',
  }),
});
