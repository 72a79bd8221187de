// Who supplies whom. Every need of every firm gets 0–4 suppliers among the firms that offer the
// product, so each link is consistent by construction (the supplier OFFERS, the customer NEEDS).
// Chains run as deep as the products' INPUT_TO chains (up to six tiers from sand to a car).
//   - Locality: the supplier comes from the customer's district, else its country, else across the
//     border. About one pick in six aims across the border on purpose; with the picks that find no
//     supplier at home, about a fifth of the links cross it.
//   - Heavy tails: a supplier is picked either uniformly (weighted by size) or, more often, in
//     proportion to the customers it already has for that product (preferential attachment).
//   - Single sources: a large share of needs gets exactly one supplier.
import type { RelRow } from '../dataset';
import type { Firm } from './firms';
import { WeightedTable, type Random } from './random';

const crossBorderChance = 0.17;
const sameDistrictChance = 0.45;
/** Chance to pick by existing customers instead of uniformly: the stronger, the heavier the tail. */
const attachmentChance = 0.55;
const sizeWeight = { micro: 1, small: 2, medium: 3, large: 5 } as const;
/** How many suppliers a need has: none (sought), one (single source), or several. */
const supplierCounts = new WeightedTable([0, 1, 2, 3, 4], [0.12, 0.45, 0.26, 0.11, 0.06]);

/** The firms offering one product in one place: size-weighted entries, and one entry per link won. */
class Pool {
  readonly uniform: number[] = [];
  readonly attached: number[] = [];

  draw(random: Random): number | undefined {
    if (this.uniform.length === 0) return undefined;
    if (this.attached.length > 0 && random.chance(attachmentChance)) return random.pick(this.attached);
    return random.pick(this.uniform);
  }
}

class Pools {
  private readonly pools = new Map<string, Pool>();

  get(product: string, place: string): Pool {
    const key = `${product}|${place}`;
    let pool = this.pools.get(key);
    if (!pool) this.pools.set(key, (pool = new Pool()));
    return pool;
  }
}

function sinceDate(random: Random, earliestYear: number): string {
  // Most links are recent; a few go back to the 2000s.
  const year = Math.max(earliestYear, 2025 - Math.floor(25 * random.next() ** 2));
  const month = String(random.between(1, 12)).padStart(2, '0');
  const day = String(random.between(1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function generateSupplies(random: Random, firms: Firm[]): RelRow[] {
  const pools = new Pools();
  for (const firm of firms) {
    for (const product of firm.offers) {
      for (const place of [firm.district.id, firm.country]) {
        const pool = pools.get(product, place);
        for (let i = 0; i < sizeWeight[firm.size]; i++) pool.uniform.push(firm.index);
      }
    }
  }

  const pickSupplier = (customer: Firm, product: string): number | undefined => {
    const other = customer.country === 'DE' ? 'CZ' : 'DE';
    const roll = random.next();
    const order =
      roll < crossBorderChance
        ? [other, customer.country]
        : roll < crossBorderChance + sameDistrictChance
          ? [customer.district.id, customer.country, other]
          : [customer.country, other];
    for (const place of order) {
      const supplier = pools.get(product, place).draw(random);
      if (supplier !== undefined) return supplier;
    }
    return undefined;
  };

  const links: RelRow[] = [];
  for (const customer of firms) {
    for (const product of customer.needs) {
      const wanted = supplierCounts.draw(random) + (customer.size === 'large' && random.chance(0.5) ? 1 : 0);
      const chosen: number[] = [];
      for (let attempt = 0; chosen.length < wanted && attempt < wanted * 4; attempt++) {
        const supplier = pickSupplier(customer, product);
        if (supplier === undefined) break;
        if (supplier === customer.index || chosen.includes(supplier)) continue;
        chosen.push(supplier);
        const firm = firms[supplier]!;
        pools.get(product, firm.district.id).attached.push(supplier);
        pools.get(product, firm.country).attached.push(supplier);
        links.push({
          from: firm.id,
          to: customer.id,
          props: { product, since: sinceDate(random, Math.max(firm.founded, customer.founded)) },
        });
      }
    }
  }
  return links;
}
