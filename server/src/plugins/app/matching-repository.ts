// Partner matching: offers meeting needs across the border, cooperation candidates scored by
// shared sectors and complementary products (graph/scores.ts), and institutes to contact.
import fp from 'fastify-plugin';
import { readQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { byScore, scoreCooperation, type CooperationFacts } from '../../graph/scores';
import type { CooperationCandidates, InstitutesAnswer, MatchingQuery, TradePartners } from '../../schemas/matching';
import { institutesFor, loadChecked, loadRefs, roundKm } from './analytics-support';
import type { AuthUser } from '../../auth/roles';
import { viewingOf } from '../../graph/viewing';

interface TradeRow {
  direction: 'buy' | 'sell';
  total: number;
  matches: { partner: string; product: string; distanceKm: number | null }[];
}

/** A candidate with the parts of its score the search gives: all but the shared organisations. */
interface CandidateRow extends Omit<CooperationFacts, 'organisations'> {
  id: string;
  /** How many organisations the firm is a member of: at most so many can be shared. */
  firmMemberships: number;
}

interface DetailsRow {
  id: string;
  offersNeeded: string[];
  needsOffered: string[];
  inputLinked: string[];
  organisations: string[];
}

const findTradePartners = readQuery<TradeRow>('matching/find-trade-partners');
const findCooperationCandidates = readQuery<CandidateRow>('matching/find-cooperation-candidates');
const findCooperationDetails = readQuery<DetailsRow>('matching/find-cooperation-details');

/** Firms weighed per answer; the most complementary come first. */
const candidates = 5000;

/**
 * The candidates that can still be among the best `limit`, with their products and shared
 * organisations: the search knows every part of a candidate's score but the shared organisations,
 * which add nothing at least and the points of all the firm's organisations at most. Reading
 * products, sectors and organisations for each of 5,000 candidates took nine tenths of an answer's
 * db hits at 200,000 firms.
 */
async function withDetails(tx: TransactionRunner, firm: string, rows: CandidateRow[], limit: number): Promise<(CandidateRow & DetailsRow)[]> {
  const least = rows.map((row) => scoreCooperation({ ...row, organisations: [] }).score);
  const most = rows.map((row) => scoreCooperation({ ...row, organisations: Array<string>(row.firmMemberships).fill('') }).score);
  const bar = [...least].sort((a, b) => b - a)[limit - 1] ?? -Infinity;
  // Half a rounding step of the scores, so that no floating-point remainder keeps a row out.
  const contenders = rows.filter((_row, i) => most[i]! >= bar - 0.05);
  const details = new Map((await tx.run(findCooperationDetails, { firm, ids: contenders.map((row) => row.id) })).map((row) => [row.id, row]));
  // Read in the same transaction as the candidates: every one of them is there.
  return contenders.map((row) => ({ ...row, ...details.get(row.id)! }));
}

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
      const limit = query.limit ?? 20;
      const ranked = (await withDetails(tx, query.firm, rows, limit))
        .map((row) => ({
          row,
          id: row.id,
          ...scoreCooperation({ ...row, complementary: row.offersNeeded.length + row.needsOffered.length + row.inputLinked.length }),
        }))
        .sort(byScore)
        .slice(0, limit);
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
