// Full-text search and filtered lists of nodes.
import fp from 'fastify-plugin';
import { toLuceneQuery } from '../../graph/lucene';
import { readQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import type { SearchHit, SearchQuery, SearchResult } from '../../schemas/search';
import { draftsVisibleTo } from '../../auth/drafts';
import type { AuthUser } from '../../auth/roles';

type PageRow = { total: number; items: SearchHit[] };
const searchEntities = readQuery<PageRow>('search/search-entities');
const listEntities = readQuery<PageRow>('search/list-entities');

export class SearchRepository {
  constructor(private readonly runner: QueryRunner) {}

  async search(query: SearchQuery, viewer: AuthUser | null): Promise<SearchResult> {
    const limit = query.limit ?? 25;
    const offset = query.offset ?? 0;
    const filters = {
      kind: query.kind ?? null,
      country: query.country ?? null,
      size: query.size ?? null,
      region: query.region ?? null,
      sector: query.sector ?? null,
      limit,
      offset,
      drafts: draftsVisibleTo(viewer),
    };
    const lucene = query.q ? toLuceneQuery(query.q) : undefined;
    const [row] = lucene
      ? await this.runner.run(searchEntities, { ...filters, q: lucene })
      : await this.runner.run(listEntities, filters);
    return { total: row?.total ?? 0, limit, offset, items: row?.items ?? [] };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    searchRepository: SearchRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('searchRepository', new SearchRepository(app.runner));
  },
  { name: 'search-repository', dependencies: ['neo4j'] },
);
