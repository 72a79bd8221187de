// Figures that say whether a loaded graph has the shape the product needs, read from the database
// itself: firms per country, firms without a place or sector, inconsistent supply links, the
// cross-border share, single-source and unmet needs, and one example of a four-tier supply chain.
import { readQuery } from '@grenzland/server/graph/queries';
import type { QueryRunner } from '@grenzland/server/graph/runner';

const firmsByCountry = readQuery<{ country: string | null; firms: number }>('seed/count-firms-by-country');
const unplacedFirms = readQuery<{ firms: number }>('seed/count-unplaced-firms');
const inconsistentSupplies = readQuery<{ links: number }>('seed/count-inconsistent-supplies');
const crossBorderSupplies = readQuery<{ links: number; crossBorder: number }>('seed/count-cross-border-supplies');
const singleSourceNeeds = readQuery<{ needs: number; singleSource: number; unsupplied: number }>('seed/count-single-source-needs');
const supplyChain = readQuery<{ firms: string[]; products: string[] }>('seed/find-supply-chain');
const eventProgramme = readQuery<ExchangeFigures>('seed/count-event-programme');

export interface ExchangeFigures {
  event: string;
  date: string;
  registrations: number;
  meetings: number;
  placed: number;
  outcomes: number;
  supplies: number;
  cooperations: number;
  confirmed: number;
}

export interface GraphQuality {
  firmsByCountry: Record<string, number>;
  unplacedFirms: number;
  inconsistentSupplies: number;
  supplies: number;
  crossBorderSupplies: number;
  needs: number;
  singleSourceNeeds: number;
  unsuppliedNeeds: number;
  /** Five firms and the four products between them, or undefined when no chain is four tiers deep. */
  fourTierChain?: { firms: string[]; products: string[] };
  /** The cooperation exchanges and what came of them. */
  exchanges: ExchangeFigures[];
}

export async function measureQuality(runner: QueryRunner): Promise<GraphQuality> {
  const countries = await runner.run(firmsByCountry);
  const [unplaced] = await runner.run(unplacedFirms);
  const [inconsistent] = await runner.run(inconsistentSupplies);
  const [cross] = await runner.run(crossBorderSupplies);
  const [needs] = await runner.run(singleSourceNeeds);
  const [chain] = await runner.run(supplyChain);
  const exchanges = await runner.run(eventProgramme);
  return {
    firmsByCountry: Object.fromEntries(countries.map((row) => [row.country ?? 'none', row.firms])),
    unplacedFirms: unplaced?.firms ?? 0,
    inconsistentSupplies: inconsistent?.links ?? 0,
    supplies: cross?.links ?? 0,
    crossBorderSupplies: cross?.crossBorder ?? 0,
    needs: needs?.needs ?? 0,
    singleSourceNeeds: needs?.singleSource ?? 0,
    unsuppliedNeeds: needs?.unsupplied ?? 0,
    fourTierChain: chain,
    exchanges,
  };
}
