// Hand-built graphs for tests: a typed builder on top of the importer the demo data uses, so a test
// states only the firms and links it reasons about. Every fixture carries the same small border-region
// geography and NACE tree, so firms can be placed in a district and a sector class by id.
import { importDataset } from '../../seed/src/import';
import type { Dataset, NodeLabel, Props, RelRow, RelType } from '../../seed/src/dataset';
import type { QueryRunner } from '../../server/src/graph/runner';

type Size = 'micro' | 'small' | 'medium' | 'large';

interface Texts {
  name?: string;
  nameDe?: string;
  nameCs?: string;
  nameEn?: string;
}

interface Located extends Texts {
  /** District (NUTS 3) id; the node's country follows from it. */
  district: string;
  lat?: number;
  lon?: number;
  town?: string;
}

export interface FirmSpec extends Located {
  /** Sector class id, e.g. 'C25.62'. */
  sector?: string;
  size?: Size;
  employees?: number;
  certifications?: string[];
  /** false: a draft, which visitors never see by name. */
  published?: boolean;
}

export interface InstituteSpec extends Located {
  type?: 'university' | 'research' | 'transfer';
  sector?: string;
}

export interface OrganisationSpec extends Partial<Located> {
  type?: 'chamber' | 'agency' | 'cluster' | 'network' | 'association';
}

export interface EventSpec extends Texts {
  district?: string;
  type?: 'workshop' | 'cooperation-exchange' | 'information';
  date: string;
  startsAt?: string;
  endsAt?: string;
  slotMinutes?: number;
  tables?: number;
  languages?: string[];
}

export interface ProductSpec extends Texts {
  category: string;
  code?: string;
}

/** NUTS regions of the programme area with rough centroids; districts carry their parent. */
export const geography: Record<string, { level: 'country' | 'region' | 'district'; country: 'DE' | 'CZ'; parent?: string; name: string; lat: number; lon: number }> = {
  DE: { level: 'country', country: 'DE', name: 'Deutschland', lat: 51.0, lon: 10.0 },
  DED2: { level: 'region', country: 'DE', parent: 'DE', name: 'Dresden', lat: 51.1, lon: 14.2 },
  DED21: { level: 'district', country: 'DE', parent: 'DED2', name: 'Dresden, Stadt', lat: 51.05, lon: 13.74 },
  DED2C: { level: 'district', country: 'DE', parent: 'DED2', name: 'Bautzen', lat: 51.18, lon: 14.42 },
  DED2D: { level: 'district', country: 'DE', parent: 'DED2', name: 'Görlitz', lat: 51.15, lon: 14.99 },
  DED4: { level: 'region', country: 'DE', parent: 'DE', name: 'Chemnitz', lat: 50.6, lon: 12.8 },
  DED41: { level: 'district', country: 'DE', parent: 'DED4', name: 'Chemnitz, Stadt', lat: 50.83, lon: 12.92 },
  DED42: { level: 'district', country: 'DE', parent: 'DED4', name: 'Erzgebirgskreis', lat: 50.6, lon: 12.95 },
  DED44: { level: 'district', country: 'DE', parent: 'DED4', name: 'Vogtlandkreis', lat: 50.45, lon: 12.25 },
  CZ: { level: 'country', country: 'CZ', name: 'Česko', lat: 49.8, lon: 15.5 },
  CZ04: { level: 'region', country: 'CZ', parent: 'CZ', name: 'Severozápad', lat: 50.4, lon: 13.4 },
  CZ041: { level: 'district', country: 'CZ', parent: 'CZ04', name: 'Karlovarský kraj', lat: 50.23, lon: 12.87 },
  CZ042: { level: 'district', country: 'CZ', parent: 'CZ04', name: 'Ústecký kraj', lat: 50.66, lon: 14.03 },
  CZ05: { level: 'region', country: 'CZ', parent: 'CZ', name: 'Severovýchod', lat: 50.5, lon: 15.5 },
  CZ051: { level: 'district', country: 'CZ', parent: 'CZ05', name: 'Liberecký kraj', lat: 50.77, lon: 15.06 },
};

/** A slice of NACE Rev. 2: section, division, group, class for the sectors tests use. */
export const sectors: Record<string, { level: 'section' | 'division' | 'group' | 'class'; parent?: string }> = {
  C: { level: 'section' },
  C22: { level: 'division', parent: 'C' },
  'C22.2': { level: 'group', parent: 'C22' },
  'C22.29': { level: 'class', parent: 'C22.2' },
  C25: { level: 'division', parent: 'C' },
  'C25.6': { level: 'group', parent: 'C25' },
  'C25.62': { level: 'class', parent: 'C25.6' },
  'C25.9': { level: 'group', parent: 'C25' },
  'C25.99': { level: 'class', parent: 'C25.9' },
  C29: { level: 'division', parent: 'C' },
  'C29.3': { level: 'group', parent: 'C29' },
  'C29.32': { level: 'class', parent: 'C29.3' },
  M: { level: 'section' },
  M72: { level: 'division', parent: 'M' },
  'M72.1': { level: 'group', parent: 'M72' },
  'M72.19': { level: 'class', parent: 'M72.1' },
};

