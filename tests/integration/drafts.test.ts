// Drafts: a firm with published = false is seen by name only by its own members and staff. Every
// read that can name an actor is asked as a visitor, a member of another firm, a member of the
// draft firm and staff; the draft's name and id must be in no answer to the first two, and the
// same question must name it for staff (so each check can fail).
//
// F-PUB (Dresden) needs P-1 from the draft F-DRAFT (Ústecký kraj), which gets P-2 from F-UP
// (Chemnitz). F-UP and F-DRAFT offer P-3, which F-PUB needs: its only supplier chain to P-3 runs
// through the draft. F-DRAFT shares F-PUB's sector and cooperates with F-OTHER (Liberecký kraj).
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../setup/accounts';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

const draftName = 'Geheimwerk Entwurf s.r.o.';
const graph = fixture()
  .firm('F-PUB', { name: 'Elbtal Drehteile GmbH', district: 'DED21', sector: 'C25.62' })
  .firm('F-DRAFT', { name: draftName, district: 'CZ042', sector: 'C25.62', published: false })
  .firm('F-UP', { name: 'Chemnitzer Stahl GmbH', district: 'DED41', sector: 'C25.99' })
  .firm('F-OTHER', { name: 'Liberecká strojírna a.s.', district: 'CZ051', sector: 'C29.32' })
  .product('P-1', { name: 'Drehteile', category: 'c1' })
  .product('P-2', { name: 'Stabstahl', category: 'c2' })
  .product('P-3', { name: 'Schmiedeteile', category: 'c3' })
  .supplies('F-DRAFT', 'F-PUB', 'P-1')
  .supplies('F-UP', 'F-DRAFT', 'P-2')
  .offers('F-UP', 'P-3')
  .offers('F-DRAFT', 'P-3')
  .needs('F-PUB', 'P-3')
  .cooperates('F-DRAFT', 'F-OTHER');

const api = apiOver(graph, { metrics: true });
type Who = 'visitor' | 'memberOther' | 'memberOwn' | 'staff';
const headers: Record<Who, Record<string, string>> = { visitor: {}, memberOther: {}, memberOwn: {}, staff: {} };

beforeAll(async () => {
  const accounts: Record<Exclude<Who, 'visitor'>, SignedIn> = {
    memberOther: await signedIn(api.app(), api.db.runner, 'member', ['F-PUB']),
    memberOwn: await signedIn(api.app(), api.db.runner, 'member', ['F-DRAFT']),
    staff: await signedIn(api.app(), api.db.runner, 'staff'),
  };
  for (const [who, account] of Object.entries(accounts)) headers[who as Who] = account.headers;
});

const ask = (who: Who, url: string) => api.app().inject({ method: 'GET', url, headers: headers[who] });

/** Reads that name actors; staff get the draft in each of them. */
const reads = [
  '/api/search?q=Geheimwerk',
  '/api/firms?sector=C25',
  '/api/firms/F-PUB',
  '/api/network/ego?id=F-PUB&hops=2',
  '/api/network/ego?id=F-OTHER&hops=2',
  '/api/network/cluster?sector=C25',
  '/api/network/cluster',
  '/api/paths/supplier-tree?firm=F-PUB&k=3',
  '/api/paths/chains?firm=F-PUB&product=P-3',
  '/api/paths/between?from=F-PUB&to=F-UP',
  '/api/risk/firm?firm=F-PUB',
  '/api/risk/area?region=CZ&k=1',
  '/api/risk/area?region=DE&k=1',
  // Districts: answered from the figures the whole-region job stored.
  '/api/risk/area?region=DED21&k=1',
  '/api/risk/area?region=CZ042&k=1',
  '/api/whatif?scenario=border',
  '/api/whatif?scenario=district&id=DED41',
  '/api/matching/cross-border?firm=F-PUB',
  '/api/matching/cooperation?firm=F-PUB',
  '/api/diversification?firm=F-PUB&product=P-3',
  '/api/exports/csv/actors?scope=all',
  '/api/exports/csv/links?scope=all',
  '/api/exports/csv/risks?scope=region&id=DED2',
];

describe('a draft firm', () => {
  it.each(reads)('is named to staff and to nobody else: %s', async (url) => {
    const staff = await ask('staff', url);
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.body).toContain('F-DRAFT');
    for (const who of ['visitor', 'memberOther'] as const) {
      const answer = await ask(who, url);
      expect(answer.statusCode, `${who}: ${answer.body}`).toBe(200);
      expect(answer.body, who).not.toContain('F-DRAFT');
      expect(answer.body, who).not.toContain('Geheimwerk');
    }
  });

  it('is not found by visitors and members of other firms; its members and staff read it', async () => {
    for (const who of ['visitor', 'memberOther'] as const) {
      const answer = await ask(who, '/api/firms/F-DRAFT');
      expect(answer.statusCode).toBe(404);
      expect(answer.body).not.toContain('Geheimwerk');
    }
    for (const who of ['memberOwn', 'staff'] as const) {
      const answer = await ask(who, '/api/firms/F-DRAFT');
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({ name: draftName, published: false });
    }
  });

  it('is found by its own members in search and networks', async () => {
    const search = (await ask('memberOwn', '/api/search?q=Geheimwerk')).json();
    expect(search.items.map((hit: { id: string }) => hit.id)).toEqual(['F-DRAFT']);
    const ego = (await ask('memberOwn', '/api/network/ego?id=F-DRAFT&hops=1')).json();
    expect(ego.graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['F-DRAFT', 'F-OTHER', 'F-PUB', 'F-UP']);
  });

  it('is a question nobody else may ask about: 404 as the subject of an analysis', async () => {
    for (const url of ['/api/network/ego?id=F-DRAFT', '/api/risk/firm?firm=F-DRAFT', '/api/whatif?scenario=firm&id=F-DRAFT', '/api/paths/supplier-tree?firm=F-DRAFT']) {
      const answer = await ask('visitor', url);
      expect(answer.statusCode, url).toBe(404);
      expect((await ask('staff', url)).statusCode, url).toBe(200);
    }
  });

  it('still counts, unnamed, in figures: the risk of a need it alone supplies, an area’s firms', async () => {
    const risk = (await ask('visitor', '/api/risk/firm?firm=F-PUB')).json();
    const p1 = risk.products.find((p: { product: { id: string } }) => p.product.id === 'P-1');
    expect(p1).toMatchObject({ suppliers: [], countries: ['CZ'], risks: ['SINGLE_SOURCE'] });
    const area = (await ask('visitor', '/api/risk/area?region=CZ042&k=1')).json();
    expect(area.firms).toBe(1);
  });

  it('keeps paths from passing through it for those who may not see it', async () => {
    expect((await ask('visitor', '/api/paths/between?from=F-PUB&to=F-UP')).json().paths).toEqual([]);
    const staff = (await ask('staff', '/api/paths/between?from=F-PUB&to=F-UP')).json();
    expect(staff.paths.map((p: { steps: { from: { id: string } }[] }) => p.steps.map((s) => s.from.id))).toEqual([['F-PUB', 'F-DRAFT']]);
  });

  it('has no contact persons for visitors', async () => {
    await api.app().peopleRepository.create({ of: 'F-DRAFT', name: 'Jana Nováková', consent: 'public' }, { id: 'U-test', role: 'staff', firmIds: [] });
    expect((await ask('visitor', '/api/contacts?of=F-DRAFT')).json().items).toEqual([]);
    expect((await ask('staff', '/api/contacts?of=F-DRAFT')).json().items.map((p: { name: string }) => p.name)).toEqual(['Jana Nováková']);
  });
});
