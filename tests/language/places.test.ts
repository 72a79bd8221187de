// Czech texts put Saxon places in Saxony: none names a Saxon place with the name of a Czech one
// ("Cvikov" is a town in Liberecký kraj, not Zwickau), none uses the German name where Czech has its
// own (Drážďany, Zhořelec), and every generated Saxon firm's Czech description names its district as
// the glossary does. Over the reference data, the demo data and a larger generated data set.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../seed/src/dataset';
import { demoDataset } from '../../seed/src/demo-loader';
import { generateFirmDataset } from '../../seed/src/generate';
import { districts } from '../../seed/src/reference';
import { breaks, datasetTexts, forms, pattern, referenceTexts, table, type Rule, type Text } from './glossary';

const places = table('Saxon places in Czech');

/** Old exonyms that are Czech places' names. */
const czechPlaces: Rule[] = places
  .filter(([, , never]) => forms(never).length > 0)
  .map(([german, , never, except]) => ({ language: 'cs', avoid: forms(never).map(pattern), except: forms(except).map(pattern), label: `${german}: ${never}` }));

/** German names of Saxon places that have a Czech name of their own. */
const germanNames: Rule[] = places
  .filter(([german, czech]) => czech !== german && czech !== 'the German name')
  .map(([german, czech, , except]) => ({ language: 'cs', avoid: german!.split(', ').map(pattern), except: forms(except).map(pattern), label: `${german} → ${czech}` }));

const misplaced = (texts: Text[]) =>
  texts
    .filter((t) => t.language === 'cs')
    .flatMap(({ where, text }) => [...czechPlaces, ...germanNames].filter((rule) => breaks(rule, text)).map((rule) => `${where}: "${text}" (${rule.label})`));

const larger = generateFirmDataset({ firms: 5000, seed: 11 });

describe('Czech texts', () => {
  it('the glossary names Czech places never to use, and the check finds them', () => {
    expect(czechPlaces.map((r) => r.label).join()).toContain('Cvikov');
    const text = (t: string): Text => ({ language: 'cs', where: 'x', text: t });
    expect(misplaced([text('Střední podnik, sídlo: Zwickau (Cvikov).'), text('sídlo: Dresden'), text('v Saské Kamenici'), text('Česká Kamenice')])).toHaveLength(2);
  });

  it('of the reference data put Saxon places in Saxony', async () => {
    const reference = await referenceTexts();
    expect(reference.filter((t) => t.language === 'cs').length).toBeGreaterThan(100);
    expect(misplaced(reference)).toEqual([]);
  });

  it.each([
    ['the demo data', demoDataset()],
    ['a generated data set of 5,000 firms', larger],
  ])('of %s put Saxon places in Saxony', (_name, dataset: Dataset) => {
    expect(misplaced(datasetTexts(dataset))).toEqual([]);
  });

  it('of generated Saxon firms name the district as the glossary does', () => {
    const czechName = new Map(table('Districts and regions').map(([id, , cs]) => [id!, cs!]));
    const saxon = new Map(districts.filter((d) => d.country === 'DE').map((d) => [d.id, d]));
    const located = new Map(larger.rels.LOCATED_IN!.map((r) => [r.from, r.to]));
    const wrong = larger.nodes.Firm!.filter((firm) => {
      const district = saxon.get(located.get(firm.id)!);
      if (!district) return false;
      // A city that is its own district is named alone (sídlo: Drážďany), a town with its district
      // (sídlo: Löbau, zemský okres Zhořelec).
      const expected =
        district.towns.length === 1 ? `sídlo: ${district.towns[0]!.cs}. Obor:` : `, ${czechName.get(district.id)!.replace(/^Zemský/, 'zemský')}. Obor:`;
      return !(firm.props.descriptionCs as string).includes(expected);
    });
    expect(larger.nodes.Firm!.filter((f) => saxon.has(located.get(f.id)!)).length).toBeGreaterThan(2000);
    expect(wrong.map((f) => `${f.id}: ${f.props.descriptionCs as string}`)).toEqual([]);
  });
});
