// The synthetic firm population on top of the reference data, deterministic from a seed: the same
// seed and firm count always give the same graph. Used for the demo (a fixed seed and 1,600 firms)
// and for the large graphs of `npm run seed -- --generate --firms N`.
import { concatDatasets, type Dataset, type NodeRow, type Props } from '../dataset';
import { products, referenceDataset, sectors } from '../reference';
import type { Text } from '../reference/types';
import { generateFirms, type Firm } from './firms';
import { sizes } from './profiles';
import { Random } from './random';
import { generateSupplies } from './supplies';
import { generateAttendances, generateFirmCooperations, generateInstituteCooperations, generateMemberships } from './ties';

export interface GenerateOptions {
  firms: number;
  seed: number;
}

// Official titles may end in an abbreviation ("a. n. g."); the sentence adds its own full stop.
const withoutStop = (text: string) => text.replace(/\.$/, '');
const sectorNames = new Map(sectors.map((s) => [s.id, { de: withoutStop(s.name.de), cs: withoutStop(s.name.cs), en: withoutStop(s.name.en) }]));
const productNames = new Map(products.map((p) => [p.id, p.name]));

/**
 * A product name inside a list, after the first item: lower case in Czech and English unless it starts
 * with an abbreviation ("ABS granulate"); in German only where it starts with an adjective
 * ("technische Textilien"; nouns keep their capital).
 */
function inList(name: string, lang: keyof Text): string {
  const [first = '', second = ''] = name;
  if (second === second.toUpperCase() && second !== second.toLowerCase()) return name;
  const lower = first.toLowerCase() + name.slice(1);
  if (lang !== 'de') return lower;
  return /^\p{Lu}\p{Ll}*(?:e|er|es|en)\s\p{Lu}/u.test(name) ? lower : name;
}

const sizeWords: Record<keyof Text, string[]> = {
  de: ['Kleinstunternehmen', 'Kleinunternehmen', 'Mittleres Unternehmen', 'Großunternehmen'],
  cs: ['Mikropodnik', 'Malý podnik', 'Střední podnik', 'Velký podnik'],
  en: ['Micro enterprise', 'Small enterprise', 'Medium-sized enterprise', 'Large enterprise'],
};

/**
 * Where the firm is, in each language: the town and its district ("Plauen, Vogtlandkreis"), the town
 * alone where the district is that one town ("Dresden"). Czech names Saxon towns by their Czech
 * exonym where there is one (Drážďany, Zhořelec) and writes "zemský okres" in lower case inside the
 * sentence; see docs/glossary.md.
 */
function placeOf(firm: Firm): Text {
  const district = firm.district;
  const town = { de: firm.town, cs: district.towns.find((t) => t.name === firm.town)?.cs ?? firm.town, en: firm.town };
  if (district.towns.length === 1) return town;
  const czechDistrict = district.name.cs.replace(/^Zemský okres/, 'zemský okres');
  return { de: `${town.de}, ${district.name.de}`, cs: `${town.cs}, ${czechDistrict}`, en: `${town.en}, ${district.name.en}` };
}

/**
 * Profile texts from the firm's size, place, sector and products. Staff, founding year and
 * certifications are properties of their own, so the texts stay short (they are a large part of what
 * a bulk load moves). The Czech text avoids declining town names.
 */
function describe(firm: Firm): Props {
  const size = sizes.indexOf(firm.size);
  const sector = sectorNames.get(firm.sector)!;
  const offers = (lang: keyof Text) => firm.offers.map((p, i) => (i === 0 ? productNames.get(p)![lang] : inList(productNames.get(p)![lang], lang))).join(', ');
  const place = placeOf(firm);
  return {
    descriptionDe: `${sizeWords.de[size]} in ${place.de}. Branche: ${sector.de}. Angebot: ${offers('de')}.`,
    descriptionCs: `${sizeWords.cs[size]}, sídlo: ${place.cs}. Obor: ${sector.cs}. Nabídka: ${offers('cs')}.`,
    descriptionEn: `${sizeWords.en[size]} in ${place.en}. Sector: ${sector.en}. Offers: ${offers('en')}.`,
  };
}

function firmRow(firm: Firm): NodeRow {
  return {
    id: firm.id,
    props: {
      name: firm.name,
      ...describe(firm),
      size: firm.size,
      employees: firm.employees,
      founded: firm.founded,
      town: firm.town,
      lat: firm.lat,
      lon: firm.lon,
      website: firm.website,
      ...(firm.certifications.length > 0 ? { certifications: firm.certifications } : {}),
    },
  };
}

/** Only the generated part: firms and every relationship that touches them. */
export function generateFirmDataset({ firms: count, seed }: GenerateOptions): Dataset {
  if (!Number.isInteger(count) || count < 1) throw new Error(`generate: firms must be a positive whole number, not ${count}`);
  const random = new Random(seed);
  const firms = generateFirms(random.fork('firms'), count);
  return {
    nodes: { Firm: firms.map(firmRow) },
    rels: {
      LOCATED_IN: firms.map((f) => ({ from: f.id, to: f.district.id })),
      IN_SECTOR: firms.map((f) => ({ from: f.id, to: f.sector })),
      OFFERS: firms.flatMap((f) => f.offers.map((p) => ({ from: f.id, to: p }))),
      NEEDS: firms.flatMap((f) => f.needs.map((p) => ({ from: f.id, to: p }))),
      SUPPLIES: generateSupplies(random.fork('supplies'), firms),
      COOPERATES_WITH: [
        ...generateFirmCooperations(random.fork('cooperations'), firms),
        ...generateInstituteCooperations(random.fork('institutes'), firms),
      ],
      MEMBER_OF: generateMemberships(random.fork('memberships'), firms),
      ATTENDS: generateAttendances(random.fork('events'), firms),
    },
  };
}

/** Reference data plus a generated firm population. */
export function generateDataset(options: GenerateOptions): Dataset {
  return concatDatasets(referenceDataset(), generateFirmDataset(options));
}
