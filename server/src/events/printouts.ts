// The event's printouts, set with the report building blocks (server/src/reports): a participant's
// agenda in their language, the organiser's timetable (PDF per slot, XLSX per slot and per table),
// table cards, the participant list in German and Czech side by side, and the report's figures.
import { townName } from '../i18n/places';
import { ReportDocument } from '../reports/document';
import { buildWorkbook } from '../reports/workbook';
import type { Language } from '../schemas/common';
import type { Static } from '@sinclair/typebox';
import type { EventReport, EventSummary, Meeting, Participant } from '../schemas/events';
import type { Agenda } from './agenda-ics';
import { printoutTexts } from './printout-texts';
import { participantList, tableCards, timetableBySlot, timetableByTable } from './outputs';
import { slotStart } from './slots';

type Named = { name: string; nameDe: string | null; nameCs: string | null; nameEn: string | null };
const nameIn = (thing: Named, lang: Language) => (lang === 'de' ? thing.nameDe : lang === 'cs' ? thing.nameCs : thing.nameEn) ?? thing.name;

const document = (event: EventSummary, lang: Language, title: string) =>
  new ReportDocument({ title, pageLabel: printoutTexts[lang].page, footer: `${nameIn(event, lang)} · ${event.date.slice(0, 10)}` });

