// The workshop report of a scope: title page, contents, key figures, the network as a picture,
// best connected and critical actors, cross-border links, risks, opportunities across the border,
// institutes to contact and, for staff, the contact list. In one language or German and Czech side
// by side. Layout and writing yield to the event loop between slices (network.ts, document.ts).
import { townName } from '../i18n/places';
import type { Language } from '../schemas/common';
import type { ReportLanguage } from '../schemas/exports';
import { keyFigures } from '../exports/figures';
import { buildGraph, layOut, type ColourBy } from '../exports/network';
import type { ScopeData } from '../exports/scope-data';
import { buildTables, localName, nameIndex } from '../exports/tables';
import { ReportDocument, type Say, type TableColumn } from './document';
import { drawNetwork, pictureGraph } from './network-picture';
import { fill, reportTexts, type ReportTexts } from './report-texts';
import { pluralForm, type Plural } from '../i18n/plural';

export interface ReportOptions {
  lang: ReportLanguage;
  colour: ColourBy;
  /** Who made it, for the title page (the account's name, or the product's). */
  madeBy?: string;
  /** Stages done, 0..1, for progress reports. */
  onProgress?: (share: number) => void;
}

const limits = { picture: 1500, labels: 14, connected: 15, crossBorder: 40, risks: 40, opportunities: 40 };
const locales: Record<Language, string> = { de: 'de-DE', cs: 'cs-CZ', en: 'en-GB' };

