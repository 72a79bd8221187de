// Ego and cluster networks for the explorer. The candidates are ranked (an ego network ring by ring,
// nearest first; within a ring, and in a cluster, best connected first); with crossBorder, the links
// among the candidates decide who has a cross-border partner; then the first `limit` are fetched
// with their attributes and the links among them, all in one read transaction so the picture is
// consistent.
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
import { loadRefs } from './analytics-support';
import type { AuthUser } from '../../auth/roles';

interface Candidates {
  total: number;
  items: { id: string }[];
}

interface RingActor {
  id: string;
  degree: number;
}

/** Best connected first, equal degrees by id. */
const byDegree = (a: RingActor, b: RingActor) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The order a ring's sources are expanded in: hubs last. */
const leastConnectedFirst = (a: RingActor, b: RingActor) => a.degree - b.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const actorKinds = new Set(['firm', 'institute', 'organisation']);

/**
 * More links than this make an actor a hub (a chamber, a cluster, a large institute): when it is
 * a ring's source, the ring takes its first neighbours found rather than ranking all of them.
 */
const hubLinks = 1000;

/** A bound that never binds, for a ring read whole. */
const everyActor = Number.MAX_SAFE_INTEGER;

/** Whether a filter hides some actors of an ego network (they still lead on to the next ring). */
const hasShownFilter = (query: EgoQuery) =>
  Boolean(query.kind || query.country || query.region || query.sector || query.crossBorder);

const findRing = readQuery<RingActor>('network/find-ring');
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
const findOverview = readQuery<{ group: StoredGroup }>('network/find-overview');
type StoredLink = OverviewResponse['links'][number];
const findOverviewLinks = readQuery<StoredLink>('network/find-overview-links');

/**
 * The overview's links, strongest first, at most this many: the explorer draws the strongest few
 * hundred and shows a group's own on pointing at it. At 200,000 firms the groups have over a hundred
 * thousand links among them, megabytes that no view draws.
 */
export const overviewLinkLimit = 5000;

/**
 * How many filtered overview answers are kept, the latest used first: the explorer's usual views
 * (the whole region, a country, a district, a division), each a few hundred kB at 200,000 firms.
 */
export const overviewAnswersKept = 32;

/** How many candidates a cross-border view may weigh before the limit; the timeout guards the rest. */
const crossBorderCandidates = 200_000;

const parseTypes = (types: string | undefined): NetworkType[] =>
  types ? [...new Set(types.split(',') as NetworkType[])] : defaultNetworkTypes;

/**
 * The key an overview answer is kept under: filters that ask for the same answer share one key (the
 * link types as a set, all of them as none given; the language, which the answer does not use, left
 * out). The explorer asks with its link types spelled out, other clients often without.
 */
