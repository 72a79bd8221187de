// The shape every data source produces (demo data, generator, test fixtures) and the importer reads.
export type NodeLabel = 'Firm' | 'Institute' | 'Organisation' | 'Sector' | 'Product' | 'Region' | 'Event';
export type RelType =
  | 'IN_SECTOR'
  | 'LOCATED_IN'
  | 'OFFERS'
  | 'NEEDS'
  | 'SUPPLIES'
  | 'INPUT_TO'
  | 'COOPERATES_WITH'
  | 'MEMBER_OF'
  | 'RESEARCHES'
  | 'ATTENDS'
  | 'ORGANISES'
  | 'PART_OF';

/** Properties as stored; dates as ISO strings become Neo4j DATE values on import. */
export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow {
  id: string;
  props: Props;
}

export interface RelRow {
  from: string;
  to: string;
  props?: Props;
}

export interface Dataset {
  nodes: Partial<Record<NodeLabel, NodeRow[]>>;
  rels: Partial<Record<RelType, RelRow[]>>;
}

export const kindOf: Record<NodeLabel, string> = {
  Firm: 'firm',
  Institute: 'institute',
  Organisation: 'organisation',
  Sector: 'sector',
  Product: 'product',
  Region: 'region',
  Event: 'event',
};
