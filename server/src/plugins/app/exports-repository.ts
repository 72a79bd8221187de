// Gathers what the exports of a scope are made from, in one read transaction so tables, network
// files and report agree. Drafts are named only to those who may see them (auth/drafts.ts): the
// scope query and the actor query filter them, and links, sourcing and names only ever start from
// what is left.
import fp from 'fastify-plugin';
import { badRequest, notFound } from '../../errors';
import { readQuery } from '../../graph/queries';
import type { RefRow } from '../../graph/refs';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import type { NodeKind } from '../../i18n/index';
import type { ExportQuery } from '../../schemas/exports';
import type {
  ActorRow,
  ContactRow,
  CriticalRow,
  CriticalSource,
  InstituteRow,
  LinkRow,
  OpportunityRow,
  OutsideLinkRow,
  ProductRow,
  ScopeData,
  SourcingRow,
  Texts,
} from '../../exports/scope-data';
import type { NetworkRepository } from './network-repository';
import { personFilter } from '../../auth/people';
import { hasRole, type AuthUser } from '../../auth/roles';
import { draftsVisibleTo, type DraftRule } from '../../auth/drafts';
import { getRun } from '../../metrics/queries';

const findScope = readQuery<{ found: boolean; scope: Texts | null; ids: string[] }>('exports/find-scope');
const getActors = readQuery<ActorRow>('exports/get-actors');
const findLinks = readQuery<LinkRow>('exports/find-links');
const findOutsideLinks = readQuery<OutsideLinkRow>('exports/find-outside-links');
const getProducts = readQuery<ProductRow>('exports/get-products');
const findSourcing = readQuery<SourcingRow>('exports/find-sourcing');
const findOpportunities = readQuery<OpportunityRow>('exports/find-opportunities');
const countOpportunities = readQuery<{ total: number }>('exports/count-opportunities');
const findInstitutes = readQuery<InstituteRow>('exports/find-institutes');
const findCriticalLive = readQuery<CriticalRow>('risk/find-critical-suppliers');
const findCriticalStored = readQuery<CriticalRow>('risk/find-critical-firms');
const getRefs = readQuery<RefRow>('analytics/get-refs');
const findContacts = readQuery<ContactRow>('exports/find-contacts');

/** Who asks: staff see the contact list; drafts as auth/drafts.ts says. */
export type Viewer = AuthUser;

export const isStaff = (viewer: Viewer | null) => viewer !== null && hasRole(viewer, 'staff');

/** Without stored dependants the walk runs live, for a scope of at most `liveFirms` firms. */
const critical = { k: 3, limit: 10, liveFirms: 2000 };
/** Each need's nearest offerers, and the nearest of all these that the tables carry. */
const opportunityLimits = { perNeed: 3, rows: 1000 };
const institutesListed = 15;

const scopeKind: Record<ExportQuery['scope'], NodeKind> = {
  all: 'node',
  region: 'region',
  sector: 'sector',
  organisation: 'organisation',
  event: 'event',
  ego: 'actor',
  view: 'actor',
};

