// The schema in cypher/schema/ applies at every start without error and gives every label a unique id.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applySchema, describeSchema } from '../../server/src/graph/schema';
import { testDatabase } from '../setup/database';

const db = testDatabase();

beforeAll(() => db.reset());
afterAll(() => db.close());

it('applies twice without error and leaves the same constraints and indexes', async () => {
  const before = await describeSchema(db.runner);
  await applySchema(db.runner);
  await applySchema(db.runner);
  expect(await describeSchema(db.runner)).toEqual(before);
});

it('makes id unique on every node label, and keys accounts, sessions, invitations and reset links uniquely', async () => {
  const { constraints } = await describeSchema(db.runner);
  const key = (c: { label: string; property: string }) => `${c.label}.${c.property}`;
  expect(constraints.map(key).sort()).toEqual(
    [
      ...['CooperationRequest', 'Entity', 'Event', 'Firm', 'Institute', 'Meeting', 'Organisation', 'Product', 'Region', 'Registration', 'Sector', 'User'].map((label) => `${label}.id`),
      'User.email',
      'Session.tokenHash',
      'SetupToken.tokenHash',
      'ApiToken.tokenHash',
      'AuditEntry.id',
      'Person.id',
      'Invitation.id',
      'Invitation.tokenHash',
      'ResetToken.tokenHash',
    ].sort(),
  );
});

it('has the full-text index online', async () => {
  const { indexes } = await describeSchema(db.runner);
  expect(indexes).toContainEqual({ name: 'search', type: 'FULLTEXT', state: 'ONLINE' });
});
