import { describe, expect, test } from 'vitest';
import { agendaCalendar, type Agenda } from './agenda-ics';

const actor = (id: string, name: string, nameCs: string | null = null) => ({
  id, name, nameDe: null, nameCs, nameEn: null, kind: 'firm', country: 'CZ', district: null, town: null, size: null,
});

const agenda: Agenda = {
  event: {
    id: 'E-1', name: 'Kooperationsbörse', nameDe: 'Kooperationsbörse', nameCs: 'Kooperační burza', nameEn: 'Cooperation exchange',
    descriptionDe: null, descriptionCs: null, descriptionEn: null, type: 'cooperation-exchange', date: '2027-03-17',
    startsAt: '2027-03-17T09:00', endsAt: '2027-03-17T13:00', town: 'Chemnitz', venue: 'IHK Chemnitz', district: 'DED41',
    languages: ['de', 'cs'], capacity: 60, slotMinutes: 20, tables: 12, slots: 12, registrationDeadline: null, scheduledAt: null,
    organisers: [], registered: 2,
  },
  firm: actor('F-M', 'Maschinenbau M'),
  meetings: [
    { meeting: 'M:E-1:F-K1:F-M', slot: 0, table: 2, other: actor('F-K1', 'Kola K1'), note: null },
    { meeting: 'M:E-1:F-K2:F-M', slot: 3, table: 0, other: actor('F-K2', 'Stroje K2'), note: 'Drehteile' },
  ],
};

/** The VEVENT blocks of a calendar as key -> value maps, folded lines unfolded (RFC 5545 3.1). */
function vevents(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') events.push(current!), (current = undefined);
    else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).split(';')[0]!] = line.slice(i + 1);
    }
  }
  return events;
}

describe('agenda as iCalendar', () => {
  test('one event per meeting, in UTC, with the other firm and the table in the reader’s language', () => {
    const text = agendaCalendar(agenda, 'cs');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = vevents(text);
    expect(events).toHaveLength(2);
    // 09:00 Central European (winter) time is 08:00 UTC; slot 3 of 20 minutes starts at 10:00.
    expect(events[0]).toMatchObject({ DTSTART: '20270317T080000Z', DTEND: '20270317T082000Z', SUMMARY: 'Jednání: Kola K1', UID: 'M:E-1:F-K1:F-M@E-1.grenzland-netz' });
    // The venue is a name; the town is Chemnitz's Czech name (docs/glossary.md).
    expect(events[0]!.LOCATION).toBe('Stůl 3\\, IHK Chemnitz\\, Saská Kamenice');
    expect(events[1]).toMatchObject({ DTSTART: '20270317T090000Z', DTEND: '20270317T092000Z', SUMMARY: 'Jednání: Stroje K2' });
    expect(events[1]!.DESCRIPTION).toContain('Drehteile');
  });

  test('German texts for a German reader', () => {
    expect(vevents(agendaCalendar(agenda, 'de'))[0]).toMatchObject({ SUMMARY: 'Gespräch: Kola K1', LOCATION: 'Tisch 3\\, IHK Chemnitz\\, Chemnitz' });
  });
});
