// Counted phrases say what a native speaker would say for every number: Czech for 1, 2, 5 and 21 (and
// 1.5 where fractions occur), German and English for 1 and 2. The expected texts are written out by
// hand. Every dictionary text with a plural form needs a row here, and Czech plurals give all six
// positions of typesafe-i18n's {{zero|one|two|few|many|other}} (see docs/glossary.md): with fewer,
// typesafe-i18n reads "one|few|many|other" as zero|one|two|few and picks the wrong forms.
import { describe, expect, it } from 'vitest';
import cs from './cs';
import de from './de';
import en from './en';
import type { Locales, TranslationFunctions } from './i18n-types';
import { i18nObject } from './i18n-util';
import { loadAllLocales } from './i18n-util.sync';

loadAllLocales();
const LL: Record<Locales, TranslationFunctions> = { cs: i18nObject('cs'), de: i18nObject('de'), en: i18nObject('en') };
const nbsp = '\u00a0';

interface Row {
  key: string;
  render: (t: TranslationFunctions, n: number) => string;
  expected: Record<Locales, Record<number, string>>;
}

const rows: Row[] = [
  {
    key: 'explorer.canvasLabel',
    render: (t, n) => t.explorer.canvasLabel({ nodes: n, edges: n }),
    expected: {
      cs: {
        1: 'Graf sítě: 1 aktér, 1 vazba',
        2: 'Graf sítě: 2 aktéři, 2 vazby',
        5: 'Graf sítě: 5 aktérů, 5 vazeb',
        21: 'Graf sítě: 21 aktérů, 21 vazeb',
        1643: `Graf sítě: 1${nbsp}643 aktérů, 1${nbsp}643 vazeb`,
      },
      de: { 1: 'Netzwerkgrafik: 1 Akteur, 1 Verbindung', 2: 'Netzwerkgrafik: 2 Akteure, 2 Verbindungen', 1643: 'Netzwerkgrafik: 1.643 Akteure, 1.643 Verbindungen' },
      en: { 1: 'Network graph: 1 actor, 1 link', 2: 'Network graph: 2 actors, 2 links', 1643: 'Network graph: 1,643 actors, 1,643 links' },
    },
  },
  {
    key: 'rules.text',
    render: (t, n) => t.rules.text({ max: n }),
    expected: {
      cs: { 1: 'Nejvýše 1 znak.', 2: 'Nejvýše 2 znaky.', 5: 'Nejvýše 5 znaků.', 21: 'Nejvýše 21 znaků.', 4000: `Nejvýše 4${nbsp}000 znaků.` },
      de: { 1: 'Höchstens 1 Zeichen.', 2: 'Höchstens 2 Zeichen.', 4000: 'Höchstens 4.000 Zeichen.' },
      en: { 1: 'At most 1 character.', 2: 'At most 2 characters.', 4000: 'At most 4,000 characters.' },
    },
  },
  {
    key: 'risk.alternativesCount',
    render: (t, n) => t.risk.alternativesCount({ count: n }),
    expected: {
      cs: { 1: '1 možný dodavatel', 2: '2 možní dodavatelé', 5: '5 možných dodavatelů', 21: '21 možných dodavatelů' },
      de: { 1: '1 möglicher Lieferant', 2: '2 mögliche Lieferanten' },
      en: { 1: '1 possible supplier', 2: '2 possible suppliers' },
    },
  },
  {
    key: 'risk.alternativesBest',
    render: (t, n) => t.risk.alternativesBest({ shown: n, total: 30 }),
    expected: {
      cs: {
        1: `Nejlepší z${nbsp}30 možných dodavatelů`,
        2: `Nejlepší 2 z${nbsp}30 možných dodavatelů`,
        5: `Nejlepších 5 z${nbsp}30 možných dodavatelů`,
        21: `Nejlepších 21 z${nbsp}30 možných dodavatelů`,
      },
      de: { 1: 'Der beste von 30 möglichen Lieferanten', 2: 'Die besten 2 von 30 möglichen Lieferanten' },
      en: { 1: 'The best of 30 possible suppliers', 2: 'The best 2 of 30 possible suppliers' },
    },
  },
  {
    key: 'risk.whatIf.more',
    render: (t, n) => t.risk.whatIf.more({ count: n }),
    expected: {
      cs: { 1: `a${nbsp}1 další firma`, 2: `a${nbsp}2 další firmy`, 5: `a${nbsp}5 dalších firem`, 21: `a${nbsp}21 dalších firem` },
      de: { 1: 'und 1 weitere Firma', 2: 'und 2 weitere Firmen' },
      en: { 1: 'and 1 more firm', 2: 'and 2 more firms' },
    },
  },
  {
    key: 'risk.points',
    render: (t, n) => t.risk.points({ points: n }),
    expected: {
      cs: { 1: `1${nbsp}b.`, 2: `2${nbsp}b.`, 5: `5${nbsp}b.`, 21: `21${nbsp}b.`, 1.5: `1,5${nbsp}b.` },
      de: { 1: `1${nbsp}Pkt.`, 2: `2${nbsp}Pkt.`, 1.5: `1,5${nbsp}Pkt.` },
      en: { 1: `1${nbsp}pt`, 2: `2${nbsp}pts`, 1.5: `1.5${nbsp}pts` },
    },
  },
  {
    key: 'account.myFirms',
    render: (t, n) => t.account.myFirms(n),
    expected: {
      cs: { 1: 'Moje firma', 2: 'Moje firmy', 5: 'Moje firmy', 21: 'Moje firmy' },
      de: { 1: 'Meine Firma', 2: 'Meine Firmen' },
      en: { 1: 'My firm', 2: 'My firms' },
    },
  },
  {
    key: 'inbox.count',
    render: (t, n) => t.inbox.count({ count: n }),
    expected: {
      cs: { 1: '1 vazba čeká na potvrzení', 2: '2 vazby čekají na potvrzení', 5: '5 vazeb čeká na potvrzení', 21: '21 vazeb čeká na potvrzení' },
      de: { 1: '1 Verbindung wartet auf Bestätigung', 2: '2 Verbindungen warten auf Bestätigung' },
      en: { 1: '1 link is waiting for confirmation', 2: '2 links are waiting for confirmation' },
    },
  },
];

