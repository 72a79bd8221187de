// Neo4j plans a query the first time it meets it and keeps the plan. Planning the chains search
// alone takes seconds, and while the first metrics run keeps the cores busy it took longer than the
// 15 s a question may run: the first visitors after a start got "too complex", and each failed
// attempt planned it again. So right after a start, before that run, the service asks the
// analytical questions once itself, as a visitor would, about what the database holds.
import type { FastifyInstance } from 'fastify';
import { readQuery } from './graph/queries';

const findSample = readQuery<{ firm: string; product: string; region: string; other: string }>('admin/find-warm-up-sample');

/** Asks each analytical question once and drops the answers; says which did not answer 200. */
export async function warmUp(app: FastifyInstance): Promise<{ asked: number; failed: string[] }> {
  const [sample] = await app.runner.run(findSample);
  if (!sample) return { asked: 0, failed: [] };
  const { firm, product, region, other } = sample;
  const questions = [
    // The explorer's first view, then the slowest to plan.
    '/api/network/overview',
    `/api/paths/chains?firm=${firm}&product=${product}&k=3`,
    `/api/paths/supplier-tree?firm=${firm}&k=4`,
    `/api/network/ego?id=${firm}&hops=2`,
    `/api/network/cluster?region=${region}`,
    `/api/paths/between?from=${firm}&to=${other}&k=3`,
    `/api/diversification?firm=${firm}&product=${product}`,
    `/api/risk/firm?firm=${firm}`,
    `/api/risk/area?region=${region}`,
    `/api/whatif?scenario=firm&id=${other}`,
    `/api/matching/cross-border?firm=${firm}`,
    `/api/matching/cooperation?firm=${firm}`,
    `/api/matching/institutes?firm=${firm}`,
  ];
  const failed: string[] = [];
  // One after the other: at the same time they would only share the same cores.
  for (const url of questions) {
    const { statusCode } = await app.inject({ method: 'GET', url });
    if (statusCode !== 200) failed.push(`${url} answered ${statusCode}`);
  }
  return { asked: questions.length, failed };
}
