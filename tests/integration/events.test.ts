// Cooperation events on a hand-built graph: registration, meeting requests, the timetable, outcomes
// that become claimed links, suggestions checked against the analytics answers for the same firms.
import { describe, expect, it } from 'vitest';
import type { FirmRisk } from '../../server/src/schemas/risk';
import type { TradePartners } from '../../server/src/schemas/matching';
import { apiOver } from '../setup/api';
import { signedIn } from '../setup/accounts';
import { fixture } from '../setup/fixtures';

// M (Chemnitz) needs gears from one supplier only (D2) and steel, and offers turned parts.
// K1 (Liberec) offers gears and steel; K2 (Ústí) needs turned parts; D2 already supplies M with gears
// and offers them; D3 cooperates with D4, who cooperates with M; I-1 researches turned parts.
const graph = fixture()
  .product('P-GEAR', { name: 'Zahnräder', nameDe: 'Zahnräder', nameCs: 'Ozubená kola', nameEn: 'Gears', category: 'gears' })
  .product('P-STEEL', { name: 'Stahl', nameDe: 'Stahl', nameCs: 'Ocel', nameEn: 'Steel', category: 'steel' })
  .product('P-TURN', { name: 'Drehteile', nameDe: 'Drehteile', nameCs: 'Soustružené díly', nameEn: 'Turned parts', category: 'machined' })
  .firm('F-M', { name: 'Maschinenbau M', district: 'DED41', sector: 'C25.62' })
  .firm('F-D2', { name: 'Getriebe D2', district: 'DED42' })
  .firm('F-D3', { name: 'Dreherei D3', district: 'DED42' })
  .firm('F-D4', { name: 'Partner D4', district: 'DED41' })
  .firm('F-K1', { name: 'Kola K1', district: 'CZ051' })
  .firm('F-K2', { name: 'Stroje K2', district: 'CZ042' })
  .firm('F-K3', { name: 'Sklo K3', district: 'CZ041' })
  .institute('I-1', { name: 'Institut Drehen', district: 'DED41' })
  .supplies('F-D2', 'F-M', 'P-GEAR')
  .needs('F-M', 'P-STEEL')
  .offers('F-M', 'P-TURN')
  .offers('F-K1', 'P-GEAR', 'P-STEEL')
  .needs('F-K2', 'P-TURN')
  .cooperates('F-D3', 'F-D4')
  .cooperates('F-D4', 'F-M')
  .researches('I-1', 'P-TURN')
  .event('E-1', {
    name: 'Kooperationsbörse', nameDe: 'Kooperationsbörse', nameCs: 'Kooperační burza', nameEn: 'Cooperation exchange',
    type: 'cooperation-exchange', district: 'DED41', date: '2027-03-17', startsAt: '2027-03-17T09:00', endsAt: '2027-03-17T10:00', slotMinutes: 20, tables: 2, languages: ['de', 'cs'],
  })
  .attends('I-1', 'E-1');

const { app, db } = apiOver(graph);
const repo = () => app().eventsRepository;
const staff = { userId: 'U-staff' };
const memberOf = (firm: string) => ({ userId: `U-${firm}` });

