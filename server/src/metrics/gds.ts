// The measures the Graph Data Science library computes where the database offers it: PageRank and
// sampled betweenness over a projection of the same network the built-in engine reads (gds-project
// .cypher), run inside the database on all its cores; the worker only reads the results back. Degree,
// weighted degree, dependants and Louvain stay the worker's (compute.ts says why Louvain does).
import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../graph/runner';
import type { Measures } from './compute';
import { dropGds, gdsBetweenness, gdsPageRank, gdsReadMeasures, projectGds } from './queries';

export async function graphDataScienceMeasures(
  runner: QueryRunner,
  ids: string[],
  options: { betweennessSamples: number; seed: number; progress?: (step: string) => void },
): Promise<Pick<Measures, 'pageRank' | 'betweenness' | 'betweennessSamples'>> {
  const graph = `metrics-${randomUUID()}`;
  const count = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  try {
    options.progress?.('projection');
    await runner.run(projectGds, { graph });
    options.progress?.('pagerank');
    await runner.run(gdsPageRank, { graph });
    options.progress?.('betweenness');
    const samples = Math.min(options.betweennessSamples, count);
    await runner.run(gdsBetweenness, { graph, samples, seed: options.seed });
    options.progress?.('read measures');
    const pageRank = new Float64Array(count);
    const betweenness = new Float64Array(count);
    // From `samples` sources, each pair's paths counted from both ends (as the built-in engine
    // counts them), scaled up to all sources and normalised as graphology-metrics normalises.
    const scale = count <= 2 || samples === 0 ? 0 : (2 * count) / samples / ((count - 1) * (count - 2));
    await runner.forEachRow(gdsReadMeasures, { graph }, (row) => {
      const i = index.get(row.id);
      if (i === undefined) return; // an actor added since the worker read the network
      pageRank[i] = row.pageRank;
      betweenness[i] = row.betweenness * scale;
    });
    return { pageRank, betweenness, betweennessSamples: samples };
  } finally {
    await runner.run(dropGds, { graph }).catch(() => undefined);
  }
}
