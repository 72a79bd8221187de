// What the organiser's printouts hold, as plain rows: the timetable per slot and per table, a card per
// table, and the participant list with what each offers and seeks in German and Czech side by side.
// The PDF and XLSX writers (server/src/reports) set these rows; the rows are tested on their own.
import type { Meeting, Participant } from '../schemas/events';
import { slotStart } from './slots';

type Named = { name: string; nameDe: string | null; nameCs: string | null; nameEn: string | null };
const nameIn = (thing: Named, lang: 'de' | 'cs' | 'en') => (lang === 'de' ? thing.nameDe : lang === 'cs' ? thing.nameCs : thing.nameEn) ?? thing.name;

export interface TimetableRow {
  slot: number;
  time: string;
  table: number;
  firstFirm: string;
  firstCountry: string;
  secondFirm: string;
  secondCountry: string;
}

interface Times {
  startsAt: string | null;
  slotMinutes: number | null;
}

const placed = (meetings: Meeting[]) => meetings.filter((m) => m.slot !== null && m.table !== null && m.status === 'accepted');

const row = (event: Times, m: Meeting): TimetableRow => ({
  slot: m.slot! + 1,
  time: slotStart(event, m.slot!)?.slice(11, 16) ?? '',
  table: m.table! + 1,
  firstFirm: m.from.name,
  firstCountry: m.from.country ?? '',
  secondFirm: m.to.name,
  secondCountry: m.to.country ?? '',
});

/** Every placed meeting, slot by slot and table by table within a slot. */
export const timetableBySlot = (event: Times, meetings: Meeting[]): TimetableRow[] =>
  placed(meetings)
    .map((m) => row(event, m))
    .sort((a, b) => a.slot - b.slot || a.table - b.table);

/** Every placed meeting, table by table and slot by slot at a table. */
export const timetableByTable = (event: Times, meetings: Meeting[]): TimetableRow[] =>
  placed(meetings)
    .map((m) => row(event, m))
    .sort((a, b) => a.table - b.table || a.slot - b.slot);

/** One card per table that has meetings: its number and who sits there when. */
export function tableCards(event: Times, meetings: Meeting[]): { table: number; meetings: TimetableRow[] }[] {
  const byTable = new Map<number, TimetableRow[]>();
  for (const r of timetableByTable(event, meetings)) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r]);
  return [...byTable].map(([table, rows]) => ({ table, meetings: rows }));
}

export interface ParticipantRow {
  firm: string;
  country: string;
  town: string;
  offersDe: string;
  offersCs: string;
  seeksDe: string;
  seeksCs: string;
}

/** The participants in name order with their offers and searches in German and in Czech. */
export const participantList = (participants: Participant[]): ParticipantRow[] =>
  [...participants]
    .sort((a, b) => a.firm.name.localeCompare(b.firm.name, 'de'))
    .map((p) => ({
      firm: p.firm.name,
      country: p.firm.country ?? '',
      town: p.firm.town ?? '',
      offersDe: p.offers.map((x) => nameIn(x, 'de')).join(', '),
      offersCs: p.offers.map((x) => nameIn(x, 'cs')).join(', '),
      seeksDe: p.seeks.map((x) => nameIn(x, 'de')).join(', '),
      seeksCs: p.seeks.map((x) => nameIn(x, 'cs')).join(', '),
    }));
