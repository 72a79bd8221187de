// Words of the event printouts in the three languages.
import type { Language } from '../schemas/common';

export const printoutTexts: Record<
  Language,
  {
    agenda: string; timetable: string; tableCards: string; participants: string; organisers: string; noMeetings: string;
    time: string; slot: string; table: string; firm: string; partner: string; country: string; offers: string; seeks: string;
    bySlot: string; byTable: string; page: (page: number, pages: number) => string;
  }
> = {
  de: {
    agenda: 'Ihre Gespräche', timetable: 'Zeitplan', tableCards: 'Tischkarten', participants: 'Teilnehmer', organisers: 'Veranstalter',
    noMeetings: 'Für Ihre Firma sind noch keine Gespräche eingeplant.', time: 'Uhrzeit', slot: 'Runde', table: 'Tisch', firm: 'Firma',
    partner: 'Gesprächspartner', country: 'Land', offers: 'Bietet an', seeks: 'Sucht', bySlot: 'Nach Runden', byTable: 'Nach Tischen',
    page: (page, pages) => `Seite ${page} von ${pages}`,
  },
  cs: {
    agenda: 'Vaše jednání', timetable: 'Harmonogram', tableCards: 'Jmenovky stolů', participants: 'Účastníci', organisers: 'Pořadatelé',
    noMeetings: 'Pro vaši firmu zatím nejsou naplánována žádná jednání.', time: 'Čas', slot: 'Kolo', table: 'Stůl', firm: 'Firma',
    partner: 'Partner jednání', country: 'Země', offers: 'Nabízí', seeks: 'Hledá', bySlot: 'Podle kol', byTable: 'Podle stolů',
    page: (page, pages) => `Strana ${page} z ${pages}`,
  },
  en: {
    agenda: 'Your meetings', timetable: 'Timetable', tableCards: 'Table cards', participants: 'Participants', organisers: 'Organisers',
    noMeetings: 'No meetings are scheduled for your firm yet.', time: 'Time', slot: 'Slot', table: 'Table', firm: 'Firm',
    partner: 'Meeting partner', country: 'Country', offers: 'Offers', seeks: 'Looks for', bySlot: 'By slot', byTable: 'By table',
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};
