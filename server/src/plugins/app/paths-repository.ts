// Multi-hop supplier paths. The queries return ids; one look-up names every firm and product an
// answer mentions, and path-steps turns each path into sentences.
import fp from 'fastify-plugin';
import { badRequest } from '../../errors';
import { englishName, idsOf, routeHop, stepOf, toPath, type Hop } from '../../graph/path-steps';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import { splitIds } from '../../schemas/analytics';
import type { Between, BetweenQuery, Chains, ChainsQuery, SupplierTree, SupplierTreeQuery } from '../../schemas/paths';
import { loadChecked, loadRefs, requireNeed } from './analytics-support';
import type { AuthUser } from '../../auth/roles';
import { viewingOf } from '../../graph/viewing';

interface PathRow {
  nodes: string[];
  hops: Hop[];
}

/** A route as the chain queries give it: each link with all its products. */
interface RouteRow {
  nodes: string[];
  hops: (Omit<Hop, 'product'> & { products: string[] })[];
}

const asPath = (row: RouteRow): PathRow => ({ nodes: row.nodes, hops: row.hops.map(routeHop) });

interface TreeRow {
  total: number;
  suppliers: { id: string; tier: number }[];
  links: Hop[];
}

const findSupplierTree = readQuery<TreeRow>('paths/find-supplier-tree');
const findChains = readQuery<RouteRow>('paths/find-chains');
const findBetween = readQuery<RouteRow>('paths/find-between');

export class PathsRepository {
  constructor(private readonly runner: QueryRunner) {}

  supplierTree(query: SupplierTreeQuery, viewer: AuthUser | null): Promise<SupplierTree> {
    const k = query.k ?? 3;
    const viewing = viewingOf(viewer, query);
    return this.runner.read(async (tx) => {
      await loadChecked(tx, [{ id: query.firm, kind: 'firm', field: '/query/firm' }], viewing.drafts);
      const [row] = await tx.run(findSupplierTree, { firm: query.firm, k, limit: query.limit ?? 500, ...viewing });
      const { total = 0, suppliers = [], links = [] } = row ?? {};
      const tierOf = new Map([[query.firm, 0], ...suppliers.map((s) => [s.id, s.tier] as const)]);
      const ordered = [...links].sort(
        (a, b) =>
          tierOf.get(a.target)! - tierOf.get(b.target)! ||
          a.target.localeCompare(b.target) ||
          a.source.localeCompare(b.source) ||
          (a.product ?? '').localeCompare(b.product ?? ''),
      );
      const refs = await loadRefs(tx, idsOf([query.firm, ...suppliers.map((s) => s.id)], links), viewing.drafts);
      return {
        firm: refs.actor(query.firm),
        k,
        suppliers: suppliers.map((s) => ({ firm: refs.actor(s.id), tier: s.tier })),
        links: ordered.map((link) => stepOf(link.target, link.source, link, refs)),
        totalSuppliers: total,
        truncated: total > suppliers.length,
      };
    });
  }

  chains(query: ChainsQuery, viewer: AuthUser | null): Promise<Chains> {
    const viewing = viewingOf(viewer, query);
    const k = query.k ?? 3;
    const maxHops = query.maxHops ?? 4;
    const parameters = {
      firm: query.firm,
      product: query.product,
      k,
      crossBorder: query.crossBorder ?? false,
      regions: splitIds(query.regions),
      sectors: splitIds(query.sectors),
      avoid: splitIds(query.avoid) ?? [],
      ...viewing,
    };
    return this.runner.read(async (tx) => {
      // The check and the search are sent together (pipelined in the transaction): one round trip
      // instead of two; the search's rows count only when the check passes.
      const [, routes] = await Promise.all([requireNeed(tx, query.firm, query.product, viewing.drafts), tx.run(findChains, { ...parameters, maxHops })]);
      const rows = routes.map(asPath);
      const refs = await loadRefs(tx, [query.firm, query.product, ...rows.flatMap((row) => idsOf(row.nodes, row.hops))], viewing.drafts);
      const product = refs.product(query.product);
      return {
        firm: refs.actor(query.firm),
        product,
        paths: rows.map((row) => {
          const offering = refs.actor(row.nodes[row.nodes.length - 1]!);
          return toPath(row.nodes, row.hops, refs, `${englishName(offering)} offers ${englishName(product)}`);
        }),
      };
    });
  }

  between(query: BetweenQuery, viewer: AuthUser | null): Promise<Between> {
    const viewing = viewingOf(viewer, query);
    if (query.from === query.to) throw badRequest('VALIDATION', (t) => t.errors.sameFirm, '/query/to');
    return this.runner.read(async (tx) => {
      await loadChecked(tx, [
        { id: query.from, kind: 'firm', field: '/query/from' },
        { id: query.to, kind: 'firm', field: '/query/to' },
      ], viewing.drafts);
      const routes = await tx.run(findBetween, {
        from: query.from,
        to: query.to,
        types: splitIds(query.types) ?? ['SUPPLIES', 'COOPERATES_WITH'],
        k: query.k ?? 3,
        maxHops: query.maxHops ?? 4,
        ...viewing,
      });
      const rows = routes.map(asPath);
      const refs = await loadRefs(tx, [query.from, query.to, ...rows.flatMap((row) => idsOf(row.nodes, row.hops))], viewing.drafts);
      return { from: refs.actor(query.from), to: refs.actor(query.to), paths: rows.map((row) => toPath(row.nodes, row.hops, refs)) };
    });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    pathsRepository: PathsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('pathsRepository', new PathsRepository(app.runner));
  },
  { name: 'paths-repository', dependencies: ['neo4j'] },
);
