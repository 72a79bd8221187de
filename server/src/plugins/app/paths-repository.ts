// Multi-hop supplier paths. The queries return ids; one look-up names every firm and product an
// answer mentions (the chains statement names them itself), and path-steps turns each path into
// sentences.
import fp from 'fastify-plugin';
import { badRequest } from '../../errors';
import { englishName, idsOf, routeHop, stepOf, toPath, type Hop } from '../../graph/path-steps';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import { splitIds } from '../../schemas/analytics';
import type { Between, BetweenQuery, Chains, ChainsQuery, SupplierTree, SupplierTreeQuery } from '../../schemas/paths';
import { loadChecked, loadRefs, needChecked, requireNeed } from './analytics-support';
import { Refs, type RefRow } from '../../graph/refs';
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
const findChains = readQuery<{ firm: boolean; product: boolean; needed: boolean; routes: RouteRow[]; refs: RefRow[] }>('paths/find-chains');
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

  async chains(query: ChainsQuery, viewer: AuthUser | null): Promise<Chains> {
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
    // The check, the search and the names in one statement, run on its own: one round trip. It has
    // no row for an unknown firm or product; the need check then says which (and should both have
    // been created since, the question is asked again).
    const [row] = await this.runner.run(findChains, { ...parameters, maxHops });
    if (!row) {
      await requireNeed(this.runner, query.firm, query.product, viewing.drafts);
      return this.chains(query, viewer);
    }
    needChecked(row, query.firm, query.product);
    const refs = new Refs(row.refs);
    const product = refs.product(query.product);
    return {
      firm: refs.actor(query.firm),
      product,
      paths: row.routes.map(asPath).map((route) => {
        const offering = refs.actor(route.nodes[route.nodes.length - 1]!);
        return toPath(route.nodes, route.hops, refs, `${englishName(offering)} offers ${englishName(product)}`);
      }),
    };
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