describe.each(rows)('$key', ({ render, expected }) => {
  it.each(Object.keys(expected) as Locales[])('reads right in %s for every number', (locale) => {
    const cases = Object.entries(expected[locale]);
    expect(cases.map(([n]) => render(LL[locale], Number(n)))).toEqual(cases.map(([, text]) => text));
  });
});

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
const dictionaries = { cs, de, en } as unknown as Record<Locales, Tree>;
/** The parts of each {{…}} plural, without a leading `key:`. */
const plurals = (text: string) => [...text.matchAll(/\{\{(?:\w+:)?([^{}]*)\}\}/g)].map((m) => m[1]!.split('|').map((part) => part.trim()));

describe('plural forms', () => {
  it('every text with a plural has its row above', () => {
    const counted = new Set(Object.values(dictionaries).flatMap((tree) => leaves(tree).filter(([, text]) => text.includes('{{')).map(([key]) => key)));
    expect([...counted].filter((key) => !rows.some((row) => row.key === key)).sort()).toEqual([]);
  });

  it('Czech gives one, few, many and other, and leaves zero and two empty', () => {
    const wrong = leaves(dictionaries.cs).filter(([, text]) =>
      plurals(text).some((parts) => parts.length !== 6 || parts[0] !== '' || parts[2] !== '' || parts.filter((p) => p === '').length !== 2),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('German and English give one and other', () => {
    const wrong = [...leaves(dictionaries.de), ...leaves(dictionaries.en)].filter(([, text]) =>
      plurals(text).some((parts) => parts.length !== 2 || parts.includes('')),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });
});

describe('numbers and units', () => {
  it('have a non-breaking space before km in all three, and before % in German and Czech only', () => {
    const texts = (['de', 'cs', 'en'] as const).map((l) => [LL[l].common.km({ value: 12.4 }), LL[l].common.percent({ value: 12.5 })]);
    expect(texts).toEqual([
      [`12${nbsp}km`, `12,5${nbsp}%`],
      [`12${nbsp}km`, `12,5${nbsp}%`],
      [`12${nbsp}km`, '12.5%'],
    ]);
  });

  it('go through the locale formatter', () => {
    expect((['de', 'cs', 'en'] as const).map((l) => LL[l].paths.treeSummary({ count: 12345, tiers: 3 }))).toEqual([
      'Lieferanten insgesamt: 12.345 (bis Stufe 3)',
      `Dodavatelé celkem: 12${nbsp}345 (do úrovně 3)`,
      'Suppliers in total: 12,345 (up to tier 3)',
    ]);
  });
});
