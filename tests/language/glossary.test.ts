// Every text a person reads follows docs/glossary.md: no dictionary (web, server), no reference data and
// no generated demo data uses a form the glossary tells us to avoid; the districts and regions carry
// the glossary's names; German sentences address the reader with "Sie", not with a bare infinitive.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../../seed/src/demo-loader';
import { regions } from '../../seed/src/reference';
import { avoidRules, breaks, datasetTexts, dictionaryTexts, referenceTexts, table, type Language, type Rule, type Text } from './glossary';

const rules = avoidRules();

function violations(texts: Text[]): string[] {
  return texts.flatMap(({ language, where, text }) =>
    rules.filter((rule) => rule.language === language && breaks(rule, text)).map((rule) => `${where}: "${text}" (${rule.label})`),
  );
}

const languages = (texts: Text[]) => [...new Set(texts.map((t) => t.language))].sort();

let web: Text[];
let server: Text[];
let documents: Text[];
let reference: Text[];

beforeAll(async () => {
  ({ web, server, documents } = await dictionaryTexts());
  reference = await referenceTexts();
});

describe('the glossary', () => {
  it('lists forms to avoid in German, Czech and English', () => {
    expect(languages(rules.map((r) => ({ language: r.language, where: '', text: '' })))).toEqual(['cs', 'de', 'en']);
    expect(rules.every((r) => r.avoid.length > 0)).toBe(true);
  });

  it('catches an avoided form, also capitalised and inflected, and lets its exceptions pass', () => {
    const rule = (language: Language, label: string) => rules.find((r) => r.language === language && r.label.includes(label)) as Rule;
    const tier = rule('cs', 'stupe');
    expect([
      breaks(rule('cs', 'přes hranici'), 'Jen řetězce přes hranici'),
      breaks(tier, 'Závislé firmy (do stupně 3)'),
      breaks(tier, 'Stupně dodavatelů'),
      breaks(tier, 'Velikost podle stupně uzlu'),
      breaks(rule('de', 'über die Grenze'), 'Über die Grenze: bieten an'),
      breaks(rule('de', 'über die Grenze'), 'grenzüberschreitend'),
      breaks(rule('en', 'Id'), 'Identifier'),
      breaks(rule('en', 'Id'), 'Id'),
    ]).toEqual([true, true, true, false, true, false, false, true]);
  });
});

describe('forms to avoid', () => {
  it('appear in no web dictionary', () => {
    expect(languages(web)).toEqual(['cs', 'de', 'en']);
    expect(violations(web)).toEqual([]);
  });

  it('appear in no server text', () => {
    // Server texts live in server/src/i18n/ with their language as a key (de/cs/en) or a file name.
    if (server.length > 0) expect(languages(server)).toEqual(['cs', 'de', 'en']);
    expect(violations(server)).toEqual([]);
  });

  it('appear in no text of the documents the server makes (PDF report, exports)', () => {
    if (documents.length > 0) expect(languages(documents)).toEqual(['cs', 'de', 'en']);
    expect(violations(documents)).toEqual([]);
  });

  it('appear in no reference data', () => {
    expect(languages(reference)).toEqual(['cs', 'de', 'en']);
    expect(violations(reference)).toEqual([]);
  });

  it('appear in no text of the demo data', () => {
    const demo = datasetTexts(demoDataset());
    expect(demo.length).toBeGreaterThan(3 * 1600);
    expect(violations(demo)).toEqual([]);
  });
});

describe('Czech typography', () => {
  it('keeps a one-letter preposition or conjunction on the line of the next word (non-breaking space)', () => {
    const loose = [...web, ...server, ...documents].filter((t) => t.language === 'cs' && /(?<![\p{L}\p{N}])[vkszouaiVKSZOUAI] \S/u.test(t.text));
    expect(loose.map((t) => `${t.where}: "${t.text}"`)).toEqual([]);
  });
});

describe('districts and regions', () => {
  it('carry the names the glossary gives them', () => {
    const named = new Map(table('Districts and regions').map(([id, de, cs, en]) => [id!, { de, cs, en }]));
    const inData = regions.filter((r) => r.level !== 'country');
    expect(inData.map((r) => [r.id, r.name])).toEqual(inData.map((r) => [r.id, named.get(r.id)]));
  });
});

describe('German addresses the reader with "Sie"', () => {
  // A sentence ending in an infinitive without "Sie" is a request in the impersonal style
  // ("Zuerst eine Firma wählen."); participles (ge-), auxiliaries and an infinitive after a modal
  // verb ("muss … enthalten.") or a finite verb at the end of a subordinate clause (", die nur
  // Mitarbeitende sehen.") end sentences of other kinds.
  const auxiliaries = new Set(['werden', 'wurden', 'worden', 'sein', 'haben', 'hatten', 'können', 'konnten', 'müssen', 'dürfen', 'sollen', 'wollen', 'waren']);
  const modal = /(?<!\p{L})(?:muss|müssen|kann|können|darf|dürfen|soll|sollen|will|wollen|wird|werden|möchte|möchten)(?!\p{L})/u;
  const subordinate = /,\s*(?:die|der|das|dem|den|deren|dessen|welche\p{L}*|wenn|dass|weil|ob|wie|wo|was)\s/u;
  const bareInfinitive = (sentence: string) => {
    const last = /(\p{L}+)[.!]$/u.exec(sentence)?.[1];
    if (!last || modal.test(sentence) || subordinate.test(sentence)) return false;
    return last === last.toLowerCase() && /(?:en|ern|eln)$/.test(last) && !last.includes('ge') && !auxiliaries.has(last);
  };
  const requests = (texts: Text[]) =>
    texts
      .filter((t) => t.language === 'de')
      .flatMap((t) => t.text.split(/(?<=[.!?])\s+/).map((sentence) => ({ ...t, sentence })))
      .filter(({ sentence }) => !/\bSie\b/.test(sentence) && bareInfinitive(sentence))
      .map(({ where, sentence }) => `${where}: "${sentence}"`);

  it('recognises a bare infinitive', () => {
    const text = (t: string): Text => ({ language: 'de', where: 'x', text: t });
    expect(
      requests([text('Zuerst eine Firma wählen.'), text('Wählen Sie zuerst eine Firma.'), text('Nichts gefunden.'), text('muss mit http:// beginnen.')]),
    ).toHaveLength(1);
  });

  it('in every sentence of the web dictionaries, the server texts and its documents', () => {
    expect(requests([...web, ...server, ...documents])).toEqual([]);
  });
});
