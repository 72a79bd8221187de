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

/** One dataset after the other: nodes and relationships of each label and type appended. */
export function concatDatasets(...parts: Dataset[]): Dataset {
  const out: Dataset = { nodes: {}, rels: {} };
  for (const part of parts) {
    for (const [label, rows] of Object.entries(part.nodes) as [NodeLabel, NodeRow[]][]) {
      out.nodes[label] = [...(out.nodes[label] ?? []), ...rows];
    }
    for (const [type, rows] of Object.entries(part.rels) as [RelType, RelRow[]][]) {
      out.rels[type] = [...(out.rels[type] ?? []), ...rows];
    }
  }
  return out;
}
