// The events API over HTTP: what a visitor, a member and staff see and may do (drafts and persons
// on the participant list included), the calendar file and the PDFs, errors in the caller's
// language, a refused write that changes nothing, and the audit of what an event writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';
import { fixture } from '../setup/fixtures';

const graph = fixture()
  .product('P-GEAR', { name: 'Zahnräder', nameDe: 'Zahnräder', nameCs: 'Ozubená kola', nameEn: 'Gears', category: 'gears' })
  .firm('F-DE', { name: 'Getriebe Zittau', district: 'DED2D' })
  .firm('F-CZ', { name: 'Kola Liberec', nameCs: 'Kola Liberec', district: 'CZ051' })
  .firm('F-DRAFT', { name: 'Entwurf Zittau', district: 'DED2D', published: false })
  .offers('F-CZ', 'P-GEAR')
  .needs('F-DE', 'P-GEAR')
  .event('E-1', {
    name: 'Kooperationsbörse', nameDe: 'Kooperationsbörse', nameCs: 'Kooperační burza', nameEn: 'Cooperation exchange',
    type: 'cooperation-exchange', district: 'DED2D', date: '2027-01-20', startsAt: '2027-01-20T09:00', endsAt: '2027-01-20T10:00', slotMinutes: 20, tables: 2,
  });

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
const people = {} as Record<'de' | 'cz' | 'draft' | 'staff', SignedIn>;
const dir = mkdtempSync(join(tmpdir(), 'events-api-'));
const pdfText = (body: Buffer) => {
  const file = join(dir, 'out.pdf');
  writeFileSync(file, body);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

beforeAll(async () => {
  await db.reset();
  await graph.load(db.runner);
  app = await buildApp({ driver: db.driver });
  people.de = await signedIn(app, db.runner, 'member', ['F-DE']);
  people.cz = await signedIn(app, db.runner, 'member', ['F-CZ']);
  people.draft = await signedIn(app, db.runner, 'member', ['F-DRAFT']);
  people.staff = await signedIn(app, db.runner, 'staff');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await app.close();
  await db.close();
});

const call = (who: keyof typeof people | 'visitor', method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}) =>
  app.inject({ method, url, payload, headers: { ...(who === 'visitor' ? {} : people[who].headers), ...headers } });

