// The softer ties around the supply links: cooperations between firms of one trade (mostly in one
// district, some across the border), firms working with institutes that research their field,
// memberships in chambers, clusters and networks, and attendance at the events.
import type { RelRow } from '../dataset';
import { events, institutes, organisations } from '../reference';
import type { Firm } from './firms';
import { sizes, type Size } from './profiles';
import type { Random } from './random';

const sizeIndex = (size: Size) => sizes.indexOf(size);
const division = (sector: string) => sector.split('.')[0]!;
const matchesAny = (sector: string, prefixes: string[]) => prefixes.some((prefix) => sector.startsWith(prefix));

function sinceYear(random: Random, earliest: number): string {
  return `${Math.max(earliest, random.between(2008, 2025))}-${String(random.between(1, 12)).padStart(2, '0')}-01`;
}

/** Firms of one trade cooperate, mostly nearby; partners with many partners attract more. */
export function generateFirmCooperations(random: Random, firms: Firm[]): RelRow[] {
  const byPlace = new Map<string, { all: number[]; attached: number[] }>();
  const pool = (key: string) => {
    let entry = byPlace.get(key);
    if (!entry) byPlace.set(key, (entry = { all: [], attached: [] }));
    return entry;
  };
  for (const firm of firms) {
    pool(`${division(firm.sector)}|${firm.district.id}`).all.push(firm.index);
    pool(`${division(firm.sector)}|${firm.country}`).all.push(firm.index);
  }
  const chance = [0.12, 0.25, 0.4, 0.55];
  const seen = new Set<number>();
  const links: RelRow[] = [];
  for (const firm of firms) {
    if (!random.chance(chance[sizeIndex(firm.size)]!)) continue;
    const wanted = 1 + (random.chance(0.4) ? 1 : 0) + (firm.size === 'large' && random.chance(0.5) ? 1 : 0);
    for (let i = 0; i < wanted; i++) {
      const roll = random.next();
      const other = firm.country === 'DE' ? 'CZ' : 'DE';
      const place = roll < 0.55 ? firm.district.id : roll < 0.82 ? firm.country : other;
      const candidates = pool(`${division(firm.sector)}|${place}`);
      if (candidates.all.length === 0) continue;
      const partner = candidates.attached.length > 0 && random.chance(0.5) ? random.pick(candidates.attached) : random.pick(candidates.all);
      if (partner === firm.index) continue;
      const [low, high] = partner < firm.index ? [partner, firm.index] : [firm.index, partner];
      const key = low * firms.length + high;
      if (seen.has(key)) continue;
      seen.add(key);
      const partnerFirm = firms[partner]!;
      for (const end of [firm, partnerFirm]) {
        pool(`${division(end.sector)}|${end.district.id}`).attached.push(end.index);
        pool(`${division(end.sector)}|${end.country}`).attached.push(end.index);
      }
      links.push({ from: firm.id, to: partnerFirm.id, props: { since: sinceYear(random, Math.max(firm.founded, partnerFirm.founded)) } });
    }
  }
  return links;
}

/** Firms work with institutes that research their sector or their products, preferably at home. */
export function generateInstituteCooperations(random: Random, firms: Firm[]): RelRow[] {
  // A NUTS code begins with its country's code.
  const districtCountry = (id: string) => (id.startsWith('CZ') ? 'CZ' : 'DE');
  const chance = [0.03, 0.06, 0.12, 0.25];
  const links: RelRow[] = [];
  for (const firm of firms) {
    if (!random.chance(chance[sizeIndex(firm.size)]!)) continue;
    const fitting = institutes.filter((i) => i.researches.some((target) => firm.sector.startsWith(target) || firm.offers.includes(target)));
    if (fitting.length === 0) continue;
    const home = fitting.filter((i) => districtCountry(i.district) === firm.country);
    const institute = home.length > 0 && random.chance(0.75) ? random.pick(home) : random.pick(fitting);
    links.push({ from: firm.id, to: institute.id, props: { since: sinceYear(random, firm.founded) } });
  }
  return links;
}

/** Memberships by each organisation's rule (who may join, how likely); larger firms join more often. */
export function generateMemberships(random: Random, firms: Firm[]): RelRow[] {
  const sizeFactor = [0.6, 1, 1.4, 1.8];
  const open = organisations.filter((o) => o.members);
  const links: RelRow[] = [];
  for (const firm of firms) {
    for (const organisation of open) {
      const rule = organisation.members!;
      if (rule.sectors.length > 0 && !matchesAny(firm.sector, rule.sectors)) continue;
      if (rule.districts.length > 0 && !rule.districts.includes(firm.district.id)) continue;
      if (random.chance(rule.share * sizeFactor[sizeIndex(firm.size)]!)) links.push({ from: firm.id, to: organisation.id });
    }
  }
  return links;
}

/**
 * Each event draws firms of its audience from both sides of the border, more from its own side.
 * Attendance grows with the square root of the number of firms, as rooms do not grow with a region.
 */
export function generateAttendances(random: Random, firms: Firm[]): RelRow[] {
  const links: RelRow[] = [];
  for (const event of events) {
    const eventCountry = event.district.startsWith('CZ') ? 'CZ' : 'DE';
    const invited = firms.filter((f) => event.audience.length === 0 || matchesAny(f.sector, event.audience));
    const home = invited.filter((f) => f.country === eventCountry);
    const away = invited.filter((f) => f.country !== eventCountry);
    const target = Math.min(invited.length, Math.round(15 + 1.2 * Math.sqrt(firms.length)));
    const chosen = new Set<Firm>();
    for (let attempt = 0; chosen.size < target && attempt < target * 4; attempt++) {
      const side = (random.chance(0.6) && home.length > 0) || away.length === 0 ? home : away;
      chosen.add(random.pick(side));
    }
    for (const firm of chosen) links.push({ from: firm.id, to: event.id });
  }
  return links;
}
