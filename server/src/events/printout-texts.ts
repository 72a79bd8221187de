// Words of the event printouts in the three languages.
import type { Language } from '../schemas/common';

export const printoutTexts: Record<
  Language,
  {
    agenda: string; timetable: string; tableCards: string; participants: string; organisers: string; noMeetings: string;
    time: string; slot: string; table: string; firm: string; partner: string; country: string; offers: string; seeks: string;
    bySlot: string; byTable: string; page: (page: number, pages: number) => string;
    report: string; figures: string; figure: string; value: string; size: string; firms: string; meetings: string; outcome: string;
    requested: string; accepted: string; held: string; heldCrossBorder: string; links: string; linksConfirmed: string;
    outcomes: Record<'none' | 'follow-up' | 'cooperation' | 'supplier', string>; sizes: Record<'micro' | 'small' | 'medium' | 'large', string>;
  }
> = {
  de: {
    agenda: 'Ihre Gespräche', timetable: 'Zeitplan', tableCards: 'Tischkarten', participants: 'Teilnehmer', organisers: 'Veranstalter',
    noMeetings: 'Für Ihre Firma sind noch keine Gespräche eingeplant.', time: 'Uhrzeit', slot: 'Runde', table: 'Tisch', firm: 'Firma',
    partner: 'Gesprächspartner', country: 'Land', offers: 'Bietet an', seeks: 'Sucht', bySlot: 'Nach Runden', byTable: 'Nach Tischen',
    page: (page, pages) => `Seite ${page} von ${pages}`,
    report: 'Bericht', figures: 'Kennzahlen', figure: 'Kennzahl', value: 'Wert', size: 'Größenklasse', firms: 'Firmen', meetings: 'Gespräche',
    outcome: 'Ergebnis', requested: 'Angefragte Gespräche', accepted: 'Angenommene Gespräche', held: 'Geführte Gespräche',
    heldCrossBorder: 'davon grenzüberschreitend', links: 'Neue Verbindungen', linksConfirmed: 'davon binnen drei Monaten bestätigt',
    outcomes: { none: 'keine weitere Zusammenarbeit', 'follow-up': 'Folgetermin vereinbart', cooperation: 'Kooperation vereinbart', supplier: 'Lieferbeziehung begonnen' },
    sizes: { micro: 'Kleinstunternehmen', small: 'Kleinunternehmen', medium: 'Mittleres Unternehmen', large: 'Großunternehmen' },
  },
  cs: {
    agenda: 'Vaše jednání', timetable: 'Harmonogram', tableCards: 'Jmenovky stolů', participants: 'Účastníci', organisers: 'Pořadatelé',
    noMeetings: 'Pro vaši firmu zatím nejsou naplánována žádná jednání.', time: 'Čas', slot: 'Kolo', table: 'Stůl', firm: 'Firma',
    partner: 'Partner jednání', country: 'Země', offers: 'Nabízí', seeks: 'Hledá', bySlot: 'Podle kol', byTable: 'Podle stolů',
    page: (page, pages) => `Strana ${page} z\u00a0${pages}`,
    report: 'Zpráva', figures: 'Ukazatele', figure: 'Ukazatel', value: 'Hodnota', size: 'Velikost', firms: 'Firmy', meetings: 'Jednání',
    outcome: 'Výsledek', requested: 'Vyžádaná jednání', accepted: 'Přijatá jednání', held: 'Uskutečněná jednání',
    heldCrossBorder: 'z\u00a0toho přeshraniční', links: 'Nové vazby', linksConfirmed: 'z\u00a0toho potvrzené do tří měsíců',
    outcomes: { none: 'bez další spolupráce', 'follow-up': 'domluvena další schůzka', cooperation: 'domluvena spolupráce', supplier: 'zahájen dodavatelský vztah' },
    sizes: { micro: 'mikropodnik', small: 'malý podnik', medium: 'střední podnik', large: 'velký podnik' },
  },
  en: {
    agenda: 'Your meetings', timetable: 'Timetable', tableCards: 'Table cards', participants: 'Participants', organisers: 'Organisers',
    noMeetings: 'No meetings are scheduled for your firm yet.', time: 'Time', slot: 'Slot', table: 'Table', firm: 'Firm',
    partner: 'Meeting partner', country: 'Country', offers: 'Offers', seeks: 'Looks for', bySlot: 'By slot', byTable: 'By table',
    page: (page, pages) => `Page ${page} of ${pages}`,
    report: 'Report', figures: 'Key figures', figure: 'Figure', value: 'Value', size: 'Size', firms: 'Firms', meetings: 'Meetings',
    outcome: 'Outcome', requested: 'Meetings requested', accepted: 'Meetings accepted', held: 'Meetings held',
    heldCrossBorder: 'of which cross-border', links: 'New links', linksConfirmed: 'of which confirmed within three months',
    outcomes: { none: 'no follow-up', 'follow-up': 'follow-up agreed', cooperation: 'cooperation agreed', supplier: 'supplier relationship started' },
    sizes: { micro: 'micro enterprise', small: 'small enterprise', medium: 'medium-sized enterprise', large: 'large enterprise' },
  },
};
