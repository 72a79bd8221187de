// Shapes of the hand-written reference data. Fields beyond the stored properties (strengths, makers,
// uses, …) are knowledge the firm generator reads; they never reach the database.

/** A text in the three languages people read: German, Czech, English. */
export interface Text {
  de: string;
  cs: string;
  en: string;
}

export type Country = 'DE' | 'CZ';

export interface Town {
  name: string;
  /** The Czech exonym where Czech has an established one (Drážďany, Zhořelec); see docs/glossary.md. */
  cs?: string;
  lat: number;
  lon: number;
  /** Inhabitants in thousands (rounded), the weight for placing firms. */
  population: number;
}

export interface RegionEntry {
  id: string;
  level: 'country' | 'region' | 'district';
  country: Country;
  parent?: string;
  name: Text;
  lat: number;
  lon: number;
}

export interface DistrictEntry extends RegionEntry {
  level: 'district';
  parent: string;
  /** Share of the country's firms in the programme area that sit here (roughly by employment). */
  weight: number;
  towns: Town[];
  /** Sector classes (or divisions) this district is known for, with a multiplier on their frequency. */
  strengths: Record<string, number>;
  /** Stems for generated firm names: German adjective ("Erzgebirgische") or Czech adjective stem ("Severočesk"). */
  nameStems: string[];
}

export interface SectorEntry {
  id: string;
  code: string;
  level: 'section' | 'division' | 'group' | 'class';
  parent?: string;
  name: Text;
}

export interface ProductEntry {
  id: string;
  name: Text;
  code: string;
  codeSystem: 'CPA' | 'HS';
  /** Products of one category can replace each other. */
  category: string;
  /** Sector classes whose firms make or provide it. */
  makers: string[];
  /** Products that go into this one (stored as INPUT_TO from each of them to this product). */
  inputs: string[];
}

export interface InstituteEntry {
  id: string;
  name: Text;
  type: 'university' | 'research' | 'transfer';
  town: string;
  district: string;
  lat: number;
  lon: number;
  website: string;
  description: Text;
  sector: string;
  /** Sector ids (any level) and product ids it researches. */
  researches: string[];
}

export interface OrganisationEntry {
  id: string;
  name: Text;
  type: 'chamber' | 'agency' | 'cluster' | 'network' | 'association';
  town: string;
  /** Absent for organisations seated outside the programme area (their town says where). */
  district?: string;
  lat: number;
  lon: number;
  website?: string;
  description: Text;
  sector: string;
  /** Who may join, for generated memberships: sector prefixes and districts (empty = any). */
  members?: { sectors: string[]; districts: string[]; share: number };
}

export interface EventEntry {
  id: string;
  name: Text;
  type: 'workshop' | 'cooperation-exchange' | 'information';
  date: string;
  town: string;
  district: string;
  description: Text;
  organisers: string[];
  /** Institutes and organisations that attend (firms are added by the generator). */
  guests: string[];
  /** Sector prefixes whose firms are invited (empty = all). */
  audience: string[];
  /** Cooperation exchanges: times (local), meeting slots and tables, languages, place, deadline. */
  programme?: {
    startsAt: string;
    endsAt: string;
    slotMinutes: number;
    tables: number;
    capacity: number;
    languages: ('de' | 'cs' | 'en')[];
    venue: string;
    registrationDeadline: string;
  };
}
