// Ego and cluster networks for the explorer. A candidate query ranks the actors (nearest, then best
// connected); with crossBorder, the links among the candidates decide who has a cross-border partner;
// then the first `limit` are fetched with their attributes and the links among them, all in one read
// transaction so the picture is consistent.
import fp from 'fastify-plugin';
import { notFound } from '../../errors';
import { toSerializedGraph, withCrossBorderLinks, type LinkRow, type NodeRow } from '../../graph/graph-transformer';
import { readQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { getRun } from '../../metrics/queries';
import {
  defaultNetworkTypes,
  type ClusterQuery,
  type EgoQuery,
  type NetworkResponse,
  type NetworkType,
  type OverviewQuery,
  type OverviewResponse,
} from '../../schemas/network';
import { overviewTypes } from '../../metrics/overview';
import { draftsVisibleTo } from '../../auth/drafts';
import type { AuthUser } from '../../auth/roles';

interface Candidates {
  total: number;
  items: { id: string }[];
}

const findEgo = readQuery<Candidates & { found: boolean }>('network/find-ego');
const findCluster = readQuery<Candidates>('network/find-cluster');
const findLinks = readQuery<LinkRow>('network/find-links');
const getNodes = readQuery<NodeRow>('network/get-nodes');

interface StoredGroup {
  id: string;
  district: string;
  country: string | null;
  kind: 'firm' | 'institute' | 'organisation';
  division: string | null;
  actors: number;
  internal: number[];
  lat: number | null;
  lon: number | null;
}
const findOverview = readQuery<{ group: StoredGroup; links: { target: string; type: string; links: number; crossBorder: boolean }[] }>(
  'network/find-overview',
);

/** How many candidates a cross-border view may weigh before the limit; the timeout guards the rest. */
const crossBorderCandidates = 200_000;

const parseTypes = (types: string | undefined): NetworkType[] =>
  types ? [...new Set(types.split(',') as NetworkType[])] : defaultNetworkTypes;

interface Shape {
  types: NetworkType[];
  crossBorder: boolean;
  limit: number;
  centre?: string;
}

export class NetworkRepository {
  constructor(private readonly runner: QueryRunner) {}

  ego(query: EgoQuery, viewer: AuthUser | null): Promise<NetworkResponse> {
    const shape = this.shapeOf(query, query.limit ?? 500, query.id);
    return this.runner.read(async (tx) => {
      const [row] = await tx.run(findEgo, {
        ...this.filters(query, shape, viewer),
        id: query.id,
        hops: query.hops ?? 1,
      });
      if (!row?.found) throw notFound('actor', query.id, '/query/id');
      return this.network(tx, row, shape);
    });
  }

  cluster(query: ClusterQuery, viewer: AuthUser | null): Promise<NetworkResponse> {
    const shape = this.shapeOf(query, query.limit ?? 2000);
    return this.runner.read(async (tx) => {
      const [row] = await tx.run(findCluster, this.filters(query, shape, viewer));
      return this.network(tx, row ?? { total: 0, items: [] }, shape);
    });
  }

  /** The region as groups (stored by the metrics job), with the explorer's filters. */
  overview(query: OverviewQuery): Promise<OverviewResponse> {
    const types = parseTypes(query.types);
    const crossBorder = query.crossBorder ?? false;
    return this.runner.read(async (tx) => {
      const rows = await tx.run(findOverview, {
        types,
        crossBorder,
        sector: query.sector ?? null,
        region: query.region ?? null,
        country: query.country ?? null,
        kind: query.kind ?? null,
      });
      const [metrics] = await tx.run(getRun);
      const links = rows.flatMap(({ group, links }) => links.map((l) => ({ source: group.id, ...l })));
      const linked = new Set(links.flatMap((l) => [l.source, l.target]));
      const groups = rows
        .map(({ group: { id, internal, ...group } }) => ({
          key: id,
          ...group,
          // Links inside a group never cross the border: one district lies in one country.
          internalLinks: crossBorder ? 0 : overviewTypes.reduce((sum, type, i) => sum + (types.includes(type) ? (internal[i] ?? 0) : 0), 0),
        }))
        .filter((group) => !crossBorder || linked.has(group.key));
      return { groups, links, computedAt: metrics?.run?.computedAt ?? null };
    });
  }

  private shapeOf(query: ClusterQuery, limit: number, centre?: string): Shape {
    return { types: parseTypes(query.types), crossBorder: query.crossBorder ?? false, limit, centre };
  }

  private filters(query: ClusterQuery, shape: Shape, viewer: AuthUser | null) {
    return {
      types: shape.types,
      crossBorder: shape.crossBorder,
      sector: query.sector ?? null,
      region: query.region ?? null,
      country: query.country ?? null,
      kind: query.kind ?? null,
      take: shape.crossBorder ? crossBorderCandidates : shape.limit,
      drafts: draftsVisibleTo(viewer),
    };
  }

  private async network(tx: TransactionRunner, candidates: Candidates, shape: Shape): Promise<NetworkResponse> {
    let ranked = candidates.items.map((item) => item.id);
    let total = candidates.total;
    if (shape.crossBorder) {
      const crossLinks = await tx.run(findLinks, { ids: ranked, types: shape.types, crossBorder: true });
      ranked = withCrossBorderLinks(ranked, crossLinks, shape.centre);
      total = ranked.length;
    }
    const ids = ranked.slice(0, shape.limit);
    const nodes = await tx.run(getNodes, { ids });
    const links = await tx.run(findLinks, { ids, types: shape.types, crossBorder: shape.crossBorder });
    const [metrics] = await tx.run(getRun);
    return {
      graph: toSerializedGraph(nodes, links),
      truncated: total > ids.length,
      totalNodes: total,
      metricsComputedAt: metrics?.run?.computedAt ?? null,
    };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    networkRepository: NetworkRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('networkRepository', new NetworkRepository(app.runner));
  },
  { name: 'network-repository', dependencies: ['neo4j'] },
);
