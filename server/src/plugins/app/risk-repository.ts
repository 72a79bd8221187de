// Single-source and concentration risk. The queries gather who supplies what; the flags and the
// Herfindahl–Hirschman indices are worked out here (graph/concentration.ts).
import fp from 'fastify-plugin';
import { badRequest } from '../../errors';
import { concentration } from '../../graph/concentration';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import type { AreaRisk, AreaRiskQuery, FirmRisk, FirmRiskQuery, RiskFlag } from '../../schemas/risk';
import { loadChecked, loadRefs } from './analytics-support';
import { getRun } from '../../metrics/queries';
import type { AuthUser } from '../../auth/roles';
import { viewingOf } from '../../graph/viewing';

interface Source {
  id: string;
  country: string | null;
  district: string | null;
  /** False for a draft the asker may not see: it counts, unnamed. */
  named: boolean;
}

/** A supplier of one product into the area, with the number of supply links it has there. */
interface AreaLink {
  supplier: string;
  country: string | null;
  district: string | null;
  links: number;
}

const linksOf = (link: AreaLink) => link.links;

const findFirmSourcing = readQuery<{ product: string; suppliers: Source[]; offeredBy: number }>('risk/find-firm-sourcing');
const findAreaFirms = readQuery<{ id: string }>('risk/find-area-firms');
const findAreaSupply = readQuery<{ product: string; buyers: number; links: AreaLink[]; offeredBy: number }>('risk/find-area-supply');
const findCriticalFirms = readQuery<{ id: string; dependants: number; direct: number }>('risk/find-critical-firms');
/** The live walk, for confirmed links only: the stored dependants count every link. */
const findCriticalSuppliers = readQuery<{ id: string; dependants: number; direct: number }>('risk/find-critical-suppliers');

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
    const area = { sector: query.sector ?? null, region: query.region ?? null, cluster: query.cluster ?? null };
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
      const firms = (await tx.run(findAreaFirms, area)).map((row) => row.id);
      // The area's drafts count in its figures; only the critical firms are named.
      const supply = await tx.run(findAreaSupply, { firms, confirmedOnly: viewing.confirmedOnly });
      const critical = viewing.confirmedOnly
        ? await tx.run(findCriticalSuppliers, { firms, k, limit, confirmedOnly: true })
        : await tx.run(findCriticalFirms, { firms, k, limit, drafts: viewing.drafts });
      const links = supply.flatMap((row) => row.links);
      const products = supply
        .map((row) => ({
          id: row.product,
          buyers: row.buyers,
          suppliers: row.links.length,
          offeredBy: row.offeredBy,
          hhiCountry: concentration(row.links, (l) => l.country, linksOf).hhi,
          hhiDistrict: concentration(row.links, (l) => l.district, linksOf).hhi,
        }))
        .sort((a, b) => a.suppliers - b.suppliers || a.offeredBy - b.offeredBy || b.buyers - a.buyers || (a.id < b.id ? -1 : 1))
        .slice(0, limit);
      const refs = await loadRefs(tx, [...products.map((p) => p.id), ...critical.map((c) => c.id)], viewing.drafts);
      const [metrics] = await tx.run(getRun);
      return {
        area,
        firms: firms.length,
        supplyLinks: links.reduce((sum, l) => sum + l.links, 0),
        concentration: {
          country: concentration(links, (l) => l.country, linksOf),
          district: concentration(links, (l) => l.district, linksOf),
        },
        products: products.map(({ id, ...rest }) => ({ product: refs.product(id), ...rest })),
        k,
        criticalFirms: critical.filter((c) => refs.has(c.id)).map((c) => ({ firm: refs.actor(c.id), dependants: c.dependants, direct: c.direct })),
        dependantsComputedAt: metrics?.run?.computedAt ?? null,
      };
    });
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
