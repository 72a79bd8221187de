// Queries measured side by side with a reference on the same samples, one call each in turn so
// both see the same load: our k shortest chains against the plain Neo4j Browser query (the
// reference runs through the driver, so ours is measured through HTTP and, like for like, directly
// through its repository), and area risk's critical firms read from the stored dependants against
// the live walk it ran before.
import { readQuery } from '../../server/src/graph/queries';
import type { QueryRunner } from '../../server/src/graph/runner';
import type { App, Samples } from './cases';

const chainsInBrowser = readQuery<{ p: unknown }>('bench/find-chains-browser');
const criticalLive = readQuery<{ id: string }>('risk/find-critical-suppliers');
const areaFirms = readQuery<{ id: string }>('risk/find-area-firms');
const criticalStored = readQuery<{ id: string }>('risk/find-critical-firms');

export interface Context {
  runner: QueryRunner;
  app: App;
  /** GET through HTTP from the running app, failing on any status but 200. */
  http(path: string): Promise<void>;
}

export interface Comparison {
  name: string;
  reference: string;
  /** Prepares the i-th call's parameters outside the timing, then returns the two calls to time. */
  prepare(context: Context, samples: Samples, i: number): Promise<{ ours: () => Promise<unknown>; theirs: () => Promise<unknown> }>;
}

const pick = <T>(list: T[], i: number): T => list[i % list.length]!;

export const comparisons: Comparison[] = [
  {
    name: 'k shortest chains (k=3), API call',
    reference: 'plain Neo4j Browser query',
    async prepare({ runner, http }, samples, i) {
      const { firm, product } = pick(samples.needs, i);
      return {
        ours: () => http(`/api/paths/chains?firm=${firm}&product=${product}&k=3`),
        theirs: () => runner.run(chainsInBrowser, { firm, product }),
      };
    },
  },
  {
    name: 'k shortest chains (k=3), repository',
    reference: 'plain Neo4j Browser query',
    async prepare({ runner, app }, samples, i) {
      const { firm, product } = pick(samples.needs, i);
      return {
        ours: () => app.pathsRepository.chains({ firm, product, k: 3 } as never, null),
        theirs: () => runner.run(chainsInBrowser, { firm, product }),
      };
    },
  },
  {
    name: 'critical firms of a district (k=3), stored dependants',
    reference: 'live walk 3 tiers upstream (before)',
    async prepare({ runner }, samples, i) {
      const firms = (await runner.run(areaFirms, { sector: null, region: pick(samples.districts, i), cluster: null })).map((r) => r.id);
      return {
        ours: () => runner.run(criticalStored, { firms, k: 3, limit: 20, drafts: null }),
        theirs: () => runner.run(criticalLive, { firms, k: 3, limit: 20, confirmedOnly: false }),
      };
    },
  },
];
