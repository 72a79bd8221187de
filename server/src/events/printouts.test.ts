// The event printouts read back by readers we did not write: poppler's pdftotext for the PDFs,
// exceljs for the workbook. Page images go to screenshots/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import type { EventSummary, Meeting, Participant } from '../schemas/events';
import { agendaPdf, participantsPdf, tableCardsPdf, timetablePdf, timetableXlsx } from './printouts';

const actor = (id: string, name: string, country: string, nameCs: string | null = null) => ({
  id, name, nameDe: null, nameCs, nameEn: null, kind: 'firm', country, district: null, town: null, size: null,
});
const event: EventSummary = {
  id: 'E-1', name: 'Kooperationsbörse Glas', nameDe: 'Kooperationsbörse Glas', nameCs: 'Kooperační burza sklo', nameEn: 'Glass cooperation exchange',
  descriptionDe: null, descriptionCs: null, descriptionEn: null, type: 'cooperation-exchange', date: '2026-12-09',
  startsAt: '2026-12-09T09:00', endsAt: '2026-12-09T10:00', town: 'Karlovy Vary', venue: 'Kongresový sál', district: 'CZ041',
  languages: ['cs', 'de'], capacity: 40, slotMinutes: 20, tables: 2, slots: 3, registrationDeadline: null, scheduledAt: null,
  organisers: [actor('O-1', 'Krajská hospodářská komora Karlovarského kraje', 'CZ')], registered: 3,
};
const meeting = (id: string, from: ReturnType<typeof actor>, to: ReturnType<typeof actor>, slot: number, table: number): Meeting => ({
  id, from, to, crossBorder: from.country !== to.country, status: 'accepted', mutual: false, note: null, noteBack: null, addedByStaff: false,
  slot, table, startsAt: null, pinned: false, unplacedReason: null, unplacedBusy: [], held: null, outcome: null, outcomeProduct: null, outcomeSupplier: null,
});
const glass = actor('F-1', 'Sklárna Šťastný s.r.o.', 'CZ');
const mould = actor('F-2', 'Formenbau Größler GmbH', 'DE');
const porcelain = actor('F-3', 'Porzellan Weiß KG', 'DE');
const meetings = [meeting('m1', mould, glass, 0, 0), meeting('m2', porcelain, glass, 1, 1)];

const text = (pdf: Buffer, name: string) => {
  mkdirSync('screenshots', { recursive: true });
  const file = `screenshots/${name}.pdf`;
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '50', '-png', file, `screenshots/${name}`]);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
};

describe('event printouts', () => {
  test('a participant’s agenda in Czech names the times, tables and partners with their diacritics', async () => {
    const pdf = await agendaPdf({ event, firm: glass, meetings: [{ meeting: 'm1', slot: 0, table: 0, other: mould, note: null }, { meeting: 'm2', slot: 1, table: 1, other: porcelain, note: null }] }, 'cs');
    const content = text(pdf, 'agenda-cs');
    expect(content).toContain('Kooperační burza sklo');
    expect(content).toContain('Vaše jednání: Sklárna Šťastný s.r.o.');
    expect(content).toMatch(/09:00 1 Formenbau Größler GmbH DE/);
    expect(content).toMatch(/09:20 2 Porzellan Weiß KG DE/);
  });

  test('the organiser’s timetable in German, table cards and the de|cs participant list', async () => {
    expect(text(await timetablePdf(event, meetings, 'de'), 'timetable-de')).toMatch(/09:00 1 Formenbau Größler GmbH DE Sklárna Šťastný s\.r\.o\. CZ/);
    const cards = text(await tableCardsPdf(event, meetings, 'de'), 'table-cards-de');
    expect(cards).toContain('Tisch 1');
    expect(cards).toContain('Tisch 2');
    const product = { id: 'P-1', name: 'Glasformen', nameDe: 'Glasformen', nameCs: 'Formy na sklo', nameEn: 'Glass moulds', category: null };
    const participants = [{ registration: 'r', firm: mould, sectors: [], offers: [product], seeks: [], requests: [], available: [], persons: [] }] as Participant[];
    const list = text(await participantsPdf(event, participants), 'participants-de-cs');
    expect(list).toContain('Teilnehmer');
    expect(list).toContain('Účastníci');
    expect(list).toMatch(/Glasformen\s+Formy na sklo/);
  });

  test('the timetable workbook has a sheet by slot and one by table', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await timetableXlsx(event, meetings, 'cs')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Podle kol', 'Podle stolů']);
    const bySlot = workbook.getWorksheet('Podle kol')!;
    expect(bySlot.getRow(1).values).toEqual([undefined, 'Kolo', 'Čas', 'Stůl', 'Firma', 'Země', 'Firma', 'Země']);
    expect(bySlot.getRow(2).values).toEqual([undefined, 1, '09:00', 1, 'Formenbau Größler GmbH', 'DE', 'Sklárna Šťastný s.r.o.', 'CZ']);
    expect(workbook.getWorksheet('Podle stolů')!.getRow(3).values).toEqual([undefined, 2, '09:20', 2, 'Porzellan Weiß KG', 'DE', 'Sklárna Šťastný s.r.o.', 'CZ']);
  });
});