export class ExportsRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly network: NetworkRepository,
  ) {}

  async gather(query: ExportQuery, viewer: Viewer | null): Promise<ScopeData> {
    const drafts = draftsVisibleTo(viewer);
    const viewIds = query.scope === 'view' ? await this.viewIds(query, viewer) : null;
    return this.runner.read(async (tx) => {
      const { ids, names } = viewIds ? await this.viewScope(tx, query, viewIds, drafts) : await this.scope(tx, query, drafts);
      const actors = await tx.run(getActors, { ids, drafts });
      const shown = actors.map((a) => a.id);
      const inScope = new Set(shown);
      const firms = actors.filter((a) => a.kind === 'firm').map((a) => a.id);
      const links = await tx.run(findLinks, { ids: shown });
      const outsideLinks = await tx.run(findOutsideLinks, { ids: shown, drafts });
      const sourcing = await tx.run(findSourcing, { ids: firms, drafts });
      const opportunities = await tx.run(findOpportunities, { ids: firms, perNeed: opportunityLimits.perNeed, limit: opportunityLimits.rows });
      const opportunitiesTotal =
        opportunities.length < opportunityLimits.rows
          ? opportunities.length
          : ((await tx.run(countOpportunities, { ids: firms, perNeed: opportunityLimits.perNeed }))[0]?.total ?? opportunities.length);
      const institutes = await tx.run(findInstitutes, { ids: firms, limit: institutesListed });
      const { rows: criticalRows, from: criticalFrom } = await this.critical(tx, firms, drafts);
      const productIds = new Set(links.flatMap((l) => (l.type === 'OFFERS' || l.type === 'NEEDS' ? [l.to] : l.product ? [l.product] : [])));
      for (const row of sourcing) productIds.add(row.product);
      for (const row of opportunities) productIds.add(row.product);
      const products = await tx.run(getProducts, { ids: [...productIds] });
      const mentioned = [
        ...outsideLinks.filter((l) => l.crossBorder && l.named).flatMap((l) => [l.from, l.to, ...(l.product ? [l.product] : [])]),
        ...sourcing.flatMap((s) => s.suppliers.filter((x) => x.named).map((x) => x.id)),
        ...opportunities.map((o) => o.partner),
        ...institutes.flatMap((i) => [i.id, ...i.topics]),
        ...criticalRows.map((c) => c.id),
        // NACE divisions name the colours of a network coloured by sector.
        ...actors.flatMap((a) => (a.sector ? [a.sector.split('.')[0]!] : [])),
      ];
      const refs = await this.names(tx, mentioned, drafts);
      return {
        scope: { kind: query.scope, id: query.id ?? null, names },
        actors,
        products,
        links,
        outsideLinks,
        sourcing,
        opportunities,
        opportunitiesTotal,
        institutes,
        criticalFrom,
        // A critical supplier outside the scope is named only where the viewer may see it.
        critical: criticalRows.filter((c) => refs.has(c.id) || inScope.has(c.id)).slice(0, critical.limit),
        k: critical.k,
        names: refs,
        // The contact list is for staff; which persons it holds, the consent rule decides.
        contacts: isStaff(viewer) ? await tx.run(findContacts, { ids: shown, ...personFilter(viewer) }) : null,
        createdAt: new Date().toISOString(),
      };
    });
  }

  /**
   * The scope's critical suppliers: from the dependants the whole-region metrics stored (counted
   * across the region, as area risk reads them), else walked live within the scope where it is
   * small enough, else none until the metrics have run.
   */
  private async critical(tx: TransactionRunner, firms: string[], drafts: DraftRule): Promise<{ rows: CriticalRow[]; from: CriticalSource }> {
    const [metrics] = await tx.run(getRun);
    const run = metrics?.run;
    if (run && run.maxTier >= critical.k) {
      const rows = await tx.run(findCriticalStored, { firms, k: critical.k, limit: critical.limit * 3, drafts });
      return { rows, from: { kind: 'stored', computedAt: run.computedAt } };
    }
    if (firms.length > critical.liveFirms) return { rows: [], from: { kind: 'none' } };
    const rows = await tx.run(findCriticalLive, { firms, k: critical.k, limit: critical.limit * 3, confirmedOnly: false });
    return { rows, from: { kind: 'live' } };
  }

  private async scope(tx: TransactionRunner, query: ExportQuery, drafts: DraftRule) {
    if (query.scope !== 'all' && !query.id) throw badRequest('VALIDATION', (t) => t.exports.scopeNeedsId({ scope: query.scope }), '/query/id');
    const [row] = await tx.run(findScope, { kind: query.scope, id: query.id ?? null, hops: query.hops ?? 1, drafts });
    if (!row?.found) throw notFound(scopeKind[query.scope], query.id ?? '', '/query/id');
    return { ids: row.ids, names: row.scope };
  }

  /** The explorer's view: the same network the explorer draws for these filters. */
  private async viewIds(query: ExportQuery, viewer: AuthUser | null): Promise<string[]> {
    const { scope: _s, id, hops, limit, lang: _l, colour: _c, ...filters } = query;
    const network = id
      ? await this.network.ego({ ...filters, id, hops: hops ?? 1, limit: Math.min(limit ?? 500, 5000) }, viewer)
      : await this.network.cluster({ ...filters, limit: limit ?? 2000 }, viewer);
    return network.graph.nodes.map((n) => n.key);
  }

  private async viewScope(tx: TransactionRunner, query: ExportQuery, ids: string[], drafts: DraftRule) {
    if (!query.id) return { ids, names: null };
    const refs = await this.names(tx, [query.id], drafts);
    const centre = refs.get(query.id);
    if (!centre) throw notFound('actor', query.id, '/query/id');
    return { ids, names: centre };
  }

  /** Names of what the files mention; get-refs leaves out the drafts the viewer may not see. */
  private async names(tx: TransactionRunner, ids: string[], drafts: DraftRule): Promise<ScopeData['names']> {
    const rows = await tx.run(getRefs, { ids: [...new Set(ids)], drafts });
    return new Map(rows.map((r) => [r.id, r]));
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    exportsRepository: ExportsRepository;
  }
}

export default fp(
  async (app) => {
    // A scope's export reads several queries in one transaction: allow it longer than one answer.
    app.decorate('exportsRepository', new ExportsRepository(app.runner.withTimeout(120_000), app.networkRepository));
  },
  { name: 'exports-repository', dependencies: ['neo4j', 'network-repository'] },
);