describe('registration', () => {
  it('registers firms with what they offer and seek there, and refuses products the firm does not have', async () => {
    for (const firm of ['F-M', 'F-D2', 'F-D3', 'F-K1', 'F-K2', 'F-K3']) {
      await repo().register('E-1', { firm, persons: [], offers: [], seeks: [], requests: [] }, staff);
    }
    const saved = await repo().register(
      'E-1',
      { firm: 'F-M', persons: [], offers: ['P-TURN'], seeks: ['P-GEAR'], requests: [{ type: 'product-request', product: 'P-GEAR', textDe: 'Zweitlieferant für Zahnräder gesucht' }], available: [0, 1] },
      memberOf('F-M'),
    );
    expect(saved).toEqual({ id: 'E-1/F-M', created: false });
    const before = await db.snapshot();
    await expect(repo().register('E-1', { firm: 'F-M', persons: [], offers: ['P-STEEL'], seeks: [], requests: [] }, staff)).rejects.toMatchObject({
      statusCode: 400, field: '/body/offers/0',
    });
    await expect(repo().register('E-1', { firm: 'F-M', persons: [], offers: [], seeks: [], requests: [], available: [3] }, staff)).rejects.toMatchObject({
      statusCode: 400, code: 'OUT_OF_RANGE', field: '/body/available/0',
    });
    expect(await db.snapshot()).toEqual(before);

    const participants = await repo().participants('E-1', { viewer: 'F-M', crossBorder: true }, null);
    // In name order: Kola K1, Sklo K3, Stroje K2.
    expect(participants.map((p) => p.firm.id)).toEqual(['F-K1', 'F-K3', 'F-K2']);
    const m = (await repo().participants('E-1', { product: 'P-GEAR' }, null))[0]!;
    expect(m).toMatchObject({ firm: { id: 'F-M' }, offers: [{ id: 'P-TURN' }], seeks: [{ id: 'P-GEAR' }], available: [0, 1] });
    expect(m.requests).toEqual([expect.objectContaining({ type: 'product-request', product: expect.objectContaining({ id: 'P-GEAR' }), textDe: 'Zweitlieferant für Zahnräder gesucht' })]);
  });
});

describe('suggestions', () => {
  it('names the reasons the graph gives, across the border first, and never the current supplier of that product', async () => {
    const answer = await repo().suggestions('E-1', 'F-M', 'de', 20, null);
    const byId = new Map(answer.items.map((s) => [s.partner.id, s]));
    expect(answer.items.map((s) => s.partner.id)).toEqual(['F-K1', 'F-K2', 'I-1', 'F-D3']);
    expect(byId.get('F-K1')!.reasons.map((r) => [r.kind, r.product?.id])).toEqual([
      ['single-source', 'P-GEAR'],
      ['they-offer-your-need', 'P-STEEL'],
    ]);
    expect(byId.get('F-K1')!.reasons[0]!.text).toMatch(/^Sie beziehen dies bisher von nur einem Lieferanten: Zahnräder\. Kola K1 bietet es an – \d+ km entfernt \(Liberecký kraj\)\.$/);
    expect(byId.get('F-K2')!.reasons.map((r) => [r.kind, r.product?.id])).toEqual([['they-need-your-offer', 'P-TURN']]);
    expect(byId.get('I-1')!.reasons.map((r) => [r.kind, r.product?.id])).toEqual([['research', 'P-TURN']]);
    expect(byId.get('F-D3')!.reasons).toEqual([expect.objectContaining({ kind: 'introduction', via: expect.objectContaining({ id: 'F-D4' }), text: 'Eine Vorstellung entfernt – Ihr gemeinsamer Partner: Partner D4' })]);
    // D2 supplies M with gears already: not a suggestion for gears (nor for anything else here).
    expect(byId.has('F-D2')).toBe(false);
    const czech = await repo().suggestions('E-1', 'F-M', 'cs', 20, null);
    expect(czech.items[1]!.reasons[0]!.text).toBe('Potřebuje, co nabízíte: Soustružené díly');
  });

  it('agrees with the cross-border matching and the single-source risk for the same firm', async () => {
    const answer = await repo().suggestions('E-1', 'F-M', 'en', 20, null);
    const trade = await app().inject({ method: 'GET', url: '/api/matching/cross-border?firm=F-M&limit=50' }).then((r) => r.json() as TradePartners);
    const risk = await app().inject({ method: 'GET', url: '/api/risk/firm?firm=F-M' }).then((r) => r.json() as FirmRisk);
    const registered = new Set((await repo().participants('E-1', {}, null)).map((p) => p.firm.id));
    const pairs = (kinds: string[]) =>
      answer.items.filter((s) => s.crossBorder).flatMap((s) => s.reasons.filter((r) => kinds.includes(r.kind)).map((r) => `${s.partner.id}:${r.product!.id}`)).sort();
    expect(pairs(['single-source', 'they-offer-your-need'])).toEqual(
      trade.buy.matches.filter((m) => registered.has(m.partner.id)).map((m) => `${m.partner.id}:${m.product.id}`).sort(),
    );
    expect(pairs(['they-need-your-offer'])).toEqual(trade.sell.matches.filter((m) => registered.has(m.partner.id)).map((m) => `${m.partner.id}:${m.product.id}`).sort());
    const singleSourced = risk.products.filter((p) => p.risks.includes('SINGLE_SOURCE')).map((p) => p.product.id);
    for (const s of answer.items) for (const r of s.reasons.filter((x) => x.kind === 'single-source')) expect(singleSourced).toContain(r.product!.id);
    expect(singleSourced).toEqual(['P-GEAR']);
  });
});

