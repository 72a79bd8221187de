import { describe, expect, test } from 'vitest';
import type { Meeting, Participant } from '../schemas/events';
import { participantList, tableCards, timetableBySlot, timetableByTable } from './outputs';

const actor = (id: string, name: string, country: string) => ({ id, name, nameDe: null, nameCs: null, nameEn: null, kind: 'firm', country, district: null, town: 'Zittau', size: null });
const meeting = (id: string, from: string, to: string, slot: number | null, table: number | null, status: Meeting['status'] = 'accepted'): Meeting => ({
  id, from: actor(from, `Firma ${from}`, 'DE'), to: actor(to, `Firma ${to}`, 'CZ'), crossBorder: true, status, mutual: false, note: null, noteBack: null,
  addedByStaff: false, slot, table, startsAt: null, pinned: false, unplacedReason: null, unplacedBusy: [], held: null, outcome: null, outcomeProduct: null, outcomeSupplier: null,
});
const event = { startsAt: '2026-12-09T09:00', slotMinutes: 20 };
const meetings = [meeting('m1', 'A', 'B', 1, 0), meeting('m2', 'C', 'D', 0, 1), meeting('m3', 'A', 'D', 0, 0), meeting('m4', 'B', 'C', null, null), meeting('m5', 'C', 'B', 2, 0, 'declined')];

describe('organiser printouts', () => {
  test('the timetable by slot and by table holds the placed, accepted meetings with times from the event start', () => {
    expect(timetableBySlot(event, meetings).map((r) => [r.slot, r.time, r.table, r.firstFirm, r.secondFirm])).toEqual([
      [1, '09:00', 1, 'Firma A', 'Firma D'],
      [1, '09:00', 2, 'Firma C', 'Firma D'],
      [2, '09:20', 1, 'Firma A', 'Firma B'],
    ]);
    expect(timetableByTable(event, meetings).map((r) => [r.table, r.slot])).toEqual([[1, 1], [1, 2], [2, 1]]);
    expect(tableCards(event, meetings).map((c) => [c.table, c.meetings.length])).toEqual([[1, 2], [2, 1]]);
  });

  test('the participant list gives offers and searches in German and Czech side by side', () => {
    const product = (id: string, de: string, cs: string) => ({ id, name: de, nameDe: de, nameCs: cs, nameEn: null, category: null });
    const participants = [
      { registration: 'r2', firm: actor('F2', 'Zahnradwerk', 'DE'), sectors: [], offers: [product('P1', 'Zahnräder', 'Ozubená kola')], seeks: [], requests: [], available: [], persons: [] },
      { registration: 'r1', firm: actor('F1', 'Kovárna', 'CZ'), sectors: [], offers: [], seeks: [product('P1', 'Zahnräder', 'Ozubená kola'), product('P2', 'Stahl', 'Ocel')], requests: [], available: [], persons: [] },
    ] as Participant[];
    expect(participantList(participants)).toEqual([
      { firm: 'Kovárna', country: 'CZ', town: 'Zittau', offersDe: '', offersCs: '', seeksDe: 'Zahnräder, Stahl', seeksCs: 'Ozubená kola, Ocel' },
      { firm: 'Zahnradwerk', country: 'DE', town: 'Zittau', offersDe: 'Zahnräder', offersCs: 'Ozubená kola', seeksDe: '', seeksCs: '' },
    ]);
  });
});
