// The overview's groups and the links between them against an independent count over the same
// seeded random region (the fixture's own data in graphology), with and without filters.
import { describe, expect, it } from 'vitest';
import type { OverviewResponse } from '../../server/src/schemas/network';
import { apiOver } from '../setup/api';
import { geography, sectors } from '../setup/fixtures';
import { actorNetwork, randomRegion } from '../setup/random-region';

const region = randomRegion({ seed: 11, firms: 120, institutes: 6, organisations: 3, supplies: 260, cooperations: 40, memberships: 50 });
const network = actorNetwork(region);
const { get, app } = apiOver(region, { metrics: true });

/** Each actor's group, worked out from the fixture: its district and its sector's division. */
function groupsOfActors(): Map<string, string> {
  const dataset = region.dataset();
  const district = new Map((dataset.rels.LOCATED_IN ?? []).map((r) => [r.from, r.to]));
  const sector = new Map((dataset.rels.IN_SECTOR ?? []).map((r) => [r.from, r.to]));
  const divisionOf = (id: string | undefined): string | null => {
    for (let s = id; s; s = sectors[s]?.parent) if (sectors[s]?.level === 'division') return s;
    return null;
  };
  const groups = new Map<string, string>();
  network.forEachNode((node, a) => {
    const kind = a.label === 'Firm' ? 'firm' : a.label === 'Institute' ? 'institute' : 'organisation';
    if (!district.has(node)) return;
    groups.set(node, `${district.get(node)}:${kind === 'firm' ? (divisionOf(sector.get(node)) ?? 'firm') : kind}`);
  });
  return groups;
}