const omitUndefined = (props: Record<string, unknown>): Props =>
  Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Props;

export class GraphFixture {
  private readonly nodes = new Map<NodeLabel, Map<string, Props>>();
  private readonly rels = new Map<RelType, Map<string, RelRow>>();

  constructor() {
    for (const [id, region] of Object.entries(geography)) {
      const { parent, ...props } = region;
      this.node('Region', id, props);
      if (parent) this.rel('PART_OF', id, parent);
    }
    for (const [id, sector] of Object.entries(sectors)) {
      this.node('Sector', id, { name: `NACE ${id}`, code: id, level: sector.level });
      if (sector.parent) this.rel('PART_OF', id, sector.parent);
    }
  }

  private node(label: NodeLabel, id: string, props: Record<string, unknown>): this {
    let byId = this.nodes.get(label);
    if (!byId) this.nodes.set(label, (byId = new Map()));
    byId.set(id, omitUndefined({ name: id, ...props }));
    return this;
  }

  private rel(type: RelType, from: string, to: string, props?: Props): this {
    let byKey = this.rels.get(type);
    if (!byKey) this.rels.set(type, (byKey = new Map()));
    const key = `${from}>${to}>${props?.product ?? ''}`;
    byKey.set(key, props ? { from, to, props } : { from, to });
    return this;
  }

  private place(id: string, spec: Partial<Located>) {
    if (!spec.district) return {};
    const district = geography[spec.district];
    if (!district || district.level !== 'district') throw new Error(`fixture: ${spec.district} is not a district`);
    this.rel('LOCATED_IN', id, spec.district);
    return { lat: spec.lat ?? district.lat, lon: spec.lon ?? district.lon };
  }

  firm(id: string, spec: FirmSpec): this {
    const { district: _district, sector, size = 'small', lat: _lat, lon: _lon, ...rest } = spec;
    const coordinates = this.place(id, spec);
    if (sector) this.rel('IN_SECTOR', id, sector);
    return this.node('Firm', id, { ...rest, ...coordinates, size });
  }

  institute(id: string, spec: InstituteSpec): this {
    const { district: _district, sector, type = 'research', lat: _lat, lon: _lon, ...rest } = spec;
    const coordinates = this.place(id, spec);
    if (sector) this.rel('IN_SECTOR', id, sector);
    return this.node('Institute', id, { ...rest, ...coordinates, type });
  }

  organisation(id: string, spec: OrganisationSpec = {}): this {
    const { district: _district, type = 'cluster', lat: _lat, lon: _lon, ...rest } = spec;
    const coordinates = this.place(id, spec);
    return this.node('Organisation', id, { ...rest, ...coordinates, type });
  }

  event(id: string, spec: EventSpec): this {
    const { district: _district, type = 'workshop', ...rest } = spec;
    this.place(id, spec);
    return this.node('Event', id, { ...rest, type });
  }

  attends(actor: string, event: string): this {
    return this.rel('ATTENDS', actor, event);
  }

  product(id: string, spec: ProductSpec): this {
    return this.node('Product', id, { codeSystem: 'CPA', code: id, ...spec });
  }

  offers(firm: string, ...products: string[]): this {
    for (const product of products) this.rel('OFFERS', firm, product);
    return this;
  }

  needs(firm: string, ...products: string[]): this {
    for (const product of products) this.rel('NEEDS', firm, product);
    return this;
  }

  /** A supply link, with the OFFERS and NEEDS it implies; without a standing it was imported unchecked. */
  supplies(supplier: string, customer: string, product: string, since = '2020-01-01', standing?: 'claimed' | 'confirmed' | 'verified'): this {
    this.offers(supplier, product).needs(customer, product);
    return this.rel('SUPPLIES', supplier, customer, standing ? { product, since, standing } : { product, since });
  }

  cooperates(a: string, b: string, since = '2021-06-01'): this {
    return this.rel('COOPERATES_WITH', a, b, { since });
  }

  member(actor: string, organisation: string): this {
    return this.rel('MEMBER_OF', actor, organisation);
  }

  researches(institute: string, target: string): this {
    return this.rel('RESEARCHES', institute, target);
  }

  inputTo(product: string, into: string): this {
    return this.rel('INPUT_TO', product, into);
  }

  dataset(): Dataset {
    const dataset: Dataset = { nodes: {}, rels: {} };
    for (const [label, byId] of this.nodes) {
      dataset.nodes[label] = [...byId].map(([id, props]) => ({ id, props }));
    }
    for (const [type, byKey] of this.rels) dataset.rels[type] = [...byKey.values()];
    return dataset;
  }

  async load(runner: QueryRunner): Promise<void> {
    await importDataset(runner, this.dataset());
  }
}

export const fixture = () => new GraphFixture();
