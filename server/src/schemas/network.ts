// Networks for the explorer, in graphology's serialized form ({nodes:[{key,attributes}],
// edges:[{key,source,target,attributes}]}) so the web app can `graph.import()` them as they come.
import { Type, type Static } from '@sinclair/typebox';
import { nullable } from './analytics';
import { Country, Id, LangQuery } from './common';

export const networkTypes = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const;
export type NetworkType = (typeof networkTypes)[number];
export const defaultNetworkTypes: NetworkType[] = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'];

const typeName = `(${networkTypes.join('|')})`;
const Types = Type.String({
  pattern: `^${typeName}(,${typeName})*$`,
  description: 'Relationship types to follow and show, comma-separated',
  default: defaultNetworkTypes.join(','),
  examples: ['SUPPLIES,COOPERATES_WITH'],
});

const ActorKind = Type.Union([Type.Literal('firm'), Type.Literal('institute'), Type.Literal('organisation')]);

const filters = {
  types: Type.Optional(Types),
  sector: Type.Optional(Type.String({ ...Id, description: 'NACE code at any level', examples: ['C25'] })),
  region: Type.Optional(Type.String({ ...Id, description: 'NUTS code of a country, region or district', examples: ['DED4'] })),
  country: Type.Optional(Country),
  kind: Type.Optional(ActorKind),
  crossBorder: Type.Optional(
    Type.Boolean({ description: 'Only links between DE and CZ, and the actors that have one', default: false }),
  ),
};

export const EgoQuery = Type.Object(
  {
    id: Type.String({ ...Id, description: 'Id of the firm, institute or organisation in the centre', examples: ['F-001019'] }),
    hops: Type.Optional(Type.Integer({ minimum: 1, maximum: 3, default: 1, description: 'How many links away from the centre' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 500, description: 'Most nodes shown (nearest first)' })),
    ...filters,
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type EgoQuery = Static<typeof EgoQuery>;

export const ClusterQuery = Type.Object(
  {
    ...filters,
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100_000, default: 2000, description: 'Most nodes shown (best connected first)' }),
    ),
    ...LangQuery,
  },
  { additionalProperties: false },
);
export type ClusterQuery = Static<typeof ClusterQuery>;


export const NodeAttributes = Type.Object({
  label: Type.String({ examples: ['Lindner Schmiede e.K.'] }),
  kind: Type.String({ examples: ['firm'] }),
  country: nullable(Type.String({ examples: ['DE'] })),
  sector: nullable(Type.String({ description: 'Its sector, at class level where known', examples: ['C25.50'] })),
  sectorDivision: nullable(Type.String({ description: 'The NACE division of its sector', examples: ['C25'] })),
  region: nullable(Type.String({ description: 'District (NUTS 3) it is located in', examples: ['DED42'] })),
  size: nullable(Type.String({ examples: ['micro'] })),
  employees: nullable(Type.Integer({ examples: [8] })),
  lat: nullable(Type.Number({ examples: [50.65] })),
  lon: nullable(Type.Number({ examples: [13.0] })),
  weightedDegree: nullable(Type.Integer({ description: 'Links with other actors over the whole region (stored measure)' })),
  pageRank: nullable(Type.Number({ description: 'PageRank over the whole region (stored measure)' })),
  community: nullable(Type.Integer({ description: 'Louvain community over the whole region (stored measure)' })),
  betweenness: nullable(Type.Number({ description: 'Approximate betweenness over the whole region, normalised 0..1 (stored measure)' })),
  dependants: nullable(
    Type.Array(Type.Integer(), { description: 'Firms that have it in their supply chain within 1, 2, … tiers (stored measure)' }),
  ),
});
export type NodeAttributes = Static<typeof NodeAttributes>;

export const EdgeAttributes = Type.Object({
  type: Type.String({ examples: ['SUPPLIES'] }),
  product: nullable(Type.String({ description: 'The product a SUPPLIES link carries', examples: ['P-STEEL-BAR'] })),
  crossBorder: Type.Boolean({ description: 'The two ends lie in different countries' }),
});
export type EdgeAttributes = Static<typeof EdgeAttributes>;

export const SerializedGraph = Type.Object({
  nodes: Type.Array(Type.Object({ key: Type.String(), attributes: NodeAttributes })),
  edges: Type.Array(
    Type.Object({
      key: Type.String({ description: 'Stable: type, source, target and product', examples: ['SUPPLIES:F-000494:F-001019:P-DIE'] }),
      source: Type.String(),
      target: Type.String(),
      attributes: EdgeAttributes,
    }),
  ),
});
export type SerializedGraph = Static<typeof SerializedGraph>;

export const NetworkResponse = Type.Object({
  graph: SerializedGraph,
  truncated: Type.Boolean({ description: 'The node limit left out some nodes' }),
  totalNodes: Type.Integer({ description: 'Nodes that match before the limit' }),
  totalAtLeast: Type.Boolean({
    description: 'An ego network read only until a ring overflowed the limit: totalNodes counts the actors read so far (the nearer rings and one more than fits)',
  }),
  metricsComputedAt: nullable(Type.String({ format: 'date-time', description: 'When the stored measures of the nodes were computed' })),
});
export type NetworkResponse = Static<typeof NetworkResponse>;

export const OverviewQuery = Type.Object({ ...filters, ...LangQuery }, { additionalProperties: false });
export type OverviewQuery = Static<typeof OverviewQuery>;

export const OverviewGroup = Type.Object({
  key: Type.String({ description: 'District and NACE division of its firms, or `institute`/`organisation`/`firm` (no sector)', examples: ['DED42:C25'] }),
  kind: ActorKind,
  district: Type.String({ description: 'NUTS 3 district the group is placed at', examples: ['DED42'] }),
  country: nullable(Type.String({ examples: ['DE'] })),
  division: nullable(Type.String({ description: 'NACE division of its firms', examples: ['C25'] })),
  actors: Type.Integer({ description: 'Actors in the group (drafts counted, never named)' }),
  internalLinks: Type.Integer({ description: 'Links of the chosen types among the group’s own actors' }),
  lat: nullable(Type.Number({ description: 'Centre of the district' })),
  lon: nullable(Type.Number()),
});
export type OverviewGroup = Static<typeof OverviewGroup>;

export const OverviewLink = Type.Object({
  source: Type.String(),
  target: Type.String(),
  type: Type.String({ examples: ['SUPPLIES'] }),
  links: Type.Integer({ description: 'Links of this type from actors of the source group to actors of the target group' }),
  crossBorder: Type.Boolean({ description: 'The two groups lie in different countries' }),
});

export const OverviewResponse = Type.Object({
  groups: Type.Array(OverviewGroup),
  links: Type.Array(OverviewLink, { description: 'The links among the groups, strongest first, at most 5,000' }),
  totalLinks: Type.Integer({ description: 'Links among the groups before that limit' }),
  computedAt: nullable(Type.String({ format: 'date-time', description: 'When the overview was computed; null before the first run (no groups yet)' })),
});
export type OverviewResponse = Static<typeof OverviewResponse>;
