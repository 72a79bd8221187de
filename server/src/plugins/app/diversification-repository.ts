// Alternative suppliers for a product a firm needs: the queries gather the facts, scores.ts weighs
// them, and the answer shows each part so a person can judge the ranking. The facts that take a
// walk per firm are read only for the firms that need them (see withTies). An answer takes three
// round trips: what needs no other answer, sent together; the shared organisations of the firms
// that can still make the list; what those offer and every name the answer gives.
import fp from 'fastify-plugin';
import { readQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { alternativeWeights, byScore, scoreAlternative, type AlternativeFacts } from '../../graph/scores';
import type { Diversification, DiversificationQuery } from '../../schemas/diversification';
import { findInstitutes, instituteIds, loadRefs, namedInstitutes, requireNeed, roundKm } from './analytics-support';
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
const findContext = readQuery<{ substitutes: string[]; memberships: number }>('diversification/find-context');

/** Firms weighed per answer; same-product offers and near firms come first. */
const candidates = 2000;

/**
 * The rows with their ties (introducers, shared organisations), as far as they can still matter:
 * the introducers of all (read with the rows), the shared organisations only of the rows that can
 * still be among the best `limit`, and of none when the firm is in no organisation. A row whose
 * score with the most shared organisations can add stays below the limit-th best score without
 * them cannot. Reading both for each of 2,000 candidates took half the db hits of an answer at
 * 200,000 firms.
 */
async function withTies(
  tx: TransactionRunner,
  firm: string,
  rows: AlternativeRow[],
  introduced: Map<string, string[]>,
  memberships: number,
  limit: number,
): Promise<(AlternativeRow & Ties)[]> {
  const withIntroducers = rows.map((row) => ({ ...row, introducers: introduced.get(row.id) ?? [], organisations: [] as string[] }));
  const least = withIntroducers.map((row) => scoreAlternative(row).score);
  const bar = [...least].sort((a, b) => b - a)[limit - 1] ?? -Infinity;
  // Half a rounding step of the scores, so that no floating-point remainder keeps a row out.
  const contenders = withIntroducers.filter((_row, i) => least[i]! + alternativeWeights.organisations >= bar - 0.05);
  if (memberships === 0) return contenders;
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
      const [, current, rows, introducers, [context], instituteRows] = await Promise.all([
        requireNeed(tx, firm, product, viewing.drafts),
        tx.run(findCurrentSuppliers, { firm, product }),
        tx.run(findAlternatives, { firm, product, candidates, drafts: viewing.drafts }),
        tx.run(findIntroducers, { firm }),
        tx.run(findContext, { firm, product }),
        findInstitutes(tx, firm, [product], query.institutes ?? 10, viewing),
      ]);
      const introduced = new Map(introducers.map((row) => [row.id, row.introducers]));
      const ranked = (await withTies(tx, firm, rows, introduced, context?.memberships ?? 0, query.limit ?? 20))
        .map((row) => ({ row, ...scoreAlternative(row), id: row.id }))
        .sort(byScore)
        .slice(0, query.limit ?? 20);
      // What the listed firms offer, and the names of all an answer mentions: the products they
      // can offer are the product and its substitutes, so both are sent at once.
      const [offeredRows, refs] = await Promise.all([
        tx.run(findOffered, { product, ids: ranked.map(({ id }) => id) }),
        loadRefs(tx, [
          firm,
          product,
          ...(context?.substitutes ?? []),
          ...current.map((c) => c.id),
          ...ranked.flatMap(({ row }) => [row.id, ...row.organisations, ...row.introducers]),
          ...instituteIds(instituteRows),
        ], viewing.drafts),
      ]);
      const offered = new Map(offeredRows.map((row) => [row.id, row.offered]));
      const offers = (id: string) => offered.get(id) ?? [];
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
        institutes: namedInstitutes(instituteRows, refs),
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
