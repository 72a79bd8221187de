// What the analytics repositories share: the look-up of names for the ids an answer mentions, and
// the checks that turn unknown ids and unneeded products into clear 4xx answers.
import { badRequest, notFound } from '../../errors';
import type { NodeKind } from '../../i18n/index';
import { readQuery } from '../../graph/queries';
import { Refs, type RefRow } from '../../graph/refs';
import type { TransactionRunner } from '../../graph/runner';
import type { InstituteMatch } from '../../schemas/analytics';
import type { DraftRule } from '../../auth/drafts';

const getRefs = readQuery<RefRow>('analytics/get-refs');
const checkNeed = readQuery<{ firm: boolean; product: boolean; needed: boolean }>('analytics/check-need');

export interface InstituteRow {
  id: string;
  reasons: { reason: InstituteMatch['reasons'][number]['reason']; id: string }[];
  distanceKm: number | null;
  cooperating: boolean;
}
const findInstitutesQuery = readQuery<InstituteRow>('matching/find-institutes');

/** Names for `ids`; a draft `drafts` does not let the asker see gets none (see Refs.has). */
export async function loadRefs(tx: TransactionRunner, ids: Iterable<string>, drafts: DraftRule): Promise<Refs> {
  return new Refs(await tx.run(getRefs, { ids: [...new Set(ids)], drafts }));
}

/** Names for the `required` ids, after checking that each is a node of the expected kind (a hidden draft is not found). */
export async function loadChecked(tx: TransactionRunner, required: { id: string; kind: NodeKind; field: string }[], drafts: DraftRule): Promise<Refs> {
  const refs = await loadRefs(tx, required.map((r) => r.id), drafts);
  for (const { id, kind, field } of required) {
    if (refs.kindOf(id) !== kind) throw notFound(kind, id, field);
  }
  return refs;
}

/** A firm and a product it needs; 404 for either unknown, 400 NOT_NEEDED when it does not need it. */
export async function requireNeed(tx: Pick<TransactionRunner, 'run'>, firm: string, product: string, drafts: DraftRule): Promise<void> {
  const [row] = await tx.run(checkNeed, { firm, product, drafts });
  needChecked(row, firm, product);
}

/** The answer of a need check (analytics/check-need, or a statement that makes it too) as 404 or 400. */
export function needChecked(row: { firm: boolean; product: boolean; needed: boolean } | undefined, firm: string, product: string): void {
  if (!row?.firm) throw notFound('firm', firm, '/query/firm');
  if (!row.product) throw notFound('product', product, '/query/product');
  if (!row.needed) {
    throw badRequest('NOT_NEEDED', (t) => t.errors.notNeeded({ firm, product }), '/query/product');
  }
}

/**
 * Institutes researching `products` (null: all the firm offers or needs) or the firm's sector, as
 * ids: `namedInstitutes` names them once the ids `instituteIds` lists are loaded, so a repository
 * can load those names with its own in one round trip.
 */
export async function findInstitutes(
  tx: TransactionRunner,
  firm: string,
  products: string[] | null,
  limit: number,
  viewing: { drafts: DraftRule; confirmedOnly: boolean },
): Promise<InstituteRow[]> {
  return limit === 0 ? [] : tx.run(findInstitutesQuery, { firm, products, limit, ...viewing });
}

export const instituteIds = (rows: InstituteRow[]): string[] => rows.flatMap((row) => [row.id, ...row.reasons.map((r) => r.id)]);

export const namedInstitutes = (rows: InstituteRow[], refs: Refs): InstituteMatch[] =>
  rows.map((row) => ({
    institute: refs.actor(row.id),
    reasons: row.reasons.map((r) => ({ ...r, name: refs.actor(r.id).name })),
    distanceKm: roundKm(row.distanceKm),
    cooperating: row.cooperating,
  }));

/** Institutes researching `products` (null: all the firm offers or needs) or the firm's sector. */
export async function institutesFor(
  tx: TransactionRunner,
  firm: string,
  products: string[] | null,
  limit: number,
  viewing: { drafts: DraftRule; confirmedOnly: boolean },
): Promise<InstituteMatch[]> {
  const rows = await findInstitutes(tx, firm, products, limit, viewing);
  return rows.length === 0 ? [] : namedInstitutes(rows, await loadRefs(tx, instituteIds(rows), viewing.drafts));
}

export const roundKm = (km: number | null) => (km === null ? null : Math.round(km * 10) / 10);
