// Single-source and concentration risk. The queries gather who supplies what; the flags and the
// Herfindahl–Hirschman indices are worked out here (graph/concentration.ts).
import fp from 'fastify-plugin';
import { badRequest } from '../../errors';
import { areaSupply, type AreaSupply, type SupplyRow } from '../../graph/area-supply';
import { storedListLength, type AreaFigures, type CriticalEntry } from '../../metrics/area-figures';
import { readQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import type { AreaRisk, AreaRiskQuery, FirmRisk, FirmRiskQuery, RiskFlag } from '../../schemas/risk';
import { loadChecked, loadRefs } from './analytics-support';
import { getRun } from '../../metrics/queries';
import type { AuthUser } from '../../auth/roles';
import { viewingOf, type Viewing } from '../../graph/viewing';

interface Source {
  id: string;
  country: string | null;
  district: string | null;
  /** False for a draft the asker may not see: it counts, unnamed. */
  named: boolean;
}

const findFirmSourcing = readQuery<{ product: string; suppliers: Source[]; offeredBy: number }>('risk/find-firm-sourcing');
const findAreaFirms = readQuery<{ id: string }>('risk/find-area-firms');
const findAreaSupply = readQuery<SupplyRow>('risk/find-area-supply');
const getAreaFigures = readQuery<{ figures: string; computedAt: string }>('risk/get-area-figures');
const findCriticalFirms = readQuery<{ id: string; dependants: number; direct: number }>('risk/find-critical-firms');
/** The live walk, for confirmed links only: the stored dependants count every link. */
const findCriticalSuppliers = readQuery<{ id: string; dependants: number; direct: number }>('risk/find-critical-suppliers');

type Area = { sector: string | null; region: string | null; cluster: string | null };

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();

function riskFlagsOf(suppliers: Source[]): RiskFlag[] {
  if (suppliers.length === 0) return ['NO_SUPPLIER'];
  if (suppliers.length === 1) return ['SINGLE_SOURCE'];
  const flags: RiskFlag[] = [];
  // A supplier whose place is unknown may be anywhere: it never makes suppliers "all in one place".
  const allIn = (placeOf: (s: Source) => string | null) => suppliers.every((s) => placeOf(s) !== null) && distinct(suppliers.map(placeOf)).length === 1;
  if (allIn((s) => s.country)) flags.push('ONE_COUNTRY');
  if (allIn((s) => s.district)) flags.push('ONE_DISTRICT');
  return flags;
}

export class RiskRepository {
  constructor(private readonly runner: QueryRunner) {}

  firm(query: FirmRiskQuery, viewer: AuthUser | null): Promise<FirmRisk> {
    const viewing = viewingOf(viewer, query);
    return this.runner.read(async (tx) => {
      await loadChecked(tx, [{ id: query.firm, kind: 'firm', field: '/query/firm' }], viewing.drafts);
      const rows = await tx.run(findFirmSourcing, { firm: query.firm, ...viewing });
      const refs = await loadRefs(tx, [query.firm, ...rows.flatMap((row) => [row.product, ...row.suppliers.map((s) => s.id)])], viewing.drafts);
      // Every supplier counts for the flags, places and order; a hidden draft is not named.
      const products = [...rows]
        .sort((a, b) => a.suppliers.length - b.suppliers.length || (a.product < b.product ? -1 : 1))
        .map((row) => ({
          product: refs.product(row.product),
          suppliers: row.suppliers.filter((s) => s.named).map((s) => refs.actor(s.id)),
          countries: distinct(row.suppliers.map((s) => s.country)),
          districts: distinct(row.suppliers.map((s) => s.district)),
          offeredBy: row.offeredBy,
          risks: riskFlagsOf(row.suppliers),
        }));
      return { firm: refs.actor(query.firm), products };
    });
  }

  area(query: AreaRiskQuery, viewer: AuthUser | null): Promise<AreaRisk> {
    const viewing = viewingOf(viewer, query);
    const area: Area = { sector: query.sector ?? null, region: query.region ?? null, cluster: query.cluster ?? null };
    if (!area.sector && !area.region && !area.cluster) {
      throw badRequest('VALIDATION', (t) => t.errors.areaNeeded, '/query/sector');
    }
    const k = query.k ?? 3;
    const limit = query.limit ?? 20;
    return this.runner.read(async (tx) => {
      await loadChecked(tx, [
        ...(area.sector ? [{ id: area.sector, kind: 'sector' as const, field: '/query/sector' }] : []),
        ...(area.region ? [{ id: area.region, kind: 'region' as const, field: '/query/region' }] : []),
        ...(area.cluster ? [{ id: area.cluster, kind: 'organisation' as const, field: '/query/cluster' }] : []),
      ], viewing.drafts);
      // A district as a whole, counting every link, was worked out by the whole-region job: its
      // stored figures answer at once. Sector and cluster filters and confirmed links only are
      // answered live, within the request's timeout (422 TOO_COMPLEX where a large area runs past it).
      const [stored] = area.region && !area.sector && !area.cluster && !viewing.confirmedOnly ? await tx.run(getAreaFigures, { region: area.region }) : [];
      const figures: AreaFigures & { computedAt: string | null } = stored
        ? { ...(JSON.parse(stored.figures) as AreaFigures), computedAt: stored.computedAt }
        : await this.liveFigures(tx, area, k, viewing);
      // The area's drafts count in its figures; only the critical firms are named.
      const critical = figures.critical[k - 1]!;
      const products = figures.products.slice(0, limit);
      const refs = await loadRefs(tx, [...products.map((p) => p.id), ...critical.map(([id]) => id)], viewing.drafts);
      const [metrics] = await tx.run(getRun);
      return {
        area,
        firms: figures.firms,
        supplyLinks: figures.supplyLinks,
        concentration: figures.concentration,
        products: products.map(({ id, ...rest }) => ({ product: refs.product(id), ...rest })),
        k,
        criticalFirms: critical
          .filter(([id]) => refs.has(id))
          .slice(0, limit)
          .map(([id, dependants, direct]) => ({ firm: refs.actor(id), dependants, direct })),
        dependantsComputedAt: metrics?.run?.computedAt ?? null,
        figuresComputedAt: figures.computedAt,
      };
    });
  }

  /** The figures of any area, read for this answer; critical firms only for the asked k. */
  private async liveFigures(tx: TransactionRunner, area: Area, k: number, viewing: Viewing): Promise<AreaFigures & { computedAt: null }> {
    const firms = (await tx.run(findAreaFirms, area)).map((row) => row.id);
    const supply: AreaSupply = areaSupply(await tx.run(findAreaSupply, { firms, confirmedOnly: viewing.confirmedOnly }));
    const critical = viewing.confirmedOnly
      ? await tx.run(findCriticalSuppliers, { firms, k, limit: storedListLength, confirmedOnly: true })
      : await tx.run(findCriticalFirms, { firms, k, limit: storedListLength, drafts: viewing.drafts });
    const ranked = critical.map((c): CriticalEntry => [c.id, c.dependants, c.direct]);
    return { firms: firms.length, ...supply, critical: Array.from({ length: k }, (_, t) => (t === k - 1 ? ranked : [])), computedAt: null };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    riskRepository: RiskRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('riskRepository', new RiskRepository(app.runner));
  },
  { name: 'risk-repository', dependencies: ['neo4j'] },
);