export function overviewKey(query: OverviewQuery): string {
  const { lang: _lang, types, ...filters } = query;
  const chosen = [...parseTypes(types)].sort();
  const all = defaultNetworkTypes.every((type) => chosen.includes(type));
  const normal = { ...filters, ...(all ? {} : { types: chosen.join(',') }) };
  return JSON.stringify(Object.entries(normal).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface Shape {
  types: NetworkType[];
  crossBorder: boolean;
  limit: number;
  centre?: string;
}

export class NetworkRepository {
  /** The stored overview's links as of a metrics run (they change only with a new run). */
  private overviewLinks: { computedAt: string | null; links: StoredLink[] } | undefined;
  private loading: Promise<void> | undefined;
  private reloadAfter = false;
  /**
   * Overview answers as JSON text by filter, as of one metrics run: the groups and their links
   * change only with a run. They name no actor (drafts are counted, never named), so one answer
   * serves every role.
   */
  private overviewAnswers: { computedAt: string | null; byFilter: Map<string, string> } = { computedAt: null, byFilter: new Map() };

  constructor(private readonly runner: QueryRunner) {}

  ego(query: EgoQuery, viewer: AuthUser | null): Promise<NetworkResponse> {
    const shape = this.shapeOf(query, query.limit ?? 500, query.id);
    const hops = query.hops ?? 1;
    return this.runner.read(async (tx) => {
      const { take: _take, ...parameters } = this.filters(query, shape, viewer);
      // The check and the first ring are sent together (pipelined in the transaction); the rings
      // count only when the check passes.
      const [centre, rings] = await Promise.all([
        loadRefs(tx, [query.id], parameters.drafts),
        this.rings(tx, query.id, hops, shape.limit, parameters, hasShownFilter(query)),
      ]);
      if (!actorKinds.has(centre.kindOf(query.id) ?? '')) throw notFound('actor', query.id, '/query/id');
      return { ...(await this.network(tx, rings, shape)), totalAtLeast: rings.totalAtLeast };
    });
  }

  /**
   * The centre and its rings, nearest first and, within a ring, best connected first, up to
   * `limit` actors. A ring is read only while the nearer ones leave room, and only until it
   * overflows the room (then the total says "at least"): through a chamber or a cluster, two hops
   * reach thousands of actors and three most of the region. With filters, the actors a filter
   * hides still lead on to the next ring, so that ring's sources are read once more unfiltered.
   */
  private async rings(
    tx: TransactionRunner,
    centre: string,
    hops: number,
    limit: number,
    parameters: Omit<ReturnType<NetworkRepository['filters']>, 'take'>,
    filtered: boolean,
  ): Promise<Candidates & { totalAtLeast: boolean }> {
    const shown = [centre];
    let seen = [centre];
    let sources = [centre];
    for (let distance = 1; distance <= hops && sources.length > 0; distance++) {
      const room = limit - shown.length;
      const take = room + 1;
      const ring = await tx.run(findRing, { ...parameters, sources, seen, shownOnly: true, take, perSource: Math.max(take, hubLinks) });
      shown.push(...ring.sort(byDegree).slice(0, room).map((actor) => actor.id));
      if (ring.length > room) return { items: shown.map((id) => ({ id })), total: shown.length - room + ring.length, totalAtLeast: true };
      if (distance === hops) break;
      const whole = filtered
        ? await tx.run(findRing, { ...parameters, sources, seen, shownOnly: false, take: everyActor, perSource: everyActor })
        : ring;
      seen = [...seen, ...whole.map((actor) => actor.id)];
      sources = whole.sort(leastConnectedFirst).map((actor) => actor.id);
    }
    return { items: shown.map((id) => ({ id })), total: shown.length, totalAtLeast: false };
  }

  cluster(query: ClusterQuery, viewer: AuthUser | null): Promise<NetworkResponse> {
    const shape = this.shapeOf(query, query.limit ?? 2000);
    return this.runner.read(async (tx) => {
      const [row] = await tx.run(findCluster, this.filters(query, shape, viewer));
      return { ...(await this.network(tx, row ?? { total: 0, items: [] }, shape)), totalAtLeast: false };
    });
  }

  /**
   * The overview as JSON text, kept per filter until a metrics run newer than the answer's shows:
   * repeated visits cost one read of the run's time instead of filtering the groups' tens of
   * thousands of links and serialising the answer again.
   */
  async overviewJson(query: OverviewQuery): Promise<string> {
    const key = overviewKey(query);
    const [metrics] = await this.runner.read((tx) => tx.run(getRun));
    const computedAt = metrics?.run?.computedAt ?? null;
    if (this.overviewAnswers.computedAt !== computedAt) this.overviewAnswers = { computedAt, byFilter: new Map() };
    const byFilter = this.overviewAnswers.byFilter;
    let answer = byFilter.get(key);
    if (answer === undefined) {
      const overview = await this.overview(query);
      answer = JSON.stringify(overview);
      // An answer of another run than asked for (one ended meanwhile) is sent, not kept.
      if (overview.computedAt !== computedAt) return answer;
    }
    byFilter.delete(key);
    byFilter.set(key, answer);
    if (byFilter.size > overviewAnswersKept) byFilter.delete(byFilter.keys().next().value!);
    return answer;
  }

  /** The region as groups (stored by the metrics job), with the explorer's filters. */
  overview(query: OverviewQuery): Promise<OverviewResponse> {
    const types = new Set(parseTypes(query.types));
    const crossBorder = query.crossBorder ?? false;
    return this.runner.read(async (tx) => {
      const rows = await tx.run(findOverview, {
        sector: query.sector ?? null,
        region: query.region ?? null,
        country: query.country ?? null,
        kind: query.kind ?? null,
      });
      const [metrics] = await tx.run(getRun);
      const computedAt = metrics?.run?.computedAt ?? null;
      const keys = new Set(rows.map(({ group }) => group.id));
      const stored = await this.storedOverviewLinks(computedAt);
      const links = stored.filter(
        (link) => types.has(link.type as NetworkType) && (link.crossBorder || !crossBorder) && keys.has(link.source) && keys.has(link.target),
      );
      const linked = new Set(links.flatMap((l) => [l.source, l.target]));
      const groups = rows
        .map(({ group: { id, internal, ...group } }) => ({
          key: id,
          ...group,
          // Links inside a group never cross the border: one district lies in one country.
          internalLinks: crossBorder ? 0 : overviewTypes.reduce((sum, type, i) => sum + (types.has(type) ? (internal[i] ?? 0) : 0), 0),
        }))
        .filter((group) => !crossBorder || linked.has(group.key));
      return { groups, links: links.slice(0, overviewLinkLimit), totalLinks: links.length, computedAt };
    });
  }

  /**
   * Reads the stored overview's links into memory: the app calls it at start and when a metrics run
   * has ended, so no visitor waits for it (at 200,000 firms it reads 41,000 links, 12 s when cold).
   */
  refreshOverviewLinks(): Promise<void> {
    if (this.loading) {
      // A run ended while the links were being read: read them again once this read is done.
      this.reloadAfter = true;
      return this.loading;
    }
    this.loading = this.runner
      .withTimeout(120_000)
      .read(async (tx) => {
        const [metrics] = await tx.run(getRun);
        this.overviewLinks = { computedAt: metrics?.run?.computedAt ?? null, links: await tx.run(findOverviewLinks) };
      })
      .finally(() => {
        this.loading = undefined;
        if (this.reloadAfter) {
          this.reloadAfter = false;
          void this.refreshOverviewLinks().catch(() => undefined);
        }
      });
    return this.loading;
  }

  /**
   * The links held. Where they are of another run than the groups, a read is under way (this app's
   * run just ended, or it just started) and the request waits for it; only after a run by another
   * instance of the app does the request start the read itself.
   */
  private async storedOverviewLinks(computedAt: string | null): Promise<StoredLink[]> {
    if (this.overviewLinks?.computedAt !== computedAt) await this.refreshOverviewLinks();
    return this.overviewLinks?.links ?? [];
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

  private async network(tx: TransactionRunner, candidates: Candidates, shape: Shape): Promise<Omit<NetworkResponse, 'totalAtLeast'>> {
    let ranked = candidates.items.map((item) => item.id);
    let total = candidates.total;
    if (shape.crossBorder) {
      const crossLinks = await tx.run(findLinks, { ids: ranked, types: shape.types, crossBorder: true });
      ranked = withCrossBorderLinks(ranked, crossLinks, shape.centre);
      total = ranked.length;
    }
    const ids = ranked.slice(0, shape.limit);
    // Sent together: one round trip.
    const [nodes, links, [metrics]] = await Promise.all([
      tx.run(getNodes, { ids }),
      tx.run(findLinks, { ids, types: shape.types, crossBorder: shape.crossBorder }),
      tx.run(getRun),
    ]);
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
    const repository = new NetworkRepository(app.runner);
    app.decorate('networkRepository', repository);
    // In the background: the server answers while the overview's links are read.
    app.addHook('onReady', async () => void repository.refreshOverviewLinks().catch((error: Error) => app.log.warn(`overview links: ${error.message}`)));
  },
  { name: 'network-repository', dependencies: ['neo4j'] },
);
