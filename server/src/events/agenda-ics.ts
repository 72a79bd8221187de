// A participant's meetings at an event as an iCalendar file (RFC 5545), written by the `ics` package:
// one VEVENT per meeting with the table and the other firm, times in UTC from the event's local time.
import { townName } from '../i18n/places';
import { createEvents, type EventAttributes } from 'ics';
import type { ActorRef } from '../schemas/analytics';
import type { Language } from '../schemas/common';
import type { EventSummary } from '../schemas/events';
import { agendaTexts } from './agenda-texts';
import { centralEuropeanToUtc, slotEnd, slotStart } from './slots';

export interface Agenda {
  event: EventSummary;
  firm: ActorRef;
  meetings: { meeting: string; slot: number; table: number; other: ActorRef; note: string | null }[];
}

const nameIn = (thing: { name: string; nameDe: string | null; nameCs: string | null; nameEn: string | null }, lang: Language) =>
  (lang === 'de' ? thing.nameDe : lang === 'cs' ? thing.nameCs : thing.nameEn) ?? thing.name;

export function agendaCalendar(agenda: Agenda, lang: Language): string {
  const texts = agendaTexts[lang];
  const eventName = nameIn(agenda.event, lang);
  const place = [agenda.event.venue, townName(agenda.event.town, lang)].filter(Boolean).join(', ');
  const events: EventAttributes[] = agenda.meetings.flatMap((m) => {
    const start = slotStart(agenda.event, m.slot);
    const end = slotEnd(agenda.event, m.slot);
    if (!start || !end) return [];
    return [
      {
        uid: `${m.meeting}@${agenda.event.id}.grenzland-netz`,
        start: centralEuropeanToUtc(start).getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: centralEuropeanToUtc(end).getTime(),
        endInputType: 'utc',
        endOutputType: 'utc',
        title: texts.meetingWith(nameIn(m.other, lang)),
        description: [texts.table(m.table + 1), eventName, ...(m.note ? [m.note] : [])].join('\n'),
        location: [texts.table(m.table + 1), place].filter(Boolean).join(', '),
        calName: `${eventName} – ${nameIn(agenda.firm, lang)}`,
        productId: 'grenzland-netz/events',
      },
    ];
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return value;
}