function facts(doc: ReportDocument, event: EventSummary, lang: Language) {
  const t = printoutTexts[lang];
  const hours = event.startsAt && event.endsAt ? `, ${event.startsAt.slice(11, 16)}–${event.endsAt.slice(11, 16)}` : '';
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${event.date.slice(0, 10)}T00:00:00Z`));
  doc.paragraph(`${day}${hours} · ${[event.venue, townName(event.town, lang)].filter(Boolean).join(', ')}`, { muted: true });
  if (event.organisers.length > 0) doc.paragraph(`${t.organisers}: ${event.organisers.map((o) => nameIn(o, lang)).join(', ')}`, { muted: true });
}

/** One participant's meetings, in their language. */
export async function agendaPdf(agenda: Agenda, lang: Language): Promise<Buffer> {
  const t = printoutTexts[lang];
  const doc = document(agenda.event, lang, `${t.agenda} – ${nameIn(agenda.firm, lang)}`).newPage();
  doc.heading(nameIn(agenda.event, lang));
  facts(doc, agenda.event, lang);
  doc.heading(`${t.agenda}: ${nameIn(agenda.firm, lang)}`, 2);
  if (agenda.meetings.length === 0) doc.paragraph(t.noMeetings);
  else
    await doc.table(
      [
        { header: t.time, width: 0.14 },
        { header: t.table, width: 0.12 },
        { header: t.partner, width: 0.5 },
        { header: t.country, width: 0.24 },
      ],
      agenda.meetings.map((m) => [slotStart(agenda.event, m.slot)?.slice(11, 16) ?? '', String(m.table + 1), nameIn(m.other, lang), m.other.country ?? '']),
    );
  return doc.finish();
}

/** The whole timetable, slot by slot, for the organiser. */
export async function timetablePdf(event: EventSummary, meetings: Meeting[], lang: Language): Promise<Buffer> {
  const t = printoutTexts[lang];
  const doc = document(event, lang, `${t.timetable} – ${nameIn(event, lang)}`).newPage();
  doc.heading(`${t.timetable}: ${nameIn(event, lang)}`);
  facts(doc, event, lang);
  await doc.table(
    [
      { header: t.time, width: 0.1 },
      { header: t.table, width: 0.1 },
      { header: t.firm, width: 0.34 },
      { header: '', width: 0.06 },
      { header: t.firm, width: 0.34 },
      { header: '', width: 0.06 },
    ],
    timetableBySlot(event, meetings).map((r) => [r.time, String(r.table), r.firstFirm, r.firstCountry, r.secondFirm, r.secondCountry]),
  );
  return doc.finish();
}

/** The timetable as a workbook: one sheet per slot order, one per table order. */
export function timetableXlsx(event: EventSummary, meetings: Meeting[], lang: Language): Promise<Buffer> {
  const t = printoutTexts[lang];
  const columns = [
    { key: 'slot', header: t.slot, width: 8 },
    { key: 'time', header: t.time, width: 8 },
    { key: 'table', header: t.table, width: 8 },
    { key: 'firstFirm', header: t.firm, width: 40 },
    { key: 'firstCountry', header: t.country, width: 8 },
    { key: 'secondFirm', header: t.firm, width: 40 },
    { key: 'secondCountry', header: t.country, width: 8 },
  ];
  const rows = (list: ReturnType<typeof timetableBySlot>) => list.map((r) => ({ ...r }));
  return buildWorkbook(
    [
      { name: t.bySlot, columns, rows: rows(timetableBySlot(event, meetings)) },
      { name: t.byTable, columns, rows: rows(timetableByTable(event, meetings)) },
    ],
    { title: `${t.timetable} – ${nameIn(event, lang)}` },
  );
}

/** A card per table, to stand on it: the number large, then who meets there when. */
export async function tableCardsPdf(event: EventSummary, meetings: Meeting[], lang: Language): Promise<Buffer> {
  const t = printoutTexts[lang];
  const doc = document(event, lang, `${t.tableCards} – ${nameIn(event, lang)}`);
  for (const card of tableCards(event, meetings)) {
    doc.newPage();
    doc.say(`${t.table} ${card.table}`, { font: 'bold', size: 48 });
    doc.paragraph(nameIn(event, lang), { muted: true });
    await doc.table(
      [
        { header: t.time, width: 0.14 },
        { header: t.firm, width: 0.43 },
        { header: t.firm, width: 0.43 },
      ],
      card.meetings.map((r) => [r.time, `${r.firstFirm} (${r.firstCountry})`, `${r.secondFirm} (${r.secondCountry})`]),
    );
  }
  return doc.finish();
}

/** The participants with what each offers and seeks, German and Czech side by side. */
export async function participantsPdf(event: EventSummary, participants: Participant[]): Promise<Buffer> {
  const de = printoutTexts.de;
  const cs = printoutTexts.cs;
  const doc = new ReportDocument({ title: `${de.participants} / ${cs.participants}`, pageLabel: de.page, footer: `${nameIn(event, 'de')} · ${event.date.slice(0, 10)}` }).newPage();
  doc.heading([nameIn(event, 'de'), nameIn(event, 'cs')]);
  doc.heading([de.participants, cs.participants], 2);
  await doc.table(
    [
      { header: [de.firm, cs.firm], width: 0.24 },
      { header: de.offers, width: 0.19 },
      { header: cs.offers, width: 0.19 },
      { header: de.seeks, width: 0.19 },
      { header: cs.seeks, width: 0.19 },
    ],
    participantList(participants).map((p) => [`${p.firm} (${p.country})`, p.offersDe, p.offersCs, p.seeksDe, p.seeksCs]),
  );
  return doc.finish();
}

export type ReportFigures = Static<typeof EventReport>;

/** The report's figures as rows: each key figure, then each outcome. */
function figureRows(report: ReportFigures, lang: Language): [string, number][] {
  const t = printoutTexts[lang];
  return [
    [t.requested, report.requested],
    [t.accepted, report.accepted],
    [t.held, report.held],
    [t.heldCrossBorder, report.heldCrossBorder],
    [t.links, report.links],
    [t.linksConfirmed, report.linksConfirmed],
    ...report.outcomes.map((o): [string, number] => [t.outcomes[o.outcome as keyof typeof t.outcomes] ?? o.outcome, o.meetings]),
  ];
}

const sizeIn = (size: string | null, lang: Language) => (size ? (printoutTexts[lang].sizes[size as keyof (typeof printoutTexts)['de']['sizes']] ?? size) : '–');

/** The event's figures for the programme's reporting, in one language. */
export async function reportPdf(report: ReportFigures, lang: Language): Promise<Buffer> {
  const t = printoutTexts[lang];
  const event = report.event as EventSummary;
  const number = new Intl.NumberFormat(lang);
  const doc = document(event, lang, `${t.report} – ${nameIn(event, lang)}`).newPage();
  doc.heading(`${t.report}: ${nameIn(event, lang)}`);
  facts(doc, event, lang);
  doc.heading(t.figures, 2);
  await doc.table(
    [
      { header: t.figure, width: 0.7 },
      { header: t.value, width: 0.3 },
    ],
    figureRows(report, lang).map(([label, value]) => [label, number.format(value)]),
  );
  doc.heading(t.participants, 2);
  await doc.table(
    [
      { header: t.country, width: 0.3 },
      { header: t.size, width: 0.4 },
      { header: t.firms, width: 0.3 },
    ],
    report.participants.map((p) => [p.country, sizeIn(p.size, lang), number.format(p.firms)]),
  );
  return doc.finish();
}

/** The same figures as a workbook: key figures, and participants by country and size. */
export function reportXlsx(report: ReportFigures, lang: Language): Promise<Buffer> {
  const t = printoutTexts[lang];
  return buildWorkbook(
    [
      {
        name: t.figures,
        columns: [
          { key: 'figure', header: t.figure, width: 44 },
          { key: 'value', header: t.value, width: 10 },
        ],
        rows: figureRows(report, lang).map(([figure, value]) => ({ figure, value })),
      },
      {
        name: t.participants,
        columns: [
          { key: 'country', header: t.country, width: 8 },
          { key: 'size', header: t.size, width: 28 },
          { key: 'firms', header: t.firms, width: 10 },
        ],
        rows: report.participants.map((p) => ({ country: p.country, size: sizeIn(p.size, lang), firms: p.firms })),
      },
    ],
    { title: `${t.report} – ${nameIn(report.event as EventSummary, lang)}` },
  );
}
