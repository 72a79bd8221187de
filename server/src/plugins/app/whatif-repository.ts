// What-if scenarios: which firms lose every supplier of a product when a firm, a region or the
// border drops out, and what remains.
import fp from 'fastify-plugin';
import { badRequest } from '../../errors';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import type { WhatIf, WhatIfQuery } from '../../schemas/whatif';
import { loadChecked, loadRefs, roundKm } from './analytics-support';
import type { AuthUser } from '../../auth/roles';
import { draftsVisibleTo } from '../../auth/drafts';

interface LossesRow {
  cutLinks: number;
  affectedFirms: number;
  total: number;
  losses: {
    firm: string;
    product: string;
    lost: string[];
    alternatives: { id: string; distanceKm: number | null }[];
    alternativeCount: number;
  }[];
}

const findLostSupply = readQuery<LossesRow>('whatif/find-lost-supply');
/** The firms of a region at any level: what a district scenario removes. */
const findAreaFirms = readQuery<{ id: string }>('risk/find-area-firms');

const removedKind = { firm: 'firm', district: 'region' } as const;

export class WhatIfRepository {
  constructor(private readonly runner: QueryRunner) {}

  run(query: WhatIfQuery, viewer: AuthUser | null): Promise<WhatIf> {
    const drafts = draftsVisibleTo(viewer);
    const { scenario } = query;
    const id = scenario === 'border' ? null : query.id;
    if (scenario !== 'border' && !id) throw badRequest('VALIDATION', (t) => t.errors.whatIfNeedsId[scenario], '/query/id');
    return this.runner.read(async (tx) => {
      if (scenario !== 'border') await loadChecked(tx, [{ id: id!, kind: removedKind[scenario], field: '/query/id' }], drafts);
      const removed =
        scenario === 'district' ? (await tx.run(findAreaFirms, { sector: null, region: id, cluster: null })).map((row) => row.id) : [];
      const [row] = await tx.run(findLostSupply, { scenario, id, removed, limit: query.limit ?? 200, alternatives: query.alternatives ?? 5, drafts });
      const { cutLinks = 0, affectedFirms = 0, total = 0, losses = [] } = row ?? {};
      const refs = await loadRefs(tx, [
        ...(id ? [id] : []),
        ...losses.flatMap((loss) => [loss.firm, loss.product, ...loss.lost, ...loss.alternatives.map((a) => a.id)]),
      ], drafts);
      // A hidden draft's loss counts in the figures; it is not listed, nor named as a lost supplier.
      return {
        scenario: { type: scenario, removed: id ? refs.actor(id) : null },
        cutLinks,
        affectedFirms,
        totalLosses: total,
        losses: losses.filter((loss) => refs.has(loss.firm)).map((loss) => ({
          firm: refs.actor(loss.firm),
          product: refs.product(loss.product),
          lostSuppliers: loss.lost.filter((supplier) => refs.has(supplier)).map((supplier) => refs.actor(supplier)),
          alternatives: loss.alternatives.map((a) => ({ firm: refs.actor(a.id), distanceKm: roundKm(a.distanceKm) })),
          totalAlternatives: loss.alternativeCount,
        })),
        truncated: total > losses.length,
      };
    });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    whatIfRepository: WhatIfRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('whatIfRepository', new WhatIfRepository(app.runner));
  },
  { name: 'whatif-repository', dependencies: ['neo4j'] },
);
