// The statements of the metrics job, declared once for the worker that runs them and for the test
// that EXPLAINs every query.
import { readQuery, writeQuery } from '../graph/queries';
import type { StoredGroupLinks } from './overview';

export interface MetricsRun {
  computedAt: string;
  durationMs: number;
  nodes: number;
  links: number;
  communities: number;
  modularity: number;
  betweennessSamples: number;
  maxTier: number;
  algorithm: string;
  /** The most heap the worker used, sampled between its steps. */
  heapMiB: number;
}

export const readActors = readQuery<{
  node: number;
  id: string;
  kind: string;
  country: string | null;
  published: boolean;
  districts: string[];
  sectors: string[];
  needs: number[];
}>('metrics/read-actors');
export const readLinks = readQuery<{ node: number; targets: number[]; types: string[]; products: string[] }>('metrics/read-links');
export const readProducts = readQuery<{ node: number; id: string; offeredBy: number }>('metrics/read-products');
export const readSectors = readQuery<{ id: string; class: boolean | null; division: string | null }>('metrics/read-sectors');
export const writeAreaFigures = writeQuery<never>('metrics/write-area-figures');
export const writeActorMetrics = writeQuery<never>('metrics/write-actor-metrics');
export const writeRun = writeQuery<never>('metrics/write-run');
export const readOverview = readQuery<StoredGroupLinks>('metrics/read-overview');
export const deleteOverviewGroups = writeQuery<never>('metrics/delete-overview-groups');
export const deleteOverviewLinks = writeQuery<never>('metrics/delete-overview-links');
export const writeOverviewGroups = writeQuery<never>('metrics/write-overview-groups');
export const writeOverviewLinks = writeQuery<never>('metrics/write-overview-links');
export const findGds = readQuery<{ present: boolean }>('admin/find-gds');
export const getRun = readQuery<{ run: MetricsRun | null }>('metrics/get-run');
export const projectGds = readQuery<{ nodes: number; pairs: number }>('metrics/gds-project');
export const gdsPageRank = readQuery<{ nodePropertiesWritten: number }>('metrics/gds-pagerank');
export const gdsBetweenness = readQuery<{ nodePropertiesWritten: number }>('metrics/gds-betweenness');
export const gdsReadMeasures = readQuery<{ id: string; pageRank: number; betweenness: number }>('metrics/gds-read-measures');
export const dropGds = readQuery<{ graphName: string }>('metrics/gds-drop');