export async function workshopReport(data: ScopeData, options: ReportOptions): Promise<Buffer> {
  const langs: Language[] = options.lang === 'de-cs' ? ['de', 'cs'] : [options.lang];
  const first = langs[0]!;
  const texts = langs.map((l) => reportTexts[l]);
  /** A text in the report's language, or the German and Czech pair; numbers and times in each language's format. */
  const say = (pick: (t: ReportTexts) => string, values: Record<string, string | number | Date> = {}): Say => {
    const said = texts.map((t, i) => {
      const locale = locales[langs[i]!];
      // The region's time, wherever the server runs.
      const time = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
      const shown = (value: string | number | Date) =>
        value instanceof Date ? time.format(value) : typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
      return fill(pick(t), Object.fromEntries(Object.entries(values).map(([key, value]) => [key, shown(value)])));
    });
    return said.length === 2 ? [said[0]!, said[1]!] : said[0]!;
  };
  /** A short value in a table cell: one language, or both joined. */
  const cell = (pick: (t: ReportTexts, lang: Language) => string) => [...new Set(langs.map((l) => pick(reportTexts[l], l)))].join(' / ');
  /** "3 Akteure" / "3 aktéři": a count with its word in each language's plural form. */
  const counted = (count: number, pick: (t: ReportTexts) => Plural) =>
    cell((t, l) => fill(pluralForm(locales[l], count, pick(t)), { count: new Intl.NumberFormat(locales[l]).format(count) }));
  /** A town in the report's language(s): Dresden / Drážďany side by side. */
  const town = (name: string | null | undefined) => [...new Set(langs.map((l) => townName(name, l) ?? ''))].join(' / ');
  const number = new Intl.NumberFormat(locales[first]);
  const decimal = new Intl.NumberFormat(locales[first], { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locales[first], { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locales[first], { dateStyle: 'long' }).format(new Date(data.createdAt));
  const names = nameIndex(data);
  const name = (id: string) => localName(names.get(id), first, id);
  const figures = keyFigures(data);
  const tables = buildTables(data, first);
  const scopeName = data.scope.names ? localName(data.scope.names, first) : cell((t) => t.scopes[data.scope.kind]);

  const doc = new ReportDocument({
    title: `${texts[0]!.title}: ${scopeName}`,
    author: options.madeBy,
    pageLabel: (page, pages) => cell((t) => fill(t.page, { page, pages })),
    footer: `Grenzland-Netz · ${scopeName} · ${date}`,
  });
  doc.titlePage({
    kicker: say((t) => t.kicker),
    title: say((t) => t.title),
    subtitle: scopeName,
    facts: [
      [say((t) => t.facts.scope), say((t) => t.scopes[data.scope.kind])],
      [say((t) => t.facts.actors), number.format(figures.actors)],
      [say((t) => t.facts.date), date],
      [say((t) => t.facts.language), say((t) => t.languages[options.lang])],
      [say((t) => t.facts.madeBy), options.madeBy ?? 'Grenzland-Netz'],
    ],
    note: say((t) => t.project),
  });
  if (data.actors.some((a) => !a.published)) doc.paragraph(say((t) => t.notes.draftsIncluded), { muted: true });
  doc.contents(say((t) => t.contents));
  options.onProgress?.(0.1);

  // Key figures
  doc.heading(say((t) => t.sections.figures), 1, { newPage: true });
  const share = (value: number | null) => (value === null ? '–' : percent.format(value));
  const byKind = (kind: string) => Object.values(figures.actorsByKind[kind] ?? {}).reduce((a, b) => a + b, 0);
  doc.keyFigures([
    { label: say((t) => t.figures.firms), value: number.format(byKind('firm')) },
    { label: say((t) => t.figures.institutes), value: number.format(byKind('institute')) },
    { label: say((t) => t.figures.organisations), value: number.format(byKind('organisation')) },
    { label: say((t) => t.figures.links), value: number.format(figures.actorLinks) },
    { label: say((t) => t.figures.crossBorderShare), value: share(figures.crossBorderShare) },
    { label: say((t) => t.figures.density), value: share(figures.density) },
    { label: say((t) => t.figures.singleSource), value: share(figures.singleSourceShare) },
    { label: say((t) => t.figures.hhi), value: figures.supplyConcentration.hhi === null ? '–' : number.format(figures.supplyConcentration.hhi) },
  ]);
  doc.heading(say((t) => t.figures.byKind), 2);
  const countries = ['DE', 'CZ', 'other'] as const;
  await doc.table(
    [
      { header: say((t) => t.columns.kind), width: 0.4 },
      ...countries.map((c) => ({ header: say((t) => t.countries[c]), width: 0.15, align: 'right' as const })),
      { header: say((t) => t.figures.total), width: 0.15, align: 'right' },
    ],
    (['firm', 'institute', 'organisation'] as const).map((kind) => [
      cell((t) => t.kindsPlural[kind]),
      ...countries.map((c) => number.format(figures.actorsByKind[kind]?.[c] ?? 0)),
      number.format(byKind(kind)),
    ]),
  );
  doc.heading(say((t) => t.figures.byType), 2);
  doc.paragraph(say((t) => t.notes.byType), { muted: true });
  await doc.table(
    [
      { header: say((t) => t.columns.type), width: 0.5 },
      { header: say((t) => t.figures.total), width: 0.25, align: 'right' },
      { header: say((t) => t.figures.crossBorder), width: 0.25, align: 'right' },
    ],
    (['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const).map((type) => [
      cell((t) => t.linkTypes[type]),
      number.format(figures.linksByType[type]?.links ?? 0),
      number.format(figures.linksByType[type]?.crossBorder ?? 0),
    ]),
  );
  await doc.breathe();

  // The network as a picture
  const { graph, legend } = buildGraph(data, first, options.colour);
  const picture = pictureGraph(graph, limits.picture);
  await layOut(picture, (s) => options.onProgress?.(0.1 + 0.5 * s));
  doc.heading(say((t) => t.sections.network), 1, { newPage: true });
  doc.paragraph(say((t) => t.notes.network), { muted: true });
  const drawn = picture.order;
  if (drawn < graph.order) {
    doc.paragraph(say((t) => t.notes.pictureTruncated, { shown: number.format(drawn), total: number.format(graph.order) }), { muted: true });
  }
  doc.figure(doc.room - 4, (pdf, box) =>
    drawNetwork(pdf, box, picture, legend, {
      labels: limits.labels,
      legendTitle: cell((t) => (options.colour === 'country' ? t.legend.country : t.legend.sector)),
      legendLabel: (entry) => {
        const label =
          entry.key === 'other'
            ? cell((t) => t.legend.other)
            : options.colour === 'country'
              ? cell((t) => t.countries[entry.key as 'DE' | 'CZ'] ?? entry.key)
              : `${entry.key} ${localName(names.get(entry.key), first, '')}`.trim();
        return `${label} (${number.format(entry.count)})`;
      },
      crossBorderLabel: cell((t) => t.legend.crossBorder),
      unlinkedLabel: (count) => counted(count, (t) => t.unlinked),
    }),
  );
  options.onProgress?.(0.65);
  await doc.breathe();

  // Best connected and critical actors
  doc.heading(say((t) => t.sections.connected), 1, { newPage: true });
  const connected = graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
    .slice(0, limits.connected)
    .filter((node) => graph.degree(node) > 0);
  const actorColumns: TableColumn[] = [
    { header: say((t) => t.columns.actor), width: 0.37 },
    { header: say((t) => t.columns.kind), width: 0.16 },
    { header: say((t) => t.columns.country), width: 0.11 },
    { header: say((t) => t.columns.town), width: 0.2 },
    { header: say((t) => t.columns.links), width: 0.16, align: 'right' },
  ];
  await section(doc, say, actorColumns, connected.map((id) => {
    const a = graph.getNodeAttributes(id);
    return [a.label, cell((t) => t.kinds[a.kind as 'firm']), a.country ?? '', town(a.town), number.format(a.degree)];
  }), connected.length);

  doc.heading(say((t) => t.sections.critical), 1);
  const from = data.criticalFrom;
  const computedAt = from.kind === 'stored' ? new Date(from.computedAt) : '';
  doc.paragraph(
    say((t) => (from.kind === 'stored' ? t.notes.criticalStored : from.kind === 'live' ? t.notes.critical : t.notes.criticalNone), { k: data.k, date: computedAt }),
    { muted: true },
  );
  if (from.kind !== 'none') await section(doc, say, [
    { header: say((t) => t.columns.actor), width: 0.4 },
    { header: say((t) => t.columns.country), width: 0.08 },
    { header: say((t) => t.columns.town), width: 0.18 },
    { header: say((t) => t.columns.dependants), width: 0.2, align: 'right' },
    { header: say((t) => t.columns.direct), width: 0.14, align: 'right' },
  ], data.critical.map((c) => [name(c.id), names.get(c.id)?.country ?? '', town((names.get(c.id) as { town?: string | null })?.town), number.format(c.dependants), number.format(c.direct)]), data.critical.length);
  options.onProgress?.(0.7);

  // Cross-border links
  doc.heading(say((t) => t.sections.crossBorder), 1, { newPage: true });
  doc.paragraph(say((t) => t.notes.crossBorder), { muted: true });
  const across = [
    ...data.links.filter((l) => l.type === 'SUPPLIES' || l.type === 'COOPERATES_WITH' || l.type === 'MEMBER_OF').filter((l) => {
      const a = names.get(l.from)?.country;
      const b = names.get(l.to)?.country;
      return a && b && a !== b;
    }),
    ...data.outsideLinks.filter((l) => l.crossBorder && l.named),
  ].sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  const withCountry = (id: string) => `${name(id)} (${names.get(id)?.country ?? '?'})`;
  await section(doc, say, [
    { header: say((t) => t.columns.from), width: 0.3 },
    { header: say((t) => t.columns.type), width: 0.16 },
    { header: say((t) => t.columns.to), width: 0.3 },
    { header: say((t) => t.columns.product), width: 0.24 },
  ], across.slice(0, limits.crossBorder).map((l) => [
    withCountry(l.from),
    cell((t) => t.linkVerbs[l.type as 'SUPPLIES']),
    withCountry(l.to),
    l.product ? name(l.product) : '',
  ]), across.length);
  await doc.breathe();

  // Risks
  doc.heading(say((t) => t.sections.risks), 1, { newPage: true });
  doc.paragraph(say((t) => t.notes.risks), { muted: true });
  await section(doc, say, [
    { header: say((t) => t.columns.firm), width: 0.28 },
    { header: say((t) => t.columns.need), width: 0.24 },
    { header: say((t) => t.columns.risk), width: 0.16 },
    { header: say((t) => t.columns.suppliers), width: 0.32 },
  ], [...tables.risks].sort((a, b) => riskOrder(a.risk) - riskOrder(b.risk)).slice(0, limits.risks).map((r) => {
    const suppliers = String(r.supplierIds).split('; ').filter(Boolean);
    const more = Number(r.suppliers) - Math.min(2, suppliers.length);
    return [
      String(r.firmName),
      String(r.productName),
      cell((t) => t.flags[r.risk as 'SINGLE_SOURCE']),
      [...suppliers.slice(0, 2).map(name), ...(more > 0 ? [`+${number.format(more)}`] : [])].join(', ') || '–',
    ];
  }), tables.risks.length);
  const hhi = figures.supplyConcentration;
  if (hhi.hhi !== null) {
    doc.heading(say((t) => t.figures.hhi), 2);
    doc.paragraph(say((t) => t.notes.hhi), { muted: true });
    await doc.table(
      [
        { header: say((t) => t.columns.country), width: 0.5 },
        { header: say((t) => t.columns.suppliers), width: 0.25, align: 'right' },
        { header: say((t) => t.columns.share), width: 0.25, align: 'right' },
      ],
      [
        ...hhi.shares.map((s) => [cell((t) => t.countries[s.id as 'DE'] ?? t.countries.other), number.format(s.links), percent.format(s.share)]),
        ['HHI', number.format(hhi.hhi), ''],
      ],
    );
  }
  options.onProgress?.(0.8);

  // Opportunities
  doc.heading(say((t) => t.sections.opportunities), 1, { newPage: true });
  doc.paragraph(say((t) => t.notes.opportunities), { muted: true });
  // The export's table holds the nearest opportunities, nearest first; the report its top.
  const opportunities = tables.opportunities.slice(0, limits.opportunities);
  const opportunityCounts = {
    shown: number.format(opportunities.length),
    total: number.format(data.opportunitiesTotal),
    exported: number.format(tables.opportunities.length),
  };
  await section(doc, say, [
    { header: say((t) => t.columns.firm), width: 0.3 },
    { header: say((t) => t.columns.need), width: 0.24 },
    { header: say((t) => t.columns.partner), width: 0.32 },
    { header: say((t) => t.columns.distance), width: 0.14, align: 'right' },
  ], opportunities.map((o) => [
    `${o.firmName} (${o.firmCountry})`,
    String(o.productName),
    `${o.partnerName} (${o.partnerCountry})`,
    o.distanceKm === null ? '–' : cell((t) => fill(t.km, { value: decimal.format(Number(o.distanceKm)) })),
  ]), data.opportunitiesTotal, say((t) => (tables.opportunities.length < data.opportunitiesTotal ? t.notes.opportunitiesCapped : t.notes.opportunitiesShown), opportunityCounts));
  await doc.breathe();

  // Institutes
  doc.heading(say((t) => t.sections.institutes), 1);
  doc.paragraph(say((t) => t.notes.institutes), { muted: true });
  await section(doc, say, [
    { header: say((t) => t.columns.institute), width: 0.31 },
    { header: say((t) => t.columns.country), width: 0.11 },
    { header: say((t) => t.columns.town), width: 0.14 },
    { header: say((t) => t.columns.matches), width: 0.17, align: 'right' },
    { header: say((t) => t.columns.topics), width: 0.27 },
  ], data.institutes.map((i) => [
    name(i.id),
    names.get(i.id)?.country ?? '',
    town((names.get(i.id) as { town?: string | null })?.town),
    number.format(i.firms),
    i.topics.slice(0, 3).map(name).join(', '),
  ]), data.institutes.length);

  // Contacts, for staff only: `contacts` is null for everyone else.
  if (data.contacts) {
    doc.heading(say((t) => t.sections.contacts), 1, { newPage: true });
    doc.paragraph(say((t) => t.notes.contacts), { muted: true });
    // Addresses get half the width: an e-mail address of 60 to 80 characters stays whole and readable.
    await section(doc, say, [
      { header: say((t) => t.columns.actor), width: 0.27 },
      { header: say((t) => t.columns.person), width: 0.21 },
      { header: say((t) => t.columns.reach), width: 0.52, unbroken: true },
    ], data.contacts.map((c) => [
      name(c.of),
      [c.name, c.function, c.languages.join(', ')].filter(Boolean).join('\n'),
      [c.email, c.phone].filter(Boolean).join('\n'),
    ]), data.contacts.length);
  }
  options.onProgress?.(0.95);
  return doc.finish();
}

/** Single sources first: they are what a workshop can act on. */
const riskOrder = (risk: unknown) => ['SINGLE_SOURCE', 'NO_SUPPLIER', 'ONE_COUNTRY'].indexOf(String(risk));
const typeOrder = (type: string) => ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'].indexOf(type);

/** A table, or a line saying there is nothing, and a note where rows were left out (`truncated`, else the usual one). */
async function section(
  doc: ReportDocument,
  say: (pick: (t: ReportTexts) => string, values?: Record<string, string | number>) => Say,
  columns: TableColumn[],
  rows: string[][],
  total: number,
  truncated?: Say,
): Promise<void> {
  if (rows.length === 0) {
    doc.paragraph(say((t) => t.notes.none));
    return;
  }
  await doc.table(columns, rows);
  if (total > rows.length) doc.paragraph(truncated ?? say((t) => t.notes.tableTruncated, { shown: rows.length, total }), { muted: true });
}
