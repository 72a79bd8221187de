// What the benchmark measures: each API query with varied parameters, once through HTTP and once
// directly through its repository (the same Cypher through neo4j-driver, without HTTP and Fastify).
import type { buildApp } from '../../server/src/app';

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface Samples {
  needs: { firm: string; product: string }[];
  districts: string[];
  divisions: string[];
}

export interface BenchCase {
  name: string;
  /** Path and query string of the HTTP call for the i-th parameter set. */
  url(samples: Samples, i: number): string;
  direct(app: App, samples: Samples, i: number): Promise<unknown>;
}

const pick = <T>(list: T[], i: number): T => list[i % list.length]!;
const need = (s: Samples, i: number) => pick(s.needs, i);
/** A second firm far from the first in the sample, for queries between two firms. */
const other = (s: Samples, i: number) => pick(s.needs, i + Math.floor(s.needs.length / 2)).firm;

const overviewFilter = (s: Samples, i: number): string =>
  pick(['', `region=${pick(s.districts, i)}`, `sector=${pick(s.divisions, i)}`, 'crossBorder=true', 'country=CZ'], i);

export const cases: BenchCase[] = [
  {
    name: 'firm lookup',
    url: (s, i) => `/api/firms/${need(s, i).firm}`,
    direct: (app, s, i) => app.entitiesRepository.get('firm', need(s, i).firm, null),
  },
  {
    name: 'search',
    url: (_s, i) => `/api/search?q=${pick(['Spritzguss', 'vstřikování', 'Drehteile', 'Logistik', 'software', 'Glas'], i)}`,
    direct: (app, _s, i) => app.searchRepository.search({ q: pick(['Spritzguss', 'vstřikování', 'Drehteile', 'Logistik', 'software', 'Glas'], i), limit: 25, offset: 0 }, null),
  },
  {
    // The explorer's first view: the stored groups, unfiltered and with each kind of filter in turn.
    name: 'overview',
    url: (s, i) => `/api/network/overview?${overviewFilter(s, i)}`,
    direct: (app, s, i) => {
      const { crossBorder, ...filters } = Object.fromEntries(new URLSearchParams(overviewFilter(s, i)));
      return app.networkRepository.overview({ ...filters, crossBorder: crossBorder === 'true' });
    },
  },
  ...[1, 2, 3].map(
    (hops): BenchCase => ({
      name: `ego network ${hops} hop${hops > 1 ? 's' : ''}`,
      url: (s, i) => `/api/network/ego?id=${need(s, i).firm}&hops=${hops}&limit=2000`,
      direct: (app, s, i) => app.networkRepository.ego({ id: need(s, i).firm, hops, limit: 2000 } as never, null),
    }),
  ),
  {
    name: 'cluster network (district)',
    url: (s, i) => `/api/network/cluster?region=${pick(s.districts, i)}&limit=2000`,
    direct: (app, s, i) => app.networkRepository.cluster({ region: pick(s.districts, i), limit: 2000 } as never, null),
  },
  {
    name: 'supplier tree 4 tiers',
    url: (s, i) => `/api/paths/supplier-tree?firm=${need(s, i).firm}&k=4`,
    direct: (app, s, i) => app.pathsRepository.supplierTree({ firm: need(s, i).firm, k: 4 } as never, null),
  },
  {
    name: 'k shortest chains (k=3)',
    url: (s, i) => `/api/paths/chains?firm=${need(s, i).firm}&product=${need(s, i).product}&k=3`,
    direct: (app, s, i) => app.pathsRepository.chains({ firm: need(s, i).firm, product: need(s, i).product, k: 3 } as never, null),
  },
  {
    name: 'chains between two firms',
    url: (s, i) => `/api/paths/between?from=${need(s, i).firm}&to=${other(s, i)}`,
    direct: (app, s, i) => app.pathsRepository.between({ from: need(s, i).firm, to: other(s, i) } as never, null),
  },
  {
    name: 'alternative suppliers',
    url: (s, i) => `/api/diversification?firm=${need(s, i).firm}&product=${need(s, i).product}`,
    direct: (app, s, i) => app.diversificationRepository.alternatives({ firm: need(s, i).firm, product: need(s, i).product } as never, null),
  },
  {
    name: 'single-source risk (firm)',
    url: (s, i) => `/api/risk/firm?firm=${need(s, i).firm}`,
    direct: (app, s, i) => app.riskRepository.firm({ firm: need(s, i).firm }, null),
  },
  {
    name: 'concentration (district)',
    url: (s, i) => `/api/risk/area?region=${pick(s.districts, i)}&k=3`,
    direct: (app, s, i) => app.riskRepository.area({ region: pick(s.districts, i), k: 3 } as never, null),
  },
  {
    name: 'what-if: firm removed',
    url: (s, i) => `/api/whatif?scenario=firm&id=${need(s, i).firm}`,
    direct: (app, s, i) => app.whatIfRepository.run({ scenario: 'firm', id: need(s, i).firm } as never, null),
  },
  {
    name: 'cross-border partners',
    url: (s, i) => `/api/matching/cross-border?firm=${need(s, i).firm}`,
    direct: (app, s, i) => app.matchingRepository.trade({ firm: need(s, i).firm } as never, null),
  },
  {
    name: 'cooperation candidates',
    url: (s, i) => `/api/matching/cooperation?firm=${need(s, i).firm}`,
    direct: (app, s, i) => app.matchingRepository.cooperation({ firm: need(s, i).firm } as never, null),
  },
];
