// Alternative suppliers for a product a firm needs: the query gathers the facts, scores.ts weighs
// them, and the answer shows each part so a person can judge the ranking.
import fp from 'fastify-plugin';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import { byScore, scoreAlternative, type AlternativeFacts } from '../../graph/scores';
import type { Diversification, DiversificationQuery } from '../../schemas/diversification';
import { institutesFor, loadRefs, requireNeed, roundKm } from './analytics-support';
import type { AuthUser } from '../../auth/roles';
import { viewingOf } from '../../graph/viewing';

interface AlternativeRow extends AlternativeFacts {
  id: string;
  offered: string[];
}

const findAlternatives = readQuery<AlternativeRow>('diversification/find-alternatives');
const findCurrentSuppliers = readQuery<{ id: string }>('diversification/find-current-suppliers');

/** Firms weighed per answer; same-product offers and near firms come first. */
const candidates = 2000;

export class DiversificationRepository {
  constructor(private readonly runner: QueryRunner) {}

  alternatives(query: DiversificationQuery, viewer: AuthUser | null): Promise<Diversification> {
    const { firm, product } = query;
    const viewing = viewingOf(viewer);
    return this.runner.read(async (tx) => {
      await requireNeed(tx, firm, product, viewing.drafts);
      const current = await tx.run(findCurrentSuppliers, { firm, product });
      const rows = await tx.run(findAlternatives, { firm, product, candidates, drafts: viewing.drafts });
      const ranked = rows
        .map((row) => ({ row, ...scoreAlternative(row), id: row.id }))
        .sort(byScore)
        .slice(0, query.limit ?? 20);
      const refs = await loadRefs(tx, [
        firm,
        product,
        ...current.map((c) => c.id),
        ...ranked.flatMap(({ row }) => [row.id, ...row.offered, ...row.organisations, ...row.introducers]),
      ], viewing.drafts);
      const named = (ids: string[]) => ids.filter((id) => refs.has(id)).map((id) => refs.actor(id));
      return {
        firm: refs.actor(firm),
        product: refs.product(product),
        currentSuppliers: named(current.map((c) => c.id)),
        alternatives: ranked.map(({ row, score, points }) => ({
          firm: refs.actor(row.id),
          offers: row.offered.map((id) => refs.product(id)),
          score,
          parts: {
            product: { sameProduct: row.sameProduct, points: points.product },
            distance: { km: roundKm(row.distanceKm), points: points.distance },
            crossBorder: { value: row.crossBorder, points: points.crossBorder },
            size: { value: row.size, points: points.size },
            organisations: { shared: row.organisations.map((id) => refs.actor(id)), points: points.organisations },
            certifications: { held: row.certifications, points: points.certifications },
            introduction: { introducers: named(row.introducers), points: points.introduction },
          },
        })),
        totalAlternatives: rows.length,
        institutes: await institutesFor(tx, firm, [product], query.institutes ?? 10, viewing),
      };
    });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    diversificationRepository: DiversificationRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('diversificationRepository', new DiversificationRepository(app.runner));
  },
  { name: 'diversification-repository', dependencies: ['neo4j'] },
);
