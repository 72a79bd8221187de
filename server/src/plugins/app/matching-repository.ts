// Partner matching: offers meeting needs across the border, cooperation candidates scored by
// shared sectors and complementary products (graph/scores.ts), and institutes to contact.
import fp from 'fastify-plugin';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import { byScore, scoreCooperation } from '../../graph/scores';
import type { CooperationCandidates, InstitutesAnswer, MatchingQuery, TradePartners } from '../../schemas/matching';
import { institutesFor, loadChecked, loadRefs, roundKm } from './analytics-support';
import type { AuthUser } from '../../auth/roles';
import { viewingOf } from '../../graph/viewing';

interface TradeRow {
  direction: 'buy' | 'sell';
  total: number;
  matches: { partner: string; product: string; distanceKm: number | null }[];
}

interface CandidateRow {
  id: string;
  sharedClasses: string[];
  sharedDivisions: string[];
  offersNeeded: string[];
  needsOffered: string[];
  inputLinked: string[];
  organisations: string[];
  distanceKm: number | null;
  crossBorder: boolean;
  trading: boolean;
}

const findTradePartners = readQuery<TradeRow>('matching/find-trade-partners');
const findCooperationCandidates = readQuery<CandidateRow>('matching/find-cooperation-candidates');

/** Firms weighed per answer; the most complementary come first. */
const candidates = 5000;

const firmField = (firm: string) => [{ id: firm, kind: 'firm' as const, field: '/query/firm' }];

export class MatchingRepository {
  constructor(private readonly runner: QueryRunner) {}

  trade(query: MatchingQuery, viewer: AuthUser | null): Promise<TradePartners> {
    const viewing = viewingOf(viewer, query);
    return this.runner.read(async (tx) => {
      await loadChecked(tx, firmField(query.firm), viewing.drafts);
      const rows = await tx.run(findTradePartners, { firm: query.firm, limit: query.limit ?? 20, ...viewing });
      const refs = await loadRefs(tx, [query.firm, ...rows.flatMap((row) => row.matches.flatMap((m) => [m.partner, m.product]))], viewing.drafts);
      const side = (direction: TradeRow['direction']) => {
        const row = rows.find((r) => r.direction === direction);
        return {
          total: row?.total ?? 0,
          matches: (row?.matches ?? []).map((m) => ({
            partner: refs.actor(m.partner),
            product: refs.product(m.product),
            distanceKm: roundKm(m.distanceKm),
          })),
        };
      };
      return { firm: refs.actor(query.firm), buy: side('buy'), sell: side('sell') };
    });
  }

  cooperation(query: MatchingQuery, viewer: AuthUser | null): Promise<CooperationCandidates> {
    const viewing = viewingOf(viewer, query);
    return this.runner.read(async (tx) => {
      await loadChecked(tx, firmField(query.firm), viewing.drafts);
      const rows = await tx.run(findCooperationCandidates, { firm: query.firm, candidates, ...viewing });
      const ranked = rows
        .map((row) => ({
          row,
          id: row.id,
          ...scoreCooperation({ ...row, complementary: row.offersNeeded.length + row.needsOffered.length + row.inputLinked.length }),
        }))
        .sort(byScore)
        .slice(0, query.limit ?? 20);
      const refs = await loadRefs(tx, [
        query.firm,
        ...ranked.flatMap(({ row }) => [row.id, ...row.offersNeeded, ...row.needsOffered, ...row.inputLinked, ...row.organisations]),
      ], viewing.drafts);
      const products = (ids: string[]) => ids.map((id) => refs.product(id));
      return {
        firm: refs.actor(query.firm),
        candidates: ranked.map(({ row, score, points }) => ({
          partner: refs.actor(row.id),
          score,
          parts: {
            sector: { sharedClasses: row.sharedClasses, sharedDivisions: row.sharedDivisions, points: points.sector },
            products: {
              offersYouNeed: products(row.offersNeeded),
              needsYouOffer: products(row.needsOffered),
              inputLinked: products(row.inputLinked),
              points: points.products,
            },
            distance: { km: roundKm(row.distanceKm), points: points.distance },
            crossBorder: { value: row.crossBorder, points: points.crossBorder },
            organisations: { shared: row.organisations.map((id) => refs.actor(id)), points: points.organisations },
            trading: { value: row.trading, points: points.trading },
          },
        })),
        totalCandidates: rows.length,
      };
    });
  }

  institutes(query: MatchingQuery, viewer: AuthUser | null): Promise<InstitutesAnswer> {
    const viewing = viewingOf(viewer, query);
    return this.runner.read(async (tx) => {
      const refs = await loadChecked(tx, firmField(query.firm), viewing.drafts);
      return { firm: refs.actor(query.firm), institutes: await institutesFor(tx, query.firm, null, query.limit ?? 20, viewing) };
    });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    matchingRepository: MatchingRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('matchingRepository', new MatchingRepository(app.runner));
  },
  { name: 'matching-repository', dependencies: ['neo4j'] },
);
