// The explorer's graph: data from the network endpoints plus what Sigma draws (x, y, size, color).
// Two API attributes are renamed on import because Sigma reads them itself: a node's `size` (its
// firm size class) becomes `sizeClass`, an edge's `type` (the relationship) becomes `relType`.
import type Graph from 'graphology';
import type { NetworkType, SerializedGraph } from '../../../../server/src/schemas/network';

export type { NetworkType, SerializedGraph };

export interface ActorAttributes {
  label: string;
  kind: string;
  country: string | null;
  sector: string | null;
  sectorDivision: string | null;
  region: string | null;
  sizeClass: string | null;
  employees: number | null;
  lat: number | null;
  lon: number | null;
  /** Whole-region measures stored by the server (null before its first run, or for a new actor). */
  weightedDegree?: number | null;
  pageRank?: number | null;
  community?: number | null;
  betweenness?: number | null;
  dependants?: number[] | null;
  /** An overview group: how many actors it stands for. */
  actors?: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface LinkAttributes {
  relType: string;
  product: string | null;
  crossBorder: boolean;
  /** Between overview groups: how many links the edge stands for. */
  links?: number;
  /** Not drawn unless an end is pointed at (the overview's weaker links). */
  hidden?: boolean;
  size: number;
  color: string;
}

export type NetworkGraph = Graph<ActorAttributes, LinkAttributes>;
