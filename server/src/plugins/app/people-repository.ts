// Contact persons: kept apart from the public graph (no Entity label) and read only through the
// consent rule in auth/people.ts. Every write is audited; erasure deletes the person and strips
// every value from the audit, leaving a tombstone that says only that a person was erased.
import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import { changedProperties, recordAudit } from '../../audit/audit';
import { personFilter } from '../../auth/people';
import { draftsVisibleTo } from '../../auth/drafts';
import type { AuthUser } from '../../auth/roles';
import { notFound, unknownReference } from '../../errors';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import type { NewPerson, Person, PersonChanges } from '../../schemas/people';
import type { AuditRepository } from './audit-repository';

const listContacts = readQuery<{ person: Person }>('people/list-contacts');
const getContact = readQuery<{ person: Person }>('people/get-contact');
const createContact = writeQuery<{ person: Person }>('people/create-contact');
const updateContact = writeQuery<{ before: Record<string, unknown>; person: Person }>('people/update-contact');
const deleteContact = writeQuery<{ deleted: number }>('people/delete-contact');
const eraseAudit = writeQuery<{ erased: number }>('people/erase-audit');

const newPersonId = () => `C-${randomBytes(6).toString('hex')}`;

/** Neo4j keeps no nulls: an absent consentBy (recorded by the system) reads as null. */
const shaped = (person: Person): Person => ({ ...person, consentBy: person.consentBy ?? null });

export class PeopleRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly audit: AuditRepository,
    private readonly clock: () => Date,
  ) {}

  /** The persons of `of` that `viewer` may see. */
  async list(of: string, viewer: AuthUser | null): Promise<Person[]> {
    return (await this.runner.run(listContacts, { of, ...personFilter(viewer), drafts: draftsVisibleTo(viewer) })).map((row) => shaped(row.person));
  }

  /** A person regardless of consent: for access checks and staff work, never for an answer as is. */
  async find(id: string): Promise<Person | null> {
    const [row] = await this.runner.run(getContact, { id });
    return row ? shaped(row.person) : null;
  }

  async create(body: NewPerson, user: AuthUser): Promise<Person> {
    const { of, ...props } = body;
    const at = this.clock().toISOString();
    return this.runner.write(async (tx) => {
      const [row] = await tx.run(createContact, {
        id: newPersonId(),
        of,
        props: { ...props, consentAt: at, consentBy: user.id },
        link: { source: 'user', enteredBy: user.id, enteredAt: at, standing: 'confirmed' },
      });
      if (!row) throw unknownReference('actor', of, '/body/of');
      const person = shaped(row.person);
      await recordAudit(
        tx,
        {
          actorId: user.id,
          action: 'create',
          nodeId: person.id,
          nodeKind: 'person',
          nodeName: person.name,
          changes: changedProperties({}, props),
          links: [{ change: 'added', type: 'CONTACT_OF', from: person.id, to: of, properties: {} }],
        },
        this.clock(),
      );
      return person;
    });
  }

  async update(id: string, changes: PersonChanges, user: AuthUser): Promise<Person> {
    // A new consent is dated and signed by who recorded it.
    const props: Record<string, unknown> = changes.consent ? { ...changes, consentAt: this.clock().toISOString(), consentBy: user.id } : { ...changes };
    return this.runner.write(async (tx) => {
      const [row] = await tx.run(updateContact, { id, props });
      if (!row) throw notFound('person', id, '/params/id');
      const person = shaped(row.person);
      await recordAudit(
        tx,
        { actorId: user.id, action: 'update', nodeId: id, nodeKind: 'person', nodeName: person.name, changes: changedProperties(row.before, props) },
        this.clock(),
      );
      return person;
    });
  }

  async delete(id: string, user: AuthUser): Promise<void> {
    await this.runner.write(async (tx) => {
      const [row] = await tx.run(getContact, { id });
      if (!row) throw notFound('person', id, '/params/id');
      await tx.run(deleteContact, { id });
      const { id: _id, of, ...props } = row.person;
      await recordAudit(
        tx,
        {
          actorId: user.id,
          action: 'delete',
          nodeId: id,
          nodeKind: 'person',
          nodeName: row.person.name,
          changes: changedProperties(props, Object.fromEntries(Object.keys(props).map((key) => [key, null]))),
          links: [{ change: 'removed', type: 'CONTACT_OF', from: id, to: of, properties: {} }],
        },
        this.clock(),
      );
    });
  }

  /** Everything the service holds about a person, for a request under GDPR art. 15/20. */
  async export(id: string) {
    const person = await this.find(id);
    if (!person) throw notFound('person', id, '/params/id');
    return { person, audit: await this.audit.forNode(id, 500), exportedAt: this.clock().toISOString() };
  }

  /** Deletes the person and every value of theirs from the audit; a tombstone entry records the erasure. */
  async erase(id: string, user: AuthUser): Promise<void> {
    await this.runner.write(async (tx) => {
      const [row] = await tx.run(getContact, { id });
      if (!row) throw notFound('person', id, '/params/id');
      await tx.run(deleteContact, { id });
      await tx.run(eraseAudit, { id });
      await recordAudit(
        tx,
        {
          actorId: user.id,
          action: 'erase',
          nodeId: id,
          nodeKind: 'person',
          nodeName: null,
          links: [{ change: 'removed', type: 'CONTACT_OF', from: id, to: row.person.of, properties: {} }],
        },
        this.clock(),
      );
    });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    peopleRepository: PeopleRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('peopleRepository', new PeopleRepository(app.runner, app.auditRepository, app.clock));
  },
  { name: 'people-repository', dependencies: ['neo4j', 'audit-repository'] },
);
