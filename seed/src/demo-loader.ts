// The demo data of the border region: the reference data (real regions, sectors, products,
// institutes, organisations, events) plus 1,600 generated fictional firms from a fixed seed.
// `npm start` loads it into an empty database; benchmarks and end-to-end tests take it from here.
import { readQuery } from '@grenzland/server/graph/queries';
import type { QueryRunner } from '@grenzland/server/graph/runner';
import type { Dataset } from './dataset';
import { generateDataset } from './generate';
import { loadEventProgramme } from './event-programme';
import { importDataset } from './import';

export const demoFirms = 1600;
export const demoSeed = 2025;

const countNodes = readQuery<{ nodes: number }>('admin/count-nodes');

/** Every link of the demo data says where it comes from: the demo, confirmed (DESIGN.md, provenance). */
const demoProvenance = { source: 'demo', standing: 'confirmed' };

export function demoDataset(): Dataset {
  const dataset = generateDataset({ firms: demoFirms, seed: demoSeed });
  const rels = Object.fromEntries(
    Object.entries(dataset.rels).map(([type, rows]) => [type, rows.map((row) => ({ ...row, props: { ...row.props, ...demoProvenance } }))]),
  ) as Dataset['rels'];
  return { ...dataset, rels };
}

export async function loadDemoIfEmpty(runner: QueryRunner, log: (line: string) => void): Promise<void> {
  const [row] = await runner.run(countNodes);
  if ((row?.nodes ?? 0) > 0) return;
  const stats = await importDataset(runner, demoDataset());
  const programme = await loadEventProgramme(runner);
  log(
    `Loaded the demo data of the border region: ${demoFirms} firms, ${stats.nodes} nodes and ` +
      `${stats.relationships} relationships in ${stats.seconds.toFixed(1)} s; the cooperation exchanges with ` +
      `${programme.registrations} registrations, ${programme.meetings} meeting requests and ${programme.outcomes} outcomes.`,
  );
}
