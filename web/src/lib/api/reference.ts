// Sectors and regions for filters and legends: fetched once per visit (they change rarely), all
// pages of them. NACE and NUTS ids say their level by their length.
import { api } from './endpoints';
import type { EntityKind, SearchHit } from './types';

async function all(kind: EntityKind): Promise<SearchHit[]> {
  const items: SearchHit[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api.list(kind, { limit: 200, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

export interface Reference {
  /** NACE divisions ('C25'), which the explorer colours by. */
  divisions: SearchHit[];
  /** NUTS 2 regions and NUTS 3 districts ('DED2', 'DED21', 'CZ042'). */
  regions: SearchHit[];
  byId: Map<string, SearchHit>;
}

let loading: Promise<Reference> | undefined;

export function loadReference(): Promise<Reference> {
  loading ??= Promise.all([all('sector'), all('region')])
    .then(([sectors, regions]) => ({
      divisions: sectors.filter((s) => /^[A-Z]\d{2}$/.test(s.id)).sort((a, b) => a.id.localeCompare(b.id)),
      regions: regions.filter((r) => r.id.length >= 4).sort((a, b) => a.id.localeCompare(b.id)),
      byId: new Map([...sectors, ...regions].map((item) => [item.id, item])),
    }))
    .catch((error) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