describe('events over HTTP', () => {
  it('shows everyone the calendar with slots and tables, and the event', async () => {
    const calendar = await call('visitor', 'GET', '/api/calendar?from=2027-01-01');
    expect(calendar.statusCode).toBe(200);
    expect(calendar.json().items).toEqual([expect.objectContaining({ id: 'E-1', slots: 3, tables: 2, slotMinutes: 20, registered: 0 })]);
    expect((await call('visitor', 'GET', '/api/events/E-1/details')).json()).toMatchObject({ nameCs: 'Kooperační burza', slots: 3 });
    expect((await call('visitor', 'GET', '/api/events/E-1/participants')).json()).toEqual({ items: [] });
    expect((await call('visitor', 'GET', '/api/events/E-404/details?lang=cs')).statusCode).toBe(404);
  });

  it('lets a member register their own firm only, and answers in Czech when asked', async () => {
    expect((await call('de', 'POST', '/api/events/E-1/registrations', { firm: 'F-CZ' })).statusCode).toBe(403);
    const before = await db.snapshot();
    const wrong = await call('de', 'POST', '/api/events/E-1/registrations?lang=cs', { firm: 'F-DE', offers: ['P-GEAR'] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: '/body/offers/0', message: 'Firma „F-DE“ neuvádí produkt „P-GEAR“ ve své nabídce.' });
    expect(await db.snapshot()).toEqual(before);
    expect((await call('de', 'POST', '/api/events/E-1/registrations', { firm: 'F-DE', seeks: ['P-GEAR'] })).json()).toEqual({ id: 'E-1/F-DE', created: true });
    expect((await call('cz', 'POST', '/api/events/E-1/registrations', { firm: 'F-CZ', offers: ['P-GEAR'], available: [1, 2] })).statusCode).toBe(200);
    expect((await call('visitor', 'POST', '/api/events/E-1/registrations', { firm: 'F-DE' })).statusCode).toBe(401);
  });

  it('lets staff register firms from a spreadsheet, each rejected row with line, column and reason', async () => {
    const csv = Buffer.from(
      ['firm,persons,offers,seeks,available', 'F-DRAFT,,,,"0;2"', 'F-NONE,,,,', 'F-DE,,P-GEAR,,', 'F-DRAFT,,,,x'].join('\n'),
    );
    const upload = (who: keyof typeof people) =>
      app.inject({ method: 'POST', url: '/api/events/E-1/registrations/import?lang=cs', payload: csv, headers: { ...people[who].headers, 'content-type': 'text/csv' } });
    const before = await db.snapshot();
    expect((await upload('de')).statusCode).toBe(403);
    expect(await db.snapshot()).toEqual(before);
    const response = await upload('staff');
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ rows: 4, created: 1, changed: 0 });
    expect(result.rejected.map((r: { line: number; problems: { column: string; reason: string }[] }) => [r.line, r.problems[0]!.column, r.problems[0]!.reason])).toEqual([
      [3, 'firm', 'NOT_FOUND'],
      [4, 'offers', 'UNKNOWN_REFERENCE'],
      [5, 'available', 'WRONG_TYPE'],
    ]);
    expect(result.rejected[1].problems[0].message).toBe('Firma „F-DE“ neuvádí produkt „P-GEAR“ ve své nabídce.');
    const staffView = (await call('staff', 'GET', '/api/events/E-1/participants')).json().items as { firm: { id: string }; available: number[] }[];
    expect(staffView.find((p) => p.firm.id === 'F-DRAFT')?.available).toEqual([0, 2]);
  });

  it('lists the participants for everyone, a draft firm only for staff, the persons attending as their consent allows', async () => {
    const person = async (name: string, consent: string) =>
      (await call('staff', 'POST', '/api/contacts', { of: 'F-CZ', name, consent })).json().id as string;
    const persons = [await person('Jana Nováková', 'public'), await person('Petr Černý', 'members'), await person('Eva Malá', 'staff')];
    expect((await call('cz', 'POST', '/api/events/E-1/registrations', { firm: 'F-CZ', persons, offers: ['P-GEAR'], available: [1, 2] })).statusCode).toBe(200);
    expect((await call('draft', 'POST', '/api/events/E-1/registrations', { firm: 'F-DRAFT' })).statusCode).toBe(200);
    const seen = async (who: keyof typeof people | 'visitor') => {
      const items = (await call(who, 'GET', '/api/events/E-1/participants')).json().items as { firm: { id: string }; persons: { name: string }[] }[];
      return Object.fromEntries(items.map((p) => [p.firm.id, p.persons.map((x) => x.name)]));
    };
    expect(await seen('visitor')).toEqual({ 'F-DE': [], 'F-CZ': ['Jana Nováková'] });
    expect(await seen('de')).toEqual({ 'F-DE': [], 'F-CZ': ['Jana Nováková', 'Petr Černý'] });
    expect(await seen('cz')).toEqual({ 'F-DE': [], 'F-CZ': ['Eva Malá', 'Jana Nováková', 'Petr Černý'] });
    expect(await seen('staff')).toEqual({ 'F-DE': [], 'F-DRAFT': [], 'F-CZ': ['Eva Malá', 'Jana Nováková', 'Petr Černý'] });
  });

  it('lets the asked firm accept, staff build the timetable, and the member download the calendar file', async () => {
    expect((await call('de', 'POST', '/api/events/E-1/meetings', { from: 'F-DE', to: 'F-CZ', accepted: true })).statusCode).toBe(403);
    const asked = await call('de', 'POST', '/api/events/E-1/meetings', { from: 'F-DE', to: 'F-CZ', note: 'Zahnräder' });
    expect(asked.statusCode, asked.body).toBe(200);
    const meeting = asked.json().id as string;
    expect((await call('de', 'PATCH', `/api/events/E-1/meetings/${encodeURIComponent(meeting)}`, { status: 'accepted' })).statusCode).toBe(403);
    expect((await call('cz', 'PATCH', `/api/events/E-1/meetings/${encodeURIComponent(meeting)}`, { pin: { slot: 0, table: 0 } })).statusCode).toBe(403);
    expect((await call('cz', 'PATCH', `/api/events/E-1/meetings/${encodeURIComponent(meeting)}`, { status: 'accepted' })).json()).toMatchObject({ status: 'accepted' });
    expect((await call('de', 'POST', '/api/events/E-1/schedule')).statusCode).toBe(403);
    const built = await call('staff', 'POST', '/api/events/E-1/schedule');
    expect(built.json()).toMatchObject({ placed: 1, unplaced: 0, optimal: true });
    // The calendar and the event say alike when its timetable was built.
    const scheduledAt = (await call('visitor', 'GET', '/api/events/E-1/details')).json().scheduledAt;
    expect(Date.parse(scheduledAt)).not.toBeNaN();
    expect((await call('visitor', 'GET', '/api/calendar?from=2027-01-01')).json().items).toContainEqual(expect.objectContaining({ id: 'E-1', scheduledAt }));

    const ics = await call('de', 'GET', '/api/events/E-1/agenda.ics?firm=F-DE&lang=de');
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    // The Czech firm is free from slot 1 on: 09:20 or 09:40 local, 08:20 or 08:40 UTC in winter.
    expect(ics.body.replace(/\r\n[ \t]/g, ''), ics.body).toMatch(/SUMMARY:Gespräch: Kola Liberec[\s\S]*DTSTART:20270120T08[24]000Z/);
    expect((await call('cz', 'GET', '/api/events/E-1/agenda.ics?firm=F-DE')).statusCode).toBe(403);

    // The agenda as PDF, in Czech for the Czech firm; the organiser's timetable for staff only.
    const agenda = await call('cz', 'GET', '/api/events/E-1/agenda.pdf?firm=F-CZ&lang=cs');
    expect(agenda.statusCode).toBe(200);
    expect(agenda.headers['content-type']).toBe('application/pdf');
    expect(pdfText(agenda.rawPayload)).toMatch(/Kooperační burza[\s\S]*09:[24]0 1 Getriebe Zittau DE/);
    expect((await call('visitor', 'GET', '/api/events/E-1/agenda.pdf?firm=F-CZ')).statusCode).toBe(401);
    expect((await call('cz', 'GET', '/api/events/E-1/timetable.pdf')).statusCode).toBe(403);
    const timetable = await call('staff', 'GET', '/api/events/E-1/timetable.pdf?lang=de');
    expect(pdfText(timetable.rawPayload)).toMatch(/09:[24]0 1 Getriebe Zittau[\s\S]*Kola Liberec CZ/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await call('staff', 'GET', '/api/events/E-1/timetable.xlsx?lang=cs')).rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(expect.arrayContaining(['Getriebe Zittau', 'Kola Liberec']));
    expect((await call('de', 'GET', '/api/events/E-1/timetable.xlsx')).statusCode).toBe(403);
  });

  it('records "supplier relationship started" from either side as a claim with the event as source', async () => {
    const [meeting] = (await call('staff', 'GET', '/api/events/E-1/meetings')).json().items as { id: string }[];
    const url = `/api/events/E-1/meetings/${encodeURIComponent(meeting!.id)}/outcome`;
    const saved = await call('cz', 'POST', url, { held: true, outcome: 'supplier', product: 'P-GEAR', supplier: 'F-CZ' });
    expect(saved.json()).toEqual({ id: meeting!.id, link: { type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', created: true } });
    const profile = (await call('visitor', 'GET', '/api/firms/F-DE')).json() as { relations: { type: string; properties: Record<string, unknown> }[] };
    expect(profile.relations.find((r) => r.type === 'SUPPLIES')?.properties).toMatchObject({ source: 'event', sourceRef: 'E-1', standing: 'claimed' });
    const report = (await call('staff', 'GET', '/api/events/E-1/report')).json();
    expect(report).toMatchObject({ requested: 1, accepted: 1, held: 1, heldCrossBorder: 1, links: 1, linksConfirmed: 0 });
    expect((await call('cz', 'GET', '/api/events/E-1/report')).statusCode).toBe(403);

    // The outcome is audited with the link it claimed; the meeting's history tells the whole story.
    const history = (await call('staff', 'GET', `/api/audit?node=${encodeURIComponent(meeting!.id)}`)).json().items as {
      action: string; actorId: string; source: string; sourceRef: string; changes: { property: string; after: unknown }[]; links: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
    }[];
    const outcome = history.find((e) => e.changes.some((c) => c.property === 'outcome'))!;
    expect(outcome).toMatchObject({ actorId: people.cz.id, source: 'event', sourceRef: 'E-1' });
    expect(outcome.links).toEqual([expect.objectContaining({ type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', properties: expect.objectContaining({ product: 'P-GEAR', standing: 'claimed' }) })]);
    expect(history.map((e) => e.action).sort()).toEqual(['create', 'update', 'update']);
  });

  it('gives staff the table cards, the participant list in German and Czech, and the report as PDF and XLSX', async () => {
    expect((await call('de', 'GET', '/api/events/E-1/report.pdf')).statusCode).toBe(403);
    expect((await call('cz', 'GET', '/api/events/E-1/participants.pdf')).statusCode).toBe(403);
    expect((await call('visitor', 'GET', '/api/events/E-1/table-cards.pdf')).statusCode).toBe(401);

    const cards = pdfText((await call('staff', 'GET', '/api/events/E-1/table-cards.pdf?lang=cs')).rawPayload);
    expect(cards).toMatch(/Stůl 1 Kooperační burza/);
    expect(cards).toContain('Getriebe Zittau (DE)');
    expect(cards).toContain('Kola Liberec (CZ)');

    const list = await call('staff', 'GET', '/api/events/E-1/participants.pdf');
    expect(list.headers['content-disposition']).toContain('E-1_participants_de-cs.pdf');
    expect(pdfText(list.rawPayload)).toMatch(/Kola Liberec \(CZ\) Zahnräder Ozubená kola/);

    // The figures of the supplier outcome above: one meeting requested, accepted and held across the border, one link.
    const report = pdfText((await call('staff', 'GET', '/api/events/E-1/report.pdf?lang=de')).rawPayload);
    expect(report).toMatch(/Angefragte Gespräche 1 Angenommene Gespräche 1 Geführte Gespräche 1 davon grenzüberschreitend 1 Neue Verbindungen 1/);
    expect(report).toContain('Lieferbeziehung begonnen 1');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await call('staff', 'GET', '/api/events/E-1/report.xlsx?lang=cs')).rawPayload as unknown as ArrayBuffer);
    const rows = (sheet: number) => {
      const out: unknown[][] = [];
      workbook.worksheets[sheet]!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Ukazatele', 'Účastníci']);
    expect(rows(0)).toEqual(expect.arrayContaining([['Vyžádaná jednání', 1], ['Nové vazby', 1], ['zahájen dodavatelský vztah', 1]]));
    expect(rows(1)[0]).toEqual(['Země', 'Velikost', 'Firmy']);
  });

  it('refuses a member of neither side the outcome, and staff a pin outside the event, changing nothing', async () => {
    const [meeting] = (await call('staff', 'GET', '/api/events/E-1/meetings')).json().items as { id: string }[];
    const url = `/api/events/E-1/meetings/${encodeURIComponent(meeting!.id)}`;
    const before = await db.snapshot();
    expect((await call('draft', 'POST', `${url}/outcome`, { held: false, outcome: 'none' })).statusCode).toBe(403);
    const pin = await call('staff', 'PATCH', `${url}?lang=de`, { pin: { slot: 7, table: 0 } });
    expect(pin.statusCode).toBe(400);
    expect(pin.json()).toMatchObject({ code: 'OUT_OF_RANGE', field: '/body/pin/slot', message: 'Die Gesprächsrunden dieser Veranstaltung sind von 0 bis 2 nummeriert.' });
    expect((await call('de', 'GET', '/api/events/E-1/meetings')).statusCode).toBe(403);
    expect((await call('de', 'GET', '/api/events/E-1/suggestions?firm=F-CZ')).statusCode).toBe(403);
    expect(await db.snapshot()).toEqual(before);
  });
});
