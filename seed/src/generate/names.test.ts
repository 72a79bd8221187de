// Generated Czech firm names agree in gender and number: an adjective before the trade word takes the
// ending its noun demands ("Krušnohorská kolejová vozidla", "Severočeské stroje", "Liberecký textil").
// Checked over whole generated data sets by rules of Czech grammar that do not look at the generator's
// word lists: the adjective agrees with a hard adjective inside the noun phrase, or with what the
// ending of the noun tells (-a, -ost: feminine singular or neuter plural, -á; -o, -í: neuter singular,
// -é; -y: plural, -é; another hard consonant: masculine singular, -ý). Soft adjectives (-í: "měřicí
// technika") say nothing and are passed over; endings that leave it open (-e, -um, soft consonants)
// are not judged.
import { describe, expect, it } from 'vitest';
import { generateFirmDataset } from '.';

const legalForm = / (?:s\.r\.o\.|spol\. s r\.o\.|a\.s\.)$/;
const hardAdjective = /^\p{L}+(ý|á|é)$/u;

/** The ending the name's first adjective should have, or null where Czech grammar alone cannot say. */
function expectedEnding(words: string[]): string | null {
  const lowerCase = (word: string | undefined) => word !== undefined && word === word.toLowerCase();
  for (const [i, word] of words.entries()) {
    if (!lowerCase(word)) return null; // a surname or town: the noun phrase has ended
    const adjective = hardAdjective.exec(word);
    if (adjective) return adjective[1]!;
    if (/í$/.test(word) && lowerCase(words[i + 1])) continue; // a soft adjective
    if (/(?:a|ost)$/.test(word)) return 'á';
    if (/[oí]$/.test(word)) return 'é';
    if (/um$/.test(word)) return null; // centrum (neuter) or výzkum (masculine)
    if (/y$/.test(word)) return 'é';
    if (/[bdfghklmnprstvz]$/.test(word)) return 'ý';
    return null;
  }
  return null;
}

function agreement(names: string[]) {
  const judged: string[] = [];
  const wrong: string[] = [];
  for (const name of names) {
    if (!legalForm.test(name)) continue;
    const [first = '', ...rest] = name.replace(legalForm, '').split(' ');
    const ending = hardAdjective.exec(first)?.[1];
    if (!ending || rest.length === 0) continue;
    const expected = expectedEnding(rest);
    if (expected === null) continue;
    judged.push(name);
    if (ending !== expected) wrong.push(name);
  }
  return { judged, wrong };
}

const czechNames = (firms: number, seed: number) =>
  generateFirmDataset({ firms, seed })
    .nodes.Firm!.map((f) => f.props.name as string)
    .filter((name) => legalForm.test(name));

describe('generated Czech firm names', () => {
  it.each([
    [1600, 2025],
    [20000, 7],
  ])('agree in gender and number (%i firms, seed %i)', (firms, seed) => {
    const { judged, wrong } = agreement(czechNames(firms, seed));
    expect(wrong).toEqual([]);
    expect(judged.length).toBeGreaterThan(firms / 10);
  });

  it('are judged where the old generator went wrong: neuter plurals with an adjective of their own', () => {
    const { judged } = agreement(czechNames(20000, 7));
    expect(judged.filter((name) => / (kolejová vozidla|skelná vlákna) /.test(name)).length).toBeGreaterThan(0);
  });

  it('the rules catch a name that does not agree', () => {
    const { wrong } = agreement(['Krušnohorské kolejová vozidla s.r.o.', 'Severočeská polymery a.s.', 'Liberecké textil s.r.o.', 'Ústecká sklo s.r.o.']);
    expect(wrong).toHaveLength(4);
  });
});
