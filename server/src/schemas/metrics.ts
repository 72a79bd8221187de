// The whole-region measures: when they were computed and how, and what each actor carries.
import { Type, type Static } from '@sinclair/typebox';
import { nullable } from './analytics';

export const MetricsRun = Type.Object({
  computedAt: Type.String({ format: 'date-time', description: 'When the stored measures were computed' }),
  durationMs: Type.Integer({ description: 'How long reading, computing and writing took' }),
  nodes: Type.Integer({ description: 'Actors measured' }),
  links: Type.Integer({ description: 'Distinct pairs of linked actors' }),
  communities: Type.Integer({ description: 'Louvain communities found' }),
  modularity: Type.Number({ description: 'Modularity of those communities' }),
  betweennessSamples: Type.Integer({ description: 'Source actors sampled for the approximate betweenness' }),
  maxTier: Type.Integer({ description: 'Dependants are stored for 1 up to this many supply tiers' }),
  algorithm: Type.String({ description: 'Which implementation computed them', examples: ['graphology'] }),
  heapMiB: Type.Integer({ description: 'Most heap the computation used (MiB), sampled between its steps' }),
});

export const MetricsStatus = Type.Object({
  run: nullable(MetricsRun),
  running: Type.Boolean({ description: 'A computation is under way' }),
});
export type MetricsStatus = Static<typeof MetricsStatus>;