describe('meetings, timetable and outcomes', () => {
  it('a request the other side accepts is placed in the timetable; a request both made is mutual', async () => {
    const asked = await repo().requestMeeting('E-1', { from: 'F-M', to: 'F-K1', note: 'Zahnräder' }, memberOf('F-M'));
    expect(asked).toMatchObject({ status: 'requested', mutual: false, crossBorder: true, from: { id: 'F-M' }, to: { id: 'F-K1' } });
    expect(await repo().changeMeeting('E-1', asked.id, { status: 'accepted' }, memberOf('F-K1'))).toMatchObject({ status: 'accepted' });

    const first = await repo().requestMeeting('E-1', { from: 'F-M', to: 'F-K2' }, memberOf('F-M'));
    const back = await repo().requestMeeting('E-1', { from: 'F-K2', to: 'F-M', note: 'Gern' }, memberOf('F-K2'));
    expect(back).toMatchObject({ id: first.id, status: 'accepted', mutual: true, noteBack: 'Gern' });

    const declined = await repo().requestMeeting('E-1', { from: 'F-D3', to: 'F-M' }, memberOf('F-D3'));
    await repo().changeMeeting('E-1', declined.id, { status: 'declined' }, memberOf('F-M'));
    // Staff add a meeting M cannot fit: M is free in slots 0 and 1 only, and the two cross-border
    // meetings have the better claim on them.
    const extra = await repo().requestMeeting('E-1', { from: 'F-M', to: 'F-D2', accepted: true }, staff);
    expect(extra.status).toBe('accepted');

    const { schedule, meetings } = await repo().buildSchedule('E-1');
    expect(schedule.placed).toHaveLength(2);
    const byId = new Map(meetings.map((m) => [m.id, m]));
    expect(byId.get(asked.id)!.slot).not.toBeNull();
    expect(byId.get(first.id)!.slot).not.toBeNull();
    expect(byId.get(asked.id)!.slot).not.toBe(byId.get(first.id)!.slot);
    expect(byId.get(declined.id)!.slot).toBeNull();
    expect(byId.get(extra.id)).toMatchObject({ slot: null, unplacedReason: 'participants-busy', unplacedBusy: ['F-M'] });
    expect(byId.get(asked.id)!.startsAt).toMatch(/^2027-03-17T(09:00|09:20)$/);
  });

  it('staff pin a meeting and the rest is placed around it', async () => {
    const meetings = await repo().meetings('E-1', 'F-K1');
    const asked = meetings.find((m) => m.to.id === 'F-K1')!;
    await repo().changeMeeting('E-1', asked.id, { pin: { slot: 1, table: 1 } }, staff);
    const { meetings: after } = await repo().buildSchedule('E-1');
    const pinned = after.find((m) => m.id === asked.id)!;
    expect(pinned).toMatchObject({ slot: 1, table: 1, pinned: true });
    expect(after.find((m) => m.mutual)).toMatchObject({ from: { id: 'F-M' }, to: { id: 'F-K2' }, slot: 0 });
    expect(after.find((m) => m.to.id === 'F-D2')).toMatchObject({ slot: null, unplacedReason: 'participants-busy' });
  });

  it('"supplier relationship started" becomes a claimed SUPPLIES link with the event as its source', async () => {
    const asked = (await repo().meetings('E-1', 'F-K1')).find((m) => m.to.id === 'F-K1')!;
    const before = await db.snapshot();
    await expect(repo().recordOutcome('E-1', asked.id, { held: true, outcome: 'supplier', product: 'P-GEAR', supplier: 'F-D2' }, staff)).rejects.toMatchObject({
      statusCode: 400, field: '/body/supplier',
    });
    expect(await db.snapshot()).toEqual(before);
    const saved = await repo().recordOutcome('E-1', asked.id, { held: true, outcome: 'supplier', product: 'P-GEAR', supplier: 'F-K1' }, memberOf('F-M'));
    expect(saved).toEqual({ id: asked.id, link: { type: 'SUPPLIES', from: 'F-K1', to: 'F-M', created: true } });
    for (const [id, direction] of [['F-K1', 'out'], ['F-M', 'in']] as const) {
      const profile = await app().inject({ method: 'GET', url: `/api/firms/${id}` }).then((r) => r.json() as { relations: { type: string; direction: string; other: { id: string }; properties: Record<string, unknown> }[] });
      const link = profile.relations.find((r) => r.type === 'SUPPLIES' && r.direction === direction && r.properties.product === 'P-GEAR' && ['F-K1', 'F-M'].includes(r.other.id));
      expect(link?.properties).toMatchObject({ source: 'event', sourceRef: 'E-1', standing: 'claimed', enteredBy: 'U-F-M' });
    }
    const report = await repo().report('E-1');
    expect(report).toMatchObject({ requested: 4, accepted: 3, held: 1, heldCrossBorder: 1, outcomes: [{ outcome: 'supplier', meetings: 1 }], links: 1, linksConfirmed: 0 });
    expect(report.participants).toEqual([
      { country: 'CZ', size: 'small', firms: 3 },
      { country: 'DE', size: 'small', firms: 3 },
    ]);
  });

  it('a supplier relationship adds the offer and the need it implies, with its provenance, in its audit entry', async () => {
    // M and K2 met (the mutual meeting); M will supply K2 with steel, which M does not offer nor K2 need yet.
    const met = (await repo().meetings('E-1', 'F-K2')).find((m) => m.mutual)!;
    const saved = await repo().recordOutcome('E-1', met.id, { held: true, outcome: 'supplier', product: 'P-STEEL', supplier: 'F-M' }, memberOf('F-K2'));
    expect(saved.link).toEqual({ type: 'SUPPLIES', from: 'F-M', to: 'F-K2', created: true });

    const provenance = { source: 'event', sourceRef: 'E-1', standing: 'claimed', enteredBy: 'U-F-K2' };
    const relations = async (id: string) =>
      (await app().inject({ method: 'GET', url: `/api/firms/${id}` })).json().relations as { type: string; other: { id: string }; properties: Record<string, unknown> }[];
    expect((await relations('F-M')).find((r) => r.type === 'OFFERS' && r.other.id === 'P-STEEL')?.properties).toMatchObject(provenance);
    expect((await relations('F-K2')).find((r) => r.type === 'NEEDS' && r.other.id === 'P-STEEL')?.properties).toMatchObject(provenance);

    const staffHeaders = (await signedIn(app(), db.runner, 'staff')).headers;
    const history = (await app().inject({ method: 'GET', url: `/api/audit?node=${encodeURIComponent(met.id)}`, headers: staffHeaders })).json().items as {
      changes: { property: string }[];
      links: { change: string; type: string; from: string; to: string; properties: Record<string, unknown> }[];
    }[];
    const outcome = history.find((e) => e.changes.some((c) => c.property === 'outcome'))!;
    expect(outcome.links.map(({ change, type, from, to }) => ({ change, type, from, to }))).toEqual([
      { change: 'added', type: 'SUPPLIES', from: 'F-M', to: 'F-K2' },
      { change: 'added', type: 'OFFERS', from: 'F-M', to: 'P-STEEL' },
      { change: 'added', type: 'NEEDS', from: 'F-K2', to: 'P-STEEL' },
    ]);
    expect(outcome.links[1]!.properties).toMatchObject(provenance);

    // Recording it again finds the link and its ends in place and adds nothing.
    const before = await db.snapshot();
    await repo().recordOutcome('E-1', met.id, { held: true, outcome: 'supplier', product: 'P-STEEL', supplier: 'F-M' }, memberOf('F-K2'));
    const links = ({ types }: typeof before) => [types.SUPPLIES, types.OFFERS, types.NEEDS];
    expect(links(await db.snapshot())).toEqual(links(before));
  });
});
