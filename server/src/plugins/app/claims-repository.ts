// Claims: a member's supply or cooperation link with a firm that is not theirs stands as 'claimed'
// until a member of the other side (or staff) confirms it, or rejects it (the link goes). Staff
// verify links they have checked. Each of these is a write with its audit entry.
import fp from 'fastify-plugin';
import { ApiError } from '../../errors';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { hasRole, type AuthUser } from '../../auth/roles';
import type { Claim, ClaimBody } from '../../schemas/claims';
import type { EntitiesRepository } from './entities-repository';

const getLink = readQuery<{ properties: Record<string, unknown>; entererFirms: string[] }>('relationships/get-link');
const setStanding = writeQuery<{ before: Record<string, unknown>; after: Record<string, unknown> }>('relationships/set-standing');
const listClaims = readQuery<Omit<Claim, 'product' | 'productNames' | 'enteredBy'> & { product: string | null; productNames: Claim['productNames'] | null; enteredBy: { name: string } | null }>(
  'relationships/list-claims',
);
const getKinds = readQuery<{ id: string; kind: string | null }>('entities/get-kinds');

const inboxLimit = 500;

const notFoundLink = (body: ClaimBody) => new ApiError(404, 'NOT_FOUND', (t) => t.errors.noLink(body), '/body');
const notClaimed = () => new ApiError(409, 'NOT_CLAIMED', (t) => t.access.notClaimed, '/body');

const params = (body: ClaimBody) => ({ type: body.type, from: body.from, to: body.to, product: body.product ?? null });

export class ClaimsRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly entities: EntitiesRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The link and who entered it, for the access rule; null when there is no such link. */
  async link(body: ClaimBody): Promise<{ properties: Record<string, unknown>; entererFirms: string[] } | null> {
    const [row] = await this.runner.run(getLink, params(body));
    return row ?? null;
  }

  /** Claims for `user` to answer: against their firms, entered by the other side; staff see all. */
  async inbox(user: AuthUser): Promise<Claim[]> {
    const rows = await this.runner.run(listClaims, { firmIds: hasRole(user, 'staff') ? null : user.firmIds, limit: inboxLimit });
    return rows.map(({ product, productNames, enteredBy, ...claim }) => ({
      ...claim,
      ...(product ? { product } : {}),
      ...(productNames ? { productNames } : {}),
      ...(enteredBy ? { enteredBy } : {}),
    }));
  }

  confirm(body: ClaimBody, user: AuthUser) {
    return this.setStanding(body, user, 'confirmed', (standing) => standing === 'claimed');
  }

  verify(body: ClaimBody, user: AuthUser) {
    return this.setStanding(body, user, 'verified', () => true);
  }

  /** Removes a claimed link, audited as its removal. */
  async reject(body: ClaimBody, user: AuthUser): Promise<void> {
    await this.runner.write(async (tx) => {
      await this.requireLink(tx, body, (standing) => standing === 'claimed');
      await this.entities.audit(tx, await this.entities.applyUnlink(tx, body), { user });
    });
  }

  private async setStanding(body: ClaimBody, user: AuthUser, standing: 'confirmed' | 'verified', from: (standing: unknown) => boolean) {
    return this.runner.write(async (tx) => {
      const current = await this.requireLink(tx, body, from);
      const link = { type: body.type, from: body.from, to: body.to };
      if (current.standing === standing) return { ...link, product: body.product ?? null, standing };
      const at = this.clock().toISOString();
      const props = standing === 'confirmed' ? { standing, confirmedAt: at, confirmedBy: user.id } : { standing, verifiedAt: at, verifiedBy: user.id };
      const [row] = await tx.run(setStanding, { ...params(body), props });
      const [kind] = await tx.run(getKinds, { ids: [body.from] });
      await this.entities.audit(
        tx,
        {
          action: 'link',
          nodeId: body.from,
          nodeKind: kind?.kind ?? 'firm',
          changes: [],
          links: [
            { change: 'removed', ...link, properties: row!.before },
            { change: 'added', ...link, properties: row!.after },
          ],
        },
        { user },
      );
      return { ...link, product: body.product ?? null, standing };
    });
  }

  private async requireLink(tx: TransactionRunner, body: ClaimBody, standingOk: (standing: unknown) => boolean) {
    const [row] = await tx.run(getLink, params(body));
    if (!row) throw notFoundLink(body);
    if (!standingOk(row.properties.standing)) throw notClaimed();
    return row.properties;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    claimsRepository: ClaimsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('claimsRepository', new ClaimsRepository(app.runner, app.entitiesRepository, app.clock));
  },
  { name: 'claims-repository', dependencies: ['neo4j', 'entities-repository'] },
);
