// What every export of a scope is made from: its actors, products and links with provenance, what
// its firms need and from whom, cross-border opportunities, institutes and critical suppliers.
// The repository gathers it once; tables, network files and the report only shape it.
export interface Texts {
  name: string;
  nameDe: string | null;
  nameCs: string | null;
  nameEn: string | null;
}

export interface ActorRow extends Texts {
  id: string;
  kind: 'firm' | 'institute' | 'organisation';
  type: string | null;
  country: string | null;
  district: string | null;
  town: string | null;
  sector: string | null;
  size: string | null;
  employees: number | null;
  founded: number | null;
  website: string | null;
  certifications: string[] | null;
  lat: number | null;
  lon: number | null;
  published: boolean;
}

export interface ProductRow extends Texts {
  id: string;
  code: string | null;
  codeSystem: string | null;
  category: string | null;
}

export interface LinkRow {
  type: 'SUPPLIES' | 'COOPERATES_WITH' | 'MEMBER_OF' | 'OFFERS' | 'NEEDS';
  from: string;
  to: string;
  product: string | null;
  since: string | null;
  source: string | null;
  sourceRef: string | null;
  enteredBy: string | null;
  enteredAt: string | null;
  standing: string | null;
}

/** A link from an actor of the scope to one outside it; `named` is false for drafts the viewer may not see. */
export interface OutsideLinkRow {
  type: 'SUPPLIES' | 'COOPERATES_WITH' | 'MEMBER_OF';
  from: string;
  to: string;
  product: string | null;
  crossBorder: boolean;
  named: boolean;
}

export interface SourcingRow {
  firm: string;
  product: string;
  /** Suppliers of the product to the firm; `named` is false for drafts the viewer may not see. */
  suppliers: { id: string; country: string | null; named: boolean }[];
}

export interface OpportunityRow {
  firm: string;
  product: string;
  partner: string;
  distanceKm: number | null;
}

export interface InstituteRow {
  id: string;
  firms: number;
  topics: string[];
}

/**
 * Where the critical suppliers come from: the dependants stored by the whole-region metrics (firms
 * across the region, as of computedAt), a live walk within the scope, or none (no metrics run yet and
 * the scope too large to walk).
 */
export type CriticalSource = { kind: 'stored'; computedAt: string } | { kind: 'live' } | { kind: 'none' };

export interface CriticalRow {
  id: string;
  dependants: number;
  direct: number;
}

/** A contact person of the scope's actors, as the consent rule lets the viewer (staff) see them. */
export interface ContactRow {
  id: string;
  of: string;
  name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  languages: string[];
  consent: string;
  consentAt: string | null;
  consentBy: string | null;
}

export type ScopeKind = 'all' | 'region' | 'sector' | 'organisation' | 'event' | 'ego' | 'view';

export interface ScopeData {
  scope: { kind: ScopeKind; id: string | null; names: Texts | null };
  actors: ActorRow[];
  products: ProductRow[];
  links: LinkRow[];
  outsideLinks: OutsideLinkRow[];
  sourcing: SourcingRow[];
  /** The nearest opportunities, nearest first (at most a fixed number). */
  opportunities: OpportunityRow[];
  /** How many opportunities there are in all, listed or not. */
  opportunitiesTotal: number;
  institutes: InstituteRow[];
  /** Suppliers whose loss cuts the most supply chains within `k` tiers, as `criticalFrom` counted them. */
  critical: CriticalRow[];
  criticalFrom: CriticalSource;
  k: number;
  /** Names of everything the rows mention that is not an actor or product of the scope. */
  names: Map<string, Texts & { kind: string; country: string | null; town: string | null }>;
  /** null: the viewer may not see contacts (not staff). */
  contacts: ContactRow[] | null;
  /** When it was gathered, ISO. */
  createdAt: string;
}

export const actorLinkTypes = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const;
