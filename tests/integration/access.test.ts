// Who may write what: every write route walked for each role (a visitor, a member of the firm at
// stake, a member of another firm, staff, admin), with the status each must get, and no change to
// the database when a write is refused. Also: a cookie write without its CSRF token, and every /api
// route declaring its rule.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import access from '../../server/src/auth/access';
import accountsRepository from '../../server/src/plugins/app/accounts-repository';
import neo4jPlugin from '../../server/src/plugins/external/neo4j';
import { kinds, type EntityKind } from '../../server/src/schemas/entities';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { createAccount, signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;

const fixture: Dataset = {
  nodes: {
    Region: [
      { id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE' } },
      { id: 'CZ042', props: { name: 'Ústecký kraj', level: 'district', country: 'CZ' } },
    ],
    Sector: [{ id: 'C25.62', props: { name: 'Mechanik', code: '25.62', level: 'class' } }],
    Product: [
      { id: 'P-DREH', props: { name: 'Drehteile', code: '25.62.10', codeSystem: 'CPA', category: '25.62' } },
      // Needed by F-DE without a supply link standing on it, so removing the need is allowed.
      { id: 'P-GUSS', props: { name: 'Gussteile', code: '24.51.20', codeSystem: 'CPA', category: '24.51' } },
    ],
    Organisation: [{ id: 'O-IHK', props: { name: 'IHK Dresden', type: 'chamber' } }],
    Event: [
      {
        id: 'E-1',
        props: { name: 'Kooperationsbörse', type: 'cooperation-exchange', date: '2026-05-01', startsAt: '2026-05-01T09:00', endsAt: '2026-05-01T10:00', slotMinutes: 20, tables: 2 },
      },
    ],
    Institute: [{ id: 'I-TU', props: { name: 'TU Dresden', type: 'university' } }],
    Firm: [
      { id: 'F-DE', props: { name: 'Elbtal Drehteile GmbH', size: 'small', country: 'DE' } },
      { id: 'F-CZ', props: { name: 'Labe Strojírna s.r.o.', size: 'medium', country: 'CZ' } },
      { id: 'F-X', props: { name: 'Dritte Firma GmbH', size: 'micro', country: 'DE' } },
    ],
  },
  rels: {
    LOCATED_IN: [
      { from: 'F-DE', to: 'DED21' },
      { from: 'F-CZ', to: 'CZ042' },
    ],
    OFFERS: [{ from: 'F-CZ', to: 'P-DREH' }],
    NEEDS: [{ from: 'F-DE', to: 'P-DREH' }],
  },
};

type Who = 'visitor' | 'memberOwn' | 'memberOther' | 'staff' | 'admin';
const everyone: Who[] = ['visitor', 'memberOwn', 'memberOther', 'staff', 'admin'];

interface Operation {
  name: string;
  /** The route as /docs/json names it. */
  route: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  url: string | (() => string);
  payload?: unknown;
  /** Where the body is a file rather than JSON. */
  contentType?: string;
  /** Who may; "memberOwn" is a member of F-DE, "memberOther" a member of F-CZ. */
  allowed: Who[];
  /** Makes what the operation removes, so an allowed run has something to act on. */
  prepare?: () => Promise<void>;
}

const newBodies: Record<EntityKind, Record<string, unknown>> = {
  firm: { name: 'Neue Firma GmbH', size: 'small' },
  institute: { name: 'Neues Institut', type: 'research' },
  organisation: { name: 'Neuer Verband', type: 'association' },
  product: { name: 'Neues Produkt', code: '99.99', codeSystem: 'CPA', category: '99' },
  sector: { name: 'Neuer Sektor', code: 'C99.99', level: 'class' },
  region: { name: 'Neue Region', level: 'district', country: 'DE' },
  event: { name: 'Neue Veranstaltung', type: 'workshop', date: '2026-06-01' },
};
const existing: Record<EntityKind, string> = {
  firm: 'F-DE',
  institute: 'I-TU',
  organisation: 'O-IHK',
  product: 'P-DREH',
  sector: 'C25.62',
  region: 'DED21',
  event: 'E-1',
};

let throwaway = 0;
let lastEntry = 'A-none';
let contactOfDe = 'C-none';
let lastContact = 'C-none';
const system = { id: 'U-test-system', role: 'staff' as const, firmIds: [] };
let lastInvitation = 'V-none';
/** An account admins change (its sessions end with it, so none of the signed-in people). */
let bystander = 'U-none';
/** F-CZ cooperates with F-DE, as a member of F-CZ claims: the other side, F-DE, answers. */
const claimAgainstDe = { type: 'COOPERATES_WITH', from: 'F-CZ', to: 'F-DE' } as const;
async function claimAgainstOwn() {
  await app.entitiesRepository.unlink(claimAgainstDe, { user: null }).catch(() => undefined);
  await app.entitiesRepository.link(claimAgainstDe, { user: { id: people.memberOther.id, role: 'member', firmIds: ['F-CZ'] } });
}
async function addContact() {
  lastContact = (await app.peopleRepository.create({ of: 'F-DE', name: 'Petr Svoboda', consent: 'public' }, system)).id;
}
const importFile = 'id,name,code,codeSystem,category\nP-IMPORT,Importiertes Produkt,99.98,CPA,99\n';
/** Both firms registered for E-1 and a meeting between them, asked by F-DE, with the given answer. */
async function meetingOfDeAndCz(status?: 'accepted' | 'declined'): Promise<void> {
  for (const firm of ['F-DE', 'F-CZ']) await app.eventsRepository.register('E-1', { firm, persons: [], offers: [], seeks: [], requests: [] }, { userId: null });
  const meeting = await app.eventsRepository.requestMeeting('E-1', { from: 'F-DE', to: 'F-CZ' }, { userId: null });
  if (status) await app.eventsRepository.changeMeeting('E-1', meeting.id, { status }, { userId: null });
}
const meetingUrl = `/api/events/E-1/meetings/${encodeURIComponent('M:E-1:F-CZ:F-DE')}`;
const operations: Operation[] = [
  ...(['preview', 'apply'] as const).map(
    (step): Operation => ({
      name: `${step} an import`,
      route: `POST /api/imports/${step}`,
      method: 'POST',
      url: `/api/imports/${step}?file=products.csv`,
      payload: importFile,
      contentType: 'text/csv',
      allowed: ['staff', 'admin'],
    }),
  ),
  {
    name: 'register their firm for an event',
    route: 'POST /api/events/{id}/registrations',
    method: 'POST',
    url: '/api/events/E-1/registrations',
    payload: { firm: 'F-DE' },
    allowed: ['memberOwn', 'staff', 'admin'],
  },
  {
    name: 'ask for a meeting on behalf of their firm',
    route: 'POST /api/events/{id}/meetings',
    method: 'POST',
    url: '/api/events/E-1/meetings',
    payload: { from: 'F-DE', to: 'F-CZ', note: 'Drehteile' },
    allowed: ['memberOwn', 'staff', 'admin'],
    prepare: () => meetingOfDeAndCz(),
  },
  {
    name: 'answer a meeting their firm was asked for',
    route: 'PATCH /api/events/{id}/meetings/{meeting}',
    method: 'PATCH',
    url: meetingUrl,
    payload: { status: 'accepted' },
    allowed: ['memberOther', 'staff', 'admin'],
    prepare: () => meetingOfDeAndCz(),
  },
  {
    name: 'record the outcome of a meeting of their firm',
    route: 'POST /api/events/{id}/meetings/{meeting}/outcome',
    method: 'POST',
    url: `${meetingUrl}/outcome`,
    payload: { held: true, outcome: 'follow-up' },
    allowed: ['memberOwn', 'memberOther', 'staff', 'admin'],
    prepare: () => meetingOfDeAndCz('accepted'),
  },
  {
    name: 'register firms for an event from a spreadsheet',
    route: 'POST /api/events/{id}/registrations/import',
    method: 'POST',
    url: '/api/events/E-1/registrations/import',
    payload: 'firm,persons,offers,seeks,available\nF-X,,,,\"0;1\"\n',
    contentType: 'text/csv',
    allowed: ['staff', 'admin'],
  },
  {
    name: 'build the timetable of an event',
    route: 'POST /api/events/{id}/schedule',
    method: 'POST',
    url: '/api/events/E-1/schedule',
    allowed: ['staff', 'admin'],
  },
  ...(Object.keys(kinds) as EntityKind[]).flatMap((kind): Operation[] => {
    const path = kinds[kind].path;
    const deleteId = `X-${kind}`;
    return [
      { name: `create a ${kind}`, route: `POST /api/${path}`, method: 'POST', url: `/api/${path}`, payload: newBodies[kind], allowed: ['staff', 'admin'] },
      {
        name: `change a ${kind}`,
        route: `PATCH /api/${path}/{id}`,
        method: 'PATCH',
        url: `/api/${path}/${existing[kind]}`,
        payload: { nameEn: `Changed ${kind}` },
        allowed: kind === 'firm' ? ['memberOwn', 'staff', 'admin'] : ['staff', 'admin'],
      },
      {
        name: `delete a ${kind}`,
        route: `DELETE /api/${path}/{id}`,
        method: 'DELETE',
        url: `/api/${path}/${deleteId}`,
        allowed: ['staff', 'admin'],
        prepare: async () => {
          await app.entitiesRepository.create(kind, { ...newBodies[kind], id: deleteId }, { user: null });
        },
      },
    ];
  }),
  {
    name: 'claim a supplier of their firm',
    route: 'POST /api/relationships',
    method: 'POST',
    url: '/api/relationships',
    payload: { type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', product: 'P-DREH' },
    allowed: ['memberOwn', 'memberOther', 'staff', 'admin'],
  },
  {
    name: 'add an offer of their firm',
    route: 'POST /api/relationships',
    method: 'POST',
    url: '/api/relationships',
    payload: { type: 'OFFERS', from: 'F-DE', to: 'P-DREH' },
    allowed: ['memberOwn', 'staff', 'admin'],
  },
  {
    name: 'link two firms neither of which is theirs',
    route: 'POST /api/relationships',
    method: 'POST',
    url: '/api/relationships',
    payload: { type: 'COOPERATES_WITH', from: 'F-X', to: 'I-TU' },
    allowed: ['staff', 'admin'],
  },
  {
    name: 'remove a need of their firm',
    route: 'DELETE /api/relationships',
    method: 'DELETE',
    url: '/api/relationships',
    payload: { type: 'NEEDS', from: 'F-DE', to: 'P-GUSS' },
    allowed: ['memberOwn', 'staff', 'admin'],
    prepare: async () => {
      await app.entitiesRepository.link({ type: 'NEEDS', from: 'F-DE', to: 'P-GUSS' }, { user: null });
    },
  },
  {
    name: 'undo a change',
    route: 'POST /api/audit/{id}/undo',
    method: 'POST',
    url: () => `/api/audit/${lastEntry}/undo`,
    allowed: ['staff', 'admin'],
    prepare: async () => {
      await app.entitiesRepository.update('firm', 'F-X', { employees: ++throwaway }, { user: null });
      lastEntry = (await app.auditRepository.forNode('F-X', 1))[0]!.id;
    },
  },
  {
    name: 'add a contact person to their firm',
    route: 'POST /api/contacts',
    method: 'POST',
    url: '/api/contacts',
    payload: { of: 'F-DE', name: 'Jana Nováková', email: 'jana@elbtal.example', consent: 'members' },
    allowed: ['memberOwn', 'staff', 'admin'],
  },
  {
    name: "change a contact person of their firm",
    route: 'PATCH /api/contacts/{id}',
    method: 'PATCH',
    url: () => `/api/contacts/${contactOfDe}`,
    payload: { function: 'Einkauf' },
    allowed: ['memberOwn', 'staff', 'admin'],
  },
  {
    name: 'remove a contact person of their firm',
    route: 'DELETE /api/contacts/{id}',
    method: 'DELETE',
    url: () => `/api/contacts/${lastContact}`,
    allowed: ['memberOwn', 'staff', 'admin'],
    prepare: addContact,
  },
  {
    name: 'erase a contact person',
    route: 'POST /api/contacts/{id}/erase',
    method: 'POST',
    url: () => `/api/contacts/${lastContact}/erase`,
    allowed: ['staff', 'admin'],
    prepare: addContact,
  },
  {
    name: 'create an API token',
    route: 'POST /api/tokens',
    method: 'POST',
    url: '/api/tokens',
    payload: { name: 'Script' },
    allowed: ['memberOwn', 'memberOther', 'staff', 'admin'],
  },
  {
    name: 'confirm a claim against their firm',
    route: 'POST /api/relationships/confirm',
    method: 'POST',
    url: '/api/relationships/confirm',
    payload: claimAgainstDe,
    allowed: ['memberOwn', 'staff', 'admin'],
    prepare: claimAgainstOwn,
  },
  {
    name: 'reject a claim against their firm',
    route: 'POST /api/relationships/reject',
    method: 'POST',
    url: '/api/relationships/reject',
    payload: claimAgainstDe,
    allowed: ['memberOwn', 'staff', 'admin'],
    prepare: claimAgainstOwn,
  },
  {
    name: 'verify a link',
    route: 'POST /api/relationships/verify',
    method: 'POST',
    url: '/api/relationships/verify',
    payload: { type: 'COOPERATES_WITH', from: 'F-X', to: 'I-TU' },
    allowed: ['staff', 'admin'],
    prepare: async () => {
      await app.entitiesRepository.link({ type: 'COOPERATES_WITH', from: 'F-X', to: 'I-TU' }, { user: null });
    },
  },
  {
    name: 'invite a member',
    route: 'POST /api/invitations',
    method: 'POST',
    url: '/api/invitations',
    payload: { email: 'new.member@elbtal.example', firmIds: ['F-DE'], language: 'de' },
    allowed: ['staff', 'admin'],
  },
  {
    name: 'withdraw an invitation',
    route: 'DELETE /api/invitations/{id}',
    method: 'DELETE',
    url: () => `/api/invitations/${lastInvitation}`,
    allowed: ['staff', 'admin'],
    prepare: async () => {
      lastInvitation = (await app.invitationsRepository.invite({ email: 'withdrawn@elbtal.example', firmIds: ['F-DE'], language: 'de' }, 'U-test-system')).id;
    },
  },
  {
    name: "change an account's role and firms",
    route: 'PATCH /api/users/{id}',
    method: 'PATCH',
    url: () => `/api/users/${bystander}`,
    payload: { firmIds: ['F-CZ'] },
    allowed: ['admin'],
  },
  {
    name: 'make a password reset link',
    route: 'POST /api/users/{id}/reset-link',
    method: 'POST',
    url: () => `/api/users/${bystander}/reset-link`,
    allowed: ['admin'],
  },
  {
    name: 'place a firm that is not theirs',
    route: 'POST /api/relationships',
    method: 'POST',
    url: '/api/relationships',
    payload: { type: 'LOCATED_IN', from: 'F-X', to: 'DED21' },
    allowed: ['staff', 'admin'],
  },
];

const people = {} as Record<Exclude<Who, 'visitor'>, SignedIn>;

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  app = await buildApp({ driver: db.driver });
  people.memberOwn = await signedIn(app, db.runner, 'member', ['F-DE']);
  people.memberOther = await signedIn(app, db.runner, 'member', ['F-CZ']);
  people.staff = await signedIn(app, db.runner, 'staff');
  people.admin = await signedIn(app, db.runner, 'admin');
  await addContact();
  contactOfDe = lastContact;
  await claimAgainstOwn();
  bystander = (await createAccount(db.runner, 'member', ['F-DE'])).id;
  for (const [name, consent] of [['Stanislav Interní', 'staff'], ['Marta Členová', 'members'], ['Věra Veřejná', 'public']] as const) {
    await app.peopleRepository.create({ of: 'F-CZ', name, consent }, system);
  }
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const cases = operations.flatMap((operation) => everyone.map((who) => [operation.name, who, operation] as const));

describe('the role matrix of every write', () => {
  it.each(cases)('%s, as %s', async (_name, who, operation) => {
    const mayDo = operation.allowed.includes(who);
    if (mayDo) await operation.prepare?.();
    const before = await db.snapshot();
    const headers = who === 'visitor' ? {} : people[who].headers;
    const url = typeof operation.url === 'string' ? operation.url : operation.url();
    const type = operation.contentType ? { 'content-type': operation.contentType } : {};
    const response = await app.inject({ method: operation.method, url, payload: operation.payload as object, headers: { ...headers, ...type } });
    if (mayDo) {
      expect(response.statusCode, response.body).toBeLessThan(300);
      return;
    }
    const status = who === 'visitor' ? 401 : 403;
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json()).toMatchObject({ statusCode: status, code: who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
    expect(response.json().message).toEqual(expect.any(String));
    expect(await db.snapshot()).toEqual(before);
  });

  it('covers every write route the API has', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['post', 'patch', 'put', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(operations.map((op) => op.route));
    // Signing in and out, one's own password, revoking one's own token and accepting an invitation are
    // everyone's own business (sessions, tokens and invitations tests).
    const own = (write: string) => write.startsWith('POST /api/auth/') || write === 'DELETE /api/tokens/{id}' || write === 'POST /api/invitations/accept';
    const uncovered = writes.filter((write) => !own(write) && !covered.has(write));
    expect(uncovered).toEqual([]);
  });
});

describe('the role matrix of reads that can carry a person, an account or the audit', () => {
  const statuses: [string, () => string, Record<Who, number>][] = [
    ['the audit of a firm', () => '/api/audit?node=F-DE', { visitor: 401, memberOwn: 403, memberOther: 403, staff: 200, admin: 200 }],
    ['the export of a contact person', () => `/api/contacts/${contactOfDe}/export`, { visitor: 401, memberOwn: 403, memberOther: 403, staff: 200, admin: 200 }],
    ['the open invitations', () => '/api/invitations', { visitor: 401, memberOwn: 403, memberOther: 403, staff: 200, admin: 200 }],
    ['the accounts', () => '/api/users', { visitor: 401, memberOwn: 403, memberOther: 403, staff: 403, admin: 200 }],
    ['the inbox of claims', () => '/api/inbox', { visitor: 401, memberOwn: 200, memberOther: 200, staff: 200, admin: 200 }],
    ['one’s API tokens', () => '/api/tokens', { visitor: 401, memberOwn: 200, memberOther: 200, staff: 200, admin: 200 }],
  ];
  const readCases = statuses.flatMap(([name, url, expected]) => everyone.map((who) => [name, who, url, expected[who]] as const));

  it.each(readCases)('%s, as %s', async (_name, who, url, status) => {
    const headers = who === 'visitor' ? {} : people[who].headers;
    const response = await app.inject({ method: 'GET', url: url(), headers });
    expect(response.statusCode, response.body).toBe(status);
  });

  it.each(everyone)('contact persons of a firm as their consent allows, as %s', async (who) => {
    const expected: Record<Who, string[]> = {
      visitor: ['Věra Veřejná'],
      memberOwn: ['Marta Členová', 'Věra Veřejná'],
      memberOther: ['Marta Členová', 'Stanislav Interní', 'Věra Veřejná'],
      staff: ['Marta Členová', 'Stanislav Interní', 'Věra Veřejná'],
      admin: ['Marta Členová', 'Stanislav Interní', 'Věra Veřejná'],
    };
    const headers = who === 'visitor' ? {} : people[who].headers;
    const response = await app.inject({ method: 'GET', url: '/api/contacts?of=F-CZ', headers });
    expect(response.json().items.map((p: { name: string }) => p.name).sort()).toEqual(expected[who]);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF token, or with another session’s', async () => {
    const before = await db.snapshot();
    const patch = { method: 'PATCH' as const, url: '/api/firms/F-X', payload: { nameEn: 'Forged' } };
    const missing = await app.inject({ ...patch, headers: { cookie: people.staff.cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'CSRF', field: '/headers/x-csrf-token' });
    const foreign = await app.inject({ ...patch, headers: { cookie: people.staff.cookie, 'x-csrf-token': people.admin.csrfToken } });
    expect(foreign.statusCode).toBe(403);
    expect(await db.snapshot()).toEqual(before);
    // Reads need no token.
    expect((await app.inject({ method: 'GET', url: '/api/firms/F-X', headers: { cookie: people.staff.cookie } })).statusCode).toBe(200);
  });
});

describe('declarations', () => {
  it('refuses to start with an /api route that declares no access rule', async () => {
    const bare = Fastify();
    await bare.register(neo4jPlugin, { driver: db.driver });
    await bare.register(accountsRepository);
    await bare.register(access);
    expect(() => bare.get('/api/undeclared', async () => 'open')).toThrow(/declares no access rule/);
    await bare.close();
  });
});
