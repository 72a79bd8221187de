// Benchmark parameters drawn from the loaded graph, so every call asks about a different firm.
import { readQuery } from '../../server/src/graph/queries';
import type { QueryRunner } from '../../server/src/graph/runner';
import type { Samples } from './cases';

const sampleNeeds = readQuery<{ firm: string; product: string }>('bench/sample-needs');
const sampleRegions = readQuery<{ districts: string[]; divisions: string[] }>('bench/sample-regions');
const countFirms = readQuery<{ firms: number }>('bench/count-firms');

export async function drawSamples(runner: QueryRunner, n = 500): Promise<Samples> {
  const [regions] = await runner.run(sampleRegions);
  return {
    needs: await runner.run(sampleNeeds, { n }),
    districts: regions?.districts ?? [],
    divisions: regions?.divisions ?? [],
  };
}

export async function firmCount(runner: QueryRunner): Promise<number> {
  const [row] = await runner.run(countFirms);
  return row?.firms ?? 0;
}
