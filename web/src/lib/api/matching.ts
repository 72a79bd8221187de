// Partner matching for a firm: trade across the border, cooperation candidates, institutes.
import type { CooperationCandidates, InstitutesAnswer, MatchingQuery, TradePartners } from '../../../../server/src/schemas/matching';
import { call } from './endpoints';
import type { Query } from './client';

export type { CooperationCandidates, InstitutesAnswer, TradePartners };

const crossBorderCall = call('get', '/api/matching/cross-border');
const cooperationCall = call('get', '/api/matching/cooperation');
const institutesCall = call('get', '/api/matching/institutes');

export const fetchTradePartners = (query: MatchingQuery, signal?: AbortSignal) => crossBorderCall<TradePartners>({ query: query as Query, signal });
export const fetchCooperation = (query: MatchingQuery, signal?: AbortSignal) =>
  cooperationCall<CooperationCandidates>({ query: query as Query, signal });
export const fetchInstitutes = (query: MatchingQuery, signal?: AbortSignal) => institutesCall<InstitutesAnswer>({ query: query as Query, signal });
