// Alternative suppliers for a product a firm needs: the queries gather the facts, scores.ts weighs
// them, and the answer shows each part so a person can judge the ranking. The facts that take a
// walk per firm are read only for the firms that need them (see withTies).
import fp from 'fastify-plugin';
import { readQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { alternativeWeights, byScore, scoreAlternative, type AlternativeFacts } from '../../graph/scores';
import type { Diversification, DiversificationQuery } from '../../schemas/diversification';
import { institutesFor, loadRefs, requireNeed, roundKm } from './analytics-support';
import type { AuthUser } from '../../auth/roles';
import { viewingOf } from '../../graph/viewing';

type Ties = Pick<AlternativeFacts, 'organisations' | 'introducers'>;

interface AlternativeRow extends Omit<AlternativeFacts, keyof Ties> {
  id: string;
}

const findAlternatives = readQuery<AlternativeRow>('diversification/find-alternatives');
const findIntroducers = readQuery<{ id: string; introducers: string[] }>('diversification/find-introducers');
const findSharedOrganisations = readQuery<{ id: string; organisations: string[] }>('diversification/find-shared-organisations');
const findCurrentSuppliers = readQuery<{ id: string }>('diversification/find-current-suppliers');
const findOffered = readQuery<{ id: string; offered: string[] }>('diversification/find-offered');

/** Firms weighed per answer; same-product offers and near firms come first. */
const candidates = 2000;

/**
 * The rows with their ties (introducers, shared organisations), as far as they can still matter:
 * the introducers of all (walked from the firm's side, cheap), the shared organisations only of the
 * rows that can still be among the best `limit`. A row whose score with the most shared
 * organisations can add stays below the limit-th best score without them cannot. Reading both for
 * each of 2,000 candidates took half the db hits of an answer at 200,000 firms.
 */
async function withTies(tx: TransactionRunner, firm: string, rows: AlternativeRow[], limit: number): Promise<(AlternativeRow & Ties)[]> {
  const introduced = new Map((await tx.run(findIntroducers, { firm, ids: rows.map((row) => row.id) })).map((row) => [row.id, row.introducers]));
  const withIntroducers = rows.map((row) => ({ ...row, introducers: introduced.get(row.id) ?? [], organisations: [] as string[] }));
  const least = withIntroducers.map((row) => scoreAlternative(row).score);
  const bar = [...least].sort((a, b) => b - a)[limit - 1] ?? -Infinity;
  // Half a rounding step of the scores, so that no floating-point remainder keeps a row out.
  const contenders = withIntroducers.filter((_row, i) => least[i]! + alternativeWeights.organisations >= bar - 0.05);
  const shared = new Map((await tx.run(findSharedOrganisations, { firm, ids: contenders.map((row) => row.id) })).map((row) => [row.id, row.organisations]));
  return contenders.map((row) => ({ ...row, organisations: shared.get(row.id) ?? [] }));
}

export class DiversificationRepository {
  constructor(private readonly runner: QueryRunner) {}

  alternatives(query: DiversificationQuery, viewer: AuthUser | null): Promise<Diversification> {
    const { firm, product } = query;
    const viewing = viewingOf(viewer);
    return this.runner.read(async (tx) => {
      // What does not depend on another answer is sent at once (pipelined in the transaction); the
      // rows count only when the check passes.
      const [, current, rows, institutes] = await Promise.all([
        requireNeed(tx, firm, product, viewing.drafts),
        tx.run(findCurrentSuppliers, { firm, product }),
        tx.run(findAlternatives, { firm, product, candidates, drafts: viewing.drafts }),
        institutesFor(tx, firm, [product], query.institutes ?? 10, viewing),
      ]);
      const ranked = (await withTies(tx, firm, rows, query.limit ?? 20))
        .map((row) => ({ row, ...scoreAlternative(row), id: row.id }))
        .sort(byScore)
        .slice(0, query.limit ?? 20);
      const offered = new Map((await tx.run(findOffered, { product, ids: ranked.map(({ id }) => id) })).map((row) => [row.id, row.offered]));
      const offers = (id: string) => offered.get(id) ?? [];
      const refs = await loadRefs(tx, [
        firm,
        product,
        ...current.map((c) => c.id),
        ...ranked.flatMap(({ row }) => [row.id, ...offers(row.id), ...row.organisations, ...row.introducers]),
      ], viewing.drafts);
      const named = (ids: string[]) => ids.filter((id) => refs.has(id)).map((id) => refs.actor(id));
      return {
        firm: refs.actor(firm),
        product: refs.product(product),
        currentSuppliers: named(current.map((c) => c.id)),
        alternatives: ranked.map(({ row, score, points }) => ({
          firm: refs.actor(row.id),
          offers: offers(row.id).map((id) => refs.product(id)),
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
        institutes,
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
