// Server texts with a count read right for every number: Czech for 1, 2, 5, 21 and 1.5, German and
// English for 1 and 2, the number in the locale's format. The Czech words of the server's own
// texts give all four forms (docs/glossary.md, "Counted phrases").
import { describe, expect, it } from 'vitest';
import { cs } from './cs';
import { counted } from './index';
import { pluralForm, type Plural } from './plural';

const firms = {
  de: { one: 'Firma', other: 'Firmen' },
  cs: { one: 'firma', few: 'firmy', many: 'firmy', other: 'firem' },
  en: { one: 'firm', other: 'firms' },
};

describe('pluralForm', () => {
  it('chooses the Czech form for one, two to four, fractions and five and more', () => {
    expect([1, 2, 4, 5, 21, 1.5, 0].map((n) => pluralForm('cs', n, firms.cs))).toEqual(['firma', 'firmy', 'firmy', 'firem', 'firem', 'firmy', 'firem']);
  });

  it('chooses one or other in German and English', () => {
    expect([1, 2].map((n) => pluralForm('de', n, firms.de))).toEqual(['Firma', 'Firmen']);
    expect([1, 2].map((n) => pluralForm('en', n, firms.en))).toEqual(['firm', 'firms']);
  });
});

describe('counted', () => {
  it('prints the number as the locale writes it, with its word', () => {
    expect([counted('de', 12345, firms.de), counted('cs', 12345, firms.cs), counted('en', 1, firms.en)]).toEqual([
      { limit: '12.345', unit: 'Firmen' },
      { limit: '12\u00a0345', unit: 'firem' },
      { limit: '1', unit: 'firm' },
    ]);
  });

  it('Czech server words give one, few, many and other', () => {
    const words = Object.entries(cs.plural) as [string, Plural][];
    expect(words.filter(([, forms]) => !forms.few || !forms.many).map(([name]) => name)).toEqual([]);
    expect(words.map(([, forms]) => [1, 2, 5, 21, 1.5].map((n) => pluralForm('cs', n, forms)))).toEqual(
      words.map(([, forms]) => [forms.one, forms.few, forms.other, forms.other, forms.many]),
    );
  });
});
