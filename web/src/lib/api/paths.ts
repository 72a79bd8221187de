// Supplier paths: a firm's supply tree, chains to a product it needs, chains between two firms.
import type { Between, BetweenQuery, Chains, ChainsQuery, SupplierTree, SupplierTreeQuery } from '../../../../server/src/schemas/paths';
import type { ActorRef, Path, ProductRef, Step } from '../../../../server/src/schemas/analytics';
import { call } from './endpoints';
import type { Query } from './client';

export type { ActorRef, Between, Chains, Path, ProductRef, Step, SupplierTree };

const treeCall = call('get', '/api/paths/supplier-tree');
const chainsCall = call('get', '/api/paths/chains');
const betweenCall = call('get', '/api/paths/between');

export const fetchSupplierTree = (query: SupplierTreeQuery, signal?: AbortSignal) =>
  treeCall<SupplierTree>({ query: query as Query, signal });
export const fetchChains = (query: ChainsQuery, signal?: AbortSignal) => chainsCall<Chains>({ query: query as Query, signal });
export const fetchBetween = (query: BetweenQuery, signal?: AbortSignal) => betweenCall<Between>({ query: query as Query, signal });
