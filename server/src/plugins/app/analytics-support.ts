// What the analytics repositories share: the look-up of names for the ids an answer mentions, and
// the checks that turn unknown ids and unneeded products into clear 4xx answers.
import { badRequest, notFound } from '../../errors';
import { readQuery } from '../../graph/queries';
import { Refs, type RefRow } from '../../graph/refs';
import type { TransactionRunner } from '../../graph/runner';

const getRefs = readQuery<RefRow>('analytics/get-refs');
const checkNeed = readQuery<{ needed: boolean }>('analytics/check-need');

export async function loadRefs(tx: TransactionRunner, ids: Iterable<string>): Promise<Refs> {
  return new Refs(await tx.run(getRefs, { ids: [...new Set(ids)] }));
}

const labels: Record<string, string> = { firm: 'Firm', product: 'Product', region: 'Region', sector: 'Sector', organisation: 'Organisation' };

/** Names for `ids`, after checking that each `required` id is a node of the expected kind. */
export async function loadChecked(
  tx: TransactionRunner,
  required: { id: string; kind: string; field: string }[],
  ids: Iterable<string> = [],
): Promise<Refs> {
  const refs = await loadRefs(tx, [...required.map((r) => r.id), ...ids]);
  for (const { id, kind, field } of required) {
    if (refs.kindOf(id) !== kind) throw notFound(labels[kind] ?? kind, id, field);
  }
  return refs;
}

/** A firm and a product it needs; 404 for either unknown, 400 NOT_NEEDED when it does not need it. */
export async function requireNeed(tx: TransactionRunner, firm: string, product: string): Promise<Refs> {
  const refs = await loadChecked(tx, [
    { id: firm, kind: 'firm', field: '/query/firm' },
    { id: product, kind: 'product', field: '/query/product' },
  ]);
  const [row] = await tx.run(checkNeed, { firm, product });
  if (!row?.needed) {
    throw badRequest('NOT_NEEDED', `Firm '${firm}' does not need product '${product}'`, '/query/product');
  }
  return refs;
}

