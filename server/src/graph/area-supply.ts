// An area's supply figures from what its firms need and who supplies it to them: the products,
// fewest suppliers first, with their concentration, and the concentration of all supply links into
// the area by the suppliers' country and district. One function for both ways of getting there:
// the live query of one area (risk/find-area-supply) and the whole-region job that stores the
// figures of every district (metrics/area-figures.ts), so the two answer alike.
import { concentration, type Concentration } from './concentration';

/** A supplier of one product into the area, with the number of supply links it has there. */
export interface AreaLink {
  supplier: string;
  country: string | null;
  district: string | null;
  links: number;
}

/** One product the area's firms need: how many need it, its suppliers into them, how many firms offer it. */
export interface SupplyRow {
  product: string;
  buyers: number;
  links: AreaLink[];
  offeredBy: number;
}

export interface ProductFigures {
  id: string;
  buyers: number;
  suppliers: number;
  offeredBy: number;
  hhiCountry: number | null;
  hhiDistrict: number | null;
}

export interface AreaSupply {
  supplyLinks: number;
  concentration: { country: Concentration; district: Concentration };
  /** Every product, fewest suppliers first (then fewest offers, most buyers, id). */
  products: ProductFigures[];
}

const linksOf = (link: AreaLink) => link.links;

export function areaSupply(rows: SupplyRow[]): AreaSupply {
  const links = rows.flatMap((row) => row.links);
  const products = rows
    .map((row) => ({
      id: row.product,
      buyers: row.buyers,
      suppliers: row.links.length,
      offeredBy: row.offeredBy,
      hhiCountry: concentration(row.links, (l) => l.country, linksOf).hhi,
      hhiDistrict: concentration(row.links, (l) => l.district, linksOf).hhi,
    }))
    .sort((a, b) => a.suppliers - b.suppliers || a.offeredBy - b.offeredBy || b.buyers - a.buyers || (a.id < b.id ? -1 : 1));
  return {
    supplyLinks: links.reduce((sum, l) => sum + l.links, 0),
    concentration: {
      country: concentration(links, (l) => l.country, linksOf),
      district: concentration(links, (l) => l.district, linksOf),
    },
    products,
  };
}
