// What an export is of (its scope) and in which language. One query string for every format, so
// the report, the tables, the network files and the explorer's downloads name a scope the same way.
import { Type, type Static } from '@sinclair/typebox';
import { ClusterQuery } from './network';
import { Id } from './common';

export const scopeKinds = ['all', 'region', 'sector', 'organisation', 'event', 'ego', 'view'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export const reportLanguages = ['de', 'cs', 'en', 'de-cs'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

const { limit: _limit, lang: _lang, ...viewFilters } = ClusterQuery.properties;

export const ExportQuery = Type.Object(
  {
    scope: Type.Union(scopeKinds.map((kind) => Type.Literal(kind)), {
      description:
        'all: the whole region; region, sector: a NUTS or NACE code at any level (`id`); organisation: a cluster or network and its members; ' +
        'event: its attendees and organisers; ego: a firm, institute or organisation and its partners within `hops` links; ' +
        "view: the explorer's current view, named by the explorer's filters (and `id` as its centre)",
      examples: ['region'],
    }),
    id: Type.Optional(Type.String({ ...Id, description: 'What the scope is named after (not for all; optional for view)', examples: ['DED42'] })),
    hops: Type.Optional(Type.Integer({ minimum: 1, maximum: 3, default: 1, description: 'ego, view with a centre: links away from it' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20_000, default: 2000, description: 'view: most actors shown' })),
    lang: Type.Optional(
      Type.Union(reportLanguages.map((l) => Type.Literal(l)), {
        default: 'de',
        description: 'Language of names and texts; de-cs sets German and Czech side by side (the PDF report)',
      }),
    ),
    colour: Type.Optional(
      Type.Union([Type.Literal('country'), Type.Literal('sector')], { default: 'country', description: 'Colour the network by' }),
    ),
    ...viewFilters,
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;