function independentCount(types: string[], keepGroup: (key: string) => boolean, crossBorderOnly: boolean) {
  const groupOf = groupsOfActors();
  const countryOf = (group: string) => geography[group.split(':')[0]!]!.country;
  const actors = new Map<string, number>();
  for (const group of groupOf.values()) if (keepGroup(group)) actors.set(group, (actors.get(group) ?? 0) + 1);
  const links = new Map<string, number>();
  const internal = new Map<string, number>();
  network.forEachEdge((_edge, a, source, target) => {
    const [from, to] = [groupOf.get(source), groupOf.get(target)];
    if (!from || !to || !keepGroup(from) || !keepGroup(to) || !types.includes(a.type)) return;
    if (from === to) return void internal.set(from, (internal.get(from) ?? 0) + 1);
    if (crossBorderOnly && countryOf(from) === countryOf(to)) return;
    const key = `${a.type}|${from}|${to}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  });
  return { actors, links, internal };
}

const asMaps = (overview: OverviewResponse) => ({
  actors: new Map(overview.groups.map((g) => [g.key, g.actors])),
  links: new Map(overview.links.map((l) => [`${l.type}|${l.source}|${l.target}`, l.links])),
  internal: new Map(overview.groups.filter((g) => g.internalLinks > 0).map((g) => [g.key, g.internalLinks])),
});

describe('GET /api/network/overview', () => {
  it('groups every placed actor by district and division, and counts the links between the groups', async () => {
    const overview = await get<OverviewResponse>('/api/network/overview');
    expect(overview.computedAt).not.toBeNull();
    const expected = independentCount(['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'], () => true, false);
    expect(asMaps(overview)).toEqual(expected);
    expect([...expected.actors.values()].reduce((a, b) => a + b, 0)).toBe(network.order);
    // Strongest first; all of them, as the fixture has fewer than the limit.
    expect(overview.totalLinks).toBe(overview.links.length);
    expect(overview.links.map((l) => l.links)).toEqual(overview.links.map((l) => l.links).sort((a, b) => b - a));
    // Groups sit at their district; cross-border links are those between the two countries.
    const group = overview.groups.find((g) => g.district === 'CZ042')!;
    expect(group).toMatchObject({ country: 'CZ', lat: geography.CZ042!.lat, lon: geography.CZ042!.lon });
    for (const link of overview.links) {
      expect(link.crossBorder).toBe(geography[link.source.split(':')[0]!]!.country !== geography[link.target.split(':')[0]!]!.country);
    }
  });

  it('applies the region, link type and cross-border filters', async () => {
    const overview = await get<OverviewResponse>('/api/network/overview?region=DED4&types=SUPPLIES,COOPERATES_WITH');
    const inChemnitz = (group: string) => geography[group.split(':')[0]!]!.parent === 'DED4';
    expect(asMaps(overview)).toEqual(independentCount(['SUPPLIES', 'COOPERATES_WITH'], inChemnitz, false));

    const crossBorder = await get<OverviewResponse>('/api/network/overview?types=SUPPLIES&crossBorder=true');
    const expected = independentCount(['SUPPLIES'], () => true, true);
    expect(new Map(crossBorder.links.map((l) => [`${l.type}|${l.source}|${l.target}`, l.links]))).toEqual(expected.links);
    expect(crossBorder.links.length).toBeGreaterThan(0);
    expect(crossBorder.links.every((l) => l.crossBorder)).toBe(true);
    expect(new Set(crossBorder.groups.map((g) => g.key))).toEqual(new Set([...expected.links.keys()].flatMap((k) => k.split('|').slice(1))));
  });

  it('narrows to a sector at division level, and to the division a finer sector belongs to', async () => {
    const division = await get<OverviewResponse>('/api/network/overview?sector=C25');
    expect(division.groups.length).toBeGreaterThan(0);
    expect(division.groups.every((g) => g.division === 'C25')).toBe(true);
    expect(await get<OverviewResponse>('/api/network/overview?sector=C25.62')).toEqual(division);
    const kind = await get<OverviewResponse>('/api/network/overview?kind=institute');
    expect(kind.groups.every((g) => g.kind === 'institute' && g.key.endsWith(':institute'))).toBe(true);
    expect(kind.groups.reduce((sum, g) => sum + g.actors, 0)).toBe(6);
  });

  it('stores after a later run what changed since: a link between groups gone, another new', async () => {
    const groupOf = groupsOfActors();
    const between = (from: string, to: string) => groupOf.has(from) && groupOf.has(to) && groupOf.get(from) !== groupOf.get(to);
    const gone = region.dataset().rels.SUPPLIES!.find((r) => between(r.from, r.to))!;
    const firms = network.filterNodes((node, a) => a.label === 'Firm' && groupOf.has(node));
    const [a, b] = firms.flatMap((x) => firms.map((y) => [x, y])).find(([x, y]) => between(x!, y!) && !network.someEdge(x!, y!, () => true))!;
    await app().entitiesRepository.unlink({ type: 'SUPPLIES', from: gone.from, to: gone.to, product: gone.props!.product as string }, { user: null });
    await app().entitiesRepository.link({ type: 'COOPERATES_WITH', from: a!, to: b! }, { user: null });
    network.dropEdge(network.findEdge(gone.from, gone.to, (_e, attributes) => attributes.type === 'SUPPLIES')!);
    network.addEdge(a!, b!, { type: 'COOPERATES_WITH' });

    const run = await app().metrics.job!.run();
    const expected = independentCount(['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'], () => true, false);
    // The overview reads the stored links again once the run has ended, in the background.
    await expect.poll(async () => (await get<OverviewResponse>('/api/network/overview')).computedAt, { timeout: 30_000 }).toBe(run.computedAt);
    expect(asMaps(await get<OverviewResponse>('/api/network/overview'))).toEqual(expected);
  });

  // After the test before, on the region it changed: answers are kept per filter, and a newer run replaces them.
  it('answers again from a newer metrics run, for every filter asked before', async () => {
    const whole = await get<OverviewResponse>('/api/network/overview');
    const czech = await get<OverviewResponse>('/api/network/overview?country=CZ&lang=cs');
    expect(await get<OverviewResponse>('/api/network/overview')).toEqual(whole);
    expect(czech.groups.every((g) => g.country === 'CZ')).toBe(true);

    // Two firms of different groups begin to cooperate: a link between two groups that had none of that type.
    const groupOf = groupsOfActors();
    const firms = network.filterNodes((node, a) => a.label === 'Firm' && groupOf.has(node));
    const linked = new Set(whole.links.filter((l) => l.type === 'COOPERATES_WITH').map((l) => `${l.source}|${l.target}`));
    const [from, to] = firms
      .flatMap((a) => firms.map((b) => [a, b] as const))
      .find(([a, b]) => groupOf.get(a) !== groupOf.get(b) && !linked.has(`${groupOf.get(a)}|${groupOf.get(b)}`))!;
    await app().entitiesRepository.link({ type: 'COOPERATES_WITH', from, to }, { user: null });
    network.addEdge(from, to, { type: 'COOPERATES_WITH' });
    // Until the next run, the kept answer stands: the groups are those of the last run.
    expect(await get<OverviewResponse>('/api/network/overview')).toEqual(whole);

    await app().metrics.job!.run();
    const after = await get<OverviewResponse>('/api/network/overview');
    expect(after.computedAt! > whole.computedAt!).toBe(true);
    expect(asMaps(after)).toEqual(independentCount(['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'], () => true, false));
    expect(after.links).toContainEqual(expect.objectContaining({ type: 'COOPERATES_WITH', source: groupOf.get(from), target: groupOf.get(to), links: 1 }));
    const czechAfter = await get<OverviewResponse>('/api/network/overview?country=CZ');
    expect(czechAfter.computedAt).toBe(after.computedAt);
    expect(asMaps(czechAfter)).toEqual(independentCount(['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'], (g) => geography[g.split(':')[0]!]!.country === 'CZ', false));
  });
});
