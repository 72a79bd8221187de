// The columns of every table we export and import, in one place: the CSV and XLSX exports write
// them, the template explains them, the import reads them. Headers are the column keys, the same
// in every language, so a sheet exported in Czech imports as well as one exported in German.
import type { Language } from '../schemas/common';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'list';

export interface Column {
  key: string;
  type: ColumnType;
  /** Excel column width in characters. */
  width: number;
  /** An import row needs a value here. */
  required?: boolean;
  /** The values allowed (drop-down lists in the template). */
  values?: readonly string[];
  /** Written for people to read (names, derived figures); the import ignores it. */
  readOnly?: boolean;
  description: Record<Language, string>;
}

export const countries = ['DE', 'CZ'] as const;
export const sizes = ['micro', 'small', 'medium', 'large'] as const;
export const actorKinds = ['firm', 'institute', 'organisation'] as const;
export const actorTypes = ['university', 'research', 'transfer', 'chamber', 'agency', 'cluster', 'network', 'association'] as const;
export const linkTypes = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF', 'OFFERS', 'NEEDS'] as const;
export const standings = ['claimed', 'confirmed', 'verified'] as const;
export const consents = ['staff', 'members', 'public'] as const;
export const languages = ['de', 'cs', 'en'] as const;
export const riskFlags = ['NO_SUPPLIER', 'SINGLE_SOURCE', 'ONE_COUNTRY'] as const;

const names = {
  nameDe: { de: 'Name auf Deutsch, wo er abweicht', cs: 'Název v\u00a0němčině, pokud se liší', en: 'Name in German, where it differs' },
  nameCs: { de: 'Name auf Tschechisch, wo er abweicht', cs: 'Název v\u00a0češtině, pokud se liší', en: 'Name in Czech, where it differs' },
  nameEn: { de: 'Name auf Englisch, wo er abweicht', cs: 'Název v\u00a0angličtině, pokud se liší', en: 'Name in English, where it differs' },
};

const textColumns = (width: number): Column[] => [
  { key: 'nameDe', type: 'string', width, description: names.nameDe },
  { key: 'nameCs', type: 'string', width, description: names.nameCs },
  { key: 'nameEn', type: 'string', width, description: names.nameEn },
];

export const actorColumns: Column[] = [
  {
    key: 'id',
    type: 'string',
    width: 14,
    description: {
      de: 'Kennung im Grenzland-Netz; leer lassen für neue Akteure (dann werden Firmen über Name und Ort erkannt)',
      cs: 'Identifikátor v\u00a0síti Grenzland-Netz; u\u00a0nových aktérů nechte prázdné (firmy se pak rozpoznají podle názvu a\u00a0obce)',
      en: 'ID in Grenzland-Netz; leave empty for new actors (firms are then recognised by name and town)',
    },
  },
  {
    key: 'kind',
    type: 'string',
    width: 13,
    required: true,
    values: actorKinds,
    description: {
      de: 'Art: firm (Firma), institute (Forschungseinrichtung), organisation (Kammer, Cluster, Netzwerk …)',
      cs: 'Druh: firm (firma), institute (výzkumná instituce), organisation (komora, klastr, síť …)',
      en: 'Kind: firm, institute (research institute), organisation (chamber, cluster, network …)',
    },
  },
  {
    key: 'type',
    type: 'string',
    width: 13,
    values: actorTypes,
    description: {
      de: 'Typ einer Forschungseinrichtung (university, research, transfer) oder Organisation (chamber, agency, cluster, network, association); bei Firmen leer',
      cs: 'Typ výzkumné instituce (university, research, transfer) nebo organizace (chamber, agency, cluster, network, association); u\u00a0firem prázdné',
      en: 'Type of a research institute (university, research, transfer) or organisation (chamber, agency, cluster, network, association); empty for firms',
    },
  },
  {
    key: 'name',
    type: 'string',
    width: 36,
    required: true,
    description: { de: 'Name, wie er im Handelsregister steht', cs: 'Název, jak je uveden v\u00a0obchodním rejstříku', en: 'Name as registered' },
  },
  ...textColumns(28),
  {
    key: 'country',
    type: 'string',
    width: 8,
    values: countries,
    readOnly: true,
    description: {
      de: 'Land (DE oder CZ); folgt aus dem Kreis',
      cs: 'Země (DE nebo CZ); vyplývá z\u00a0kraje',
      en: 'Country (DE or CZ); follows from the district',
    },
  },
  {
    key: 'district',
    type: 'string',
    width: 10,
    description: {
      de: 'Kreis als NUTS-3-Code, z. B. DED42 (Erzgebirgskreis) oder CZ041 (Region Karlovy Vary); für Firmen und Forschungseinrichtungen Pflicht',
      cs: 'Zemský okres nebo kraj jako kód NUTS 3, např. DED42 (Zemský okres Krušné hory) nebo CZ041 (Karlovarský kraj); u\u00a0firem a\u00a0výzkumných institucí povinné',
      en: 'District as a NUTS 3 code, e.g. DED42 (Erzgebirgskreis) or CZ041 (Karlovy Vary Region); required for firms and research institutes',
    },
  },
  { key: 'town', type: 'string', width: 20, description: { de: 'Ort', cs: 'Obec', en: 'Town' } },
  {
    key: 'sector',
    type: 'string',
    width: 10,
    description: {
      de: 'Branche als NACE-Rev.-2-Code, z. B. C25.62',
      cs: 'Odvětví jako kód CZ-NACE, např. C25.62',
      en: 'Sector as a NACE Rev. 2 code, e.g. C25.62',
    },
  },
  {
    key: 'size',
    type: 'string',
    width: 9,
    values: sizes,
    description: {
      de: 'Größenklasse einer Firma: micro (< 10 Beschäftigte), small (< 50), medium (< 250), large; für Firmen Pflicht',
      cs: 'Velikostní třída firmy: micro (< 10 zaměstnanců), small (< 50), medium (< 250), large; u\u00a0firem povinné',
      en: 'Size class of a firm: micro (< 10 staff), small (< 50), medium (< 250), large; required for firms',
    },
  },
  { key: 'employees', type: 'integer', width: 11, description: { de: 'Beschäftigte', cs: 'Počet zaměstnanců', en: 'Employees' } },
  { key: 'founded', type: 'integer', width: 9, description: { de: 'Gründungsjahr', cs: 'Rok založení', en: 'Year founded' } },
  {
    key: 'website',
    type: 'string',
    width: 28,
    description: { de: 'Website, beginnt mit https://', cs: 'Webové stránky, začínají https://', en: 'Website, starting with https://' },
  },
  {
    key: 'certifications',
    type: 'list',
    width: 22,
    description: {
      de: 'Zertifizierungen, durch Semikolon getrennt, z. B. ISO 9001; IATF 16949',
      cs: 'Certifikace oddělené středníkem, např. ISO 9001; IATF 16949',
      en: 'Certifications separated by semicolons, e.g. ISO 9001; IATF 16949',
    },
  },
  { key: 'lat', type: 'number', width: 9, description: { de: 'Breitengrad', cs: 'Zeměpisná šířka', en: 'Latitude' } },
  { key: 'lon', type: 'number', width: 9, description: { de: 'Längengrad', cs: 'Zeměpisná délka', en: 'Longitude' } },
  {
    key: 'published',
    type: 'boolean',
    width: 10,
    description: {
      de: 'true: für alle sichtbar; false: Entwurf, nur für Mitarbeitende sichtbar',
      cs: 'true: viditelné pro všechny; false: koncept, viditelný jen pro pracovníky',
      en: 'true: visible to everyone; false: draft, visible to staff only',
    },
  },
];

export const productColumns: Column[] = [
  {
    key: 'id',
    type: 'string',
    width: 16,
    required: true,
    description: { de: 'Kennung des Produkts, z. B. P-STEEL-BAR', cs: 'Identifikátor produktu, např. P-STEEL-BAR', en: 'ID of the product, e.g. P-STEEL-BAR' },
  },
  { key: 'name', type: 'string', width: 32, required: true, description: { de: 'Bezeichnung', cs: 'Název', en: 'Name' } },
  ...textColumns(28),
  { key: 'code', type: 'string', width: 10, required: true, description: { de: 'CPA- oder HS-Code', cs: 'Kód CPA nebo HS', en: 'CPA or HS code' } },
  {
    key: 'codeSystem',
    type: 'string',
    width: 11,
    required: true,
    values: ['CPA', 'HS'],
    description: { de: 'CPA oder HS', cs: 'CPA nebo HS', en: 'CPA or HS' },
  },
  {
    key: 'category',
    type: 'string',
    width: 14,
    required: true,
    description: {
      de: 'Produktgruppe: Produkte einer Gruppe können einander ersetzen',
      cs: 'Skupina produktů: produkty jedné skupiny se mohou navzájem nahradit',
      en: 'Product group: products of one group can replace each other',
    },
  },
];

export const linkColumns: Column[] = [
  {
    key: 'type',
    type: 'string',
    width: 17,
    required: true,
    values: linkTypes,
    description: {
      de: 'SUPPLIES (beliefert), COOPERATES_WITH (kooperiert mit), MEMBER_OF (Mitglied in), OFFERS (bietet an), NEEDS (benötigt)',
      cs: 'SUPPLIES (dodává), COOPERATES_WITH (spolupracuje s), MEMBER_OF (je členem), OFFERS (nabízí), NEEDS (poptává)',
      en: 'SUPPLIES, COOPERATES_WITH, MEMBER_OF, OFFERS, NEEDS',
    },
  },
  {
    key: 'from',
    type: 'string',
    width: 14,
    required: true,
    description: {
      de: 'Kennung des Akteurs, von dem die Verbindung ausgeht (bei SUPPLIES der Lieferant)',
      cs: 'Identifikátor aktéra, od něhož vazba vychází (u\u00a0SUPPLIES dodavatel)',
      en: 'ID of the actor the link starts from (for SUPPLIES the supplier)',
    },
  },
  { key: 'fromName', type: 'string', width: 30, readOnly: true, description: { de: 'Name (nur zum Lesen)', cs: 'Název (jen pro čtení)', en: 'Name (for reading only)' } },
  {
    key: 'to',
    type: 'string',
    width: 14,
    required: true,
    description: {
      de: 'Kennung des Ziels: Firma (SUPPLIES: der Kunde), Forschungseinrichtung, Organisation oder Produkt (OFFERS, NEEDS)',
      cs: 'Identifikátor cíle: firma (SUPPLIES: odběratel), výzkumná instituce, organizace nebo produkt (OFFERS, NEEDS)',
      en: 'ID of the target: firm (SUPPLIES: the customer), research institute, organisation or product (OFFERS, NEEDS)',
    },
  },
  { key: 'toName', type: 'string', width: 30, readOnly: true, description: { de: 'Name (nur zum Lesen)', cs: 'Název (jen pro čtení)', en: 'Name (for reading only)' } },
  {
    key: 'product',
    type: 'string',
    width: 16,
    description: {
      de: 'Bei SUPPLIES Pflicht: Kennung des gelieferten Produkts',
      cs: 'U SUPPLIES povinné: identifikátor dodávaného produktu',
      en: 'Required for SUPPLIES: id of the product supplied',
    },
  },
  { key: 'since', type: 'date', width: 11, description: { de: 'Seit (JJJJ-MM-TT)', cs: 'Od (RRRR-MM-DD)', en: 'Since (YYYY-MM-DD)' } },
  {
    key: 'crossBorder',
    type: 'boolean',
    width: 11,
    readOnly: true,
    description: { de: 'Grenzüberschreitend (nur zum Lesen)', cs: 'Přeshraniční (jen pro čtení)', en: 'Cross-border (for reading only)' },
  },
  {
    key: 'source',
    type: 'string',
    width: 9,
    readOnly: true,
    description: {
      de: 'Herkunft: user, import, event oder demo (nur zum Lesen; der Import setzt import)',
      cs: 'Původ: user, import, event nebo demo (jen pro čtení; import nastaví import)',
      en: 'Source: user, import, event or demo (for reading only; the import sets import)',
    },
  },
  {
    key: 'sourceRef',
    type: 'string',
    width: 22,
    readOnly: true,
    description: { de: 'Datei oder Veranstaltung der Herkunft', cs: 'Soubor nebo akce původu', en: 'File or event it came from' },
  },
  { key: 'enteredBy', type: 'string', width: 14, readOnly: true, description: { de: 'Erfasst von', cs: 'Zadal(a)', en: 'Entered by' } },
  { key: 'enteredAt', type: 'datetime', width: 20, readOnly: true, description: { de: 'Erfasst am', cs: 'Zadáno dne', en: 'Entered at' } },
  {
    key: 'standing',
    type: 'string',
    width: 10,
    values: standings,
    description: {
      de: 'Stand: claimed (angegeben), confirmed (bestätigt), verified (geprüft); leer: confirmed (ein Import durch Mitarbeitende bestätigt)',
      cs: 'Stav: claimed (uvedeno), confirmed (potvrzeno), verified (ověřeno); prázdné: confirmed (import pracovníkem vazbu potvrzuje)',
      en: 'Standing: claimed, confirmed, verified; empty: confirmed (an import by staff confirms)',
    },
  },
];

/** Contact persons: staff only, in the tables and the import, each with the consent they gave. */
export const personColumns: Column[] = [
  {
    key: 'id',
    type: 'string',
    width: 16,
    description: {
      de: 'Kennung der Person; leer lassen für neue Personen (dann wird eine Person über Name und Akteur erkannt)',
      cs: 'Identifikátor osoby; u\u00a0nových osob nechte prázdné (osoba se pak rozpozná podle jména a\u00a0aktéra)',
      en: 'ID of the person; leave empty for new persons (a person is then recognised by name and actor)',
    },
  },
  {
    key: 'of',
    type: 'string',
    width: 14,
    required: true,
    description: {
      de: 'Kennung der Firma, Forschungseinrichtung oder Organisation, für die die Person Kontaktperson ist',
      cs: 'Identifikátor firmy, výzkumné instituce nebo organizace, za kterou je osoba kontaktní osobou',
      en: 'ID of the firm, research institute or organisation the person is a contact of',
    },
  },
  { key: 'ofName', type: 'string', width: 30, readOnly: true, description: { de: 'Name (nur zum Lesen)', cs: 'Název (jen pro čtení)', en: 'Name (for reading only)' } },
  { key: 'name', type: 'string', width: 26, required: true, description: { de: 'Vor- und Nachname', cs: 'Jméno a\u00a0příjmení', en: 'First and last name' } },
  { key: 'function', type: 'string', width: 22, description: { de: 'Funktion', cs: 'Funkce', en: 'Function' } },
  { key: 'email', type: 'string', width: 28, description: { de: 'E-Mail-Adresse', cs: 'E-mailová adresa', en: 'E-mail address' } },
  { key: 'phone', type: 'string', width: 18, description: { de: 'Telefon, z. B. +49 371 123456', cs: 'Telefon, např. +420 353 123456', en: 'Phone, e.g. +49 371 123456' } },
  {
    key: 'languages',
    type: 'list',
    width: 12,
    values: languages,
    description: {
      de: 'Sprachen, die die Person spricht: de, cs, en, durch Semikolon getrennt',
      cs: 'Jazyky, kterými osoba mluví: de, cs, en, oddělené středníkem',
      en: 'Languages the person speaks: de, cs, en, separated by semicolons',
    },
  },
  {
    key: 'consent',
    type: 'string',
    width: 10,
    values: consents,
    description: {
      de: 'Wer die Person sehen darf, wie sie zugestimmt hat: staff (nur Mitarbeitende), members (angemeldete Mitglieder), public (alle); leer: staff',
      cs: 'Kdo smí osobu vidět podle jejího souhlasu: staff (jen pracovníci), members (přihlášení členové), public (všichni); prázdné: staff',
      en: 'Who may see the person, as they consented: staff (staff only), members (signed-in members), public (everyone); empty: staff',
    },
  },
  { key: 'consentAt', type: 'datetime', width: 20, readOnly: true, description: { de: 'Zustimmung erfasst am', cs: 'Souhlas zaznamenán dne', en: 'Consent recorded at' } },
  { key: 'consentBy', type: 'string', width: 14, readOnly: true, description: { de: 'Zustimmung erfasst von', cs: 'Souhlas zaznamenal(a)', en: 'Consent recorded by' } },
];

/** Registrations for an event, entered by staff from a spreadsheet: lists are separated by semicolons. */
export const registrationColumns: Column[] = [
  { key: 'firm', type: 'string', width: 14, required: true, description: { de: 'Kennung der Firma', cs: 'Identifikátor firmy', en: 'ID of the firm' } },
  {
    key: 'persons',
    type: 'list',
    width: 24,
    description: { de: 'Teilnehmende Kontaktpersonen (Kennungen)', cs: 'Účastnící se kontaktní osoby (identifikátory)', en: 'Contact persons attending (ids)' },
  },
  { key: 'offers', type: 'list', width: 24, description: { de: 'Angebotene Produkte (Kennungen)', cs: 'Nabízené produkty (identifikátory)', en: 'Products offered (ids)' } },
  { key: 'seeks', type: 'list', width: 24, description: { de: 'Gesuchte Produkte (Kennungen)', cs: 'Poptávané produkty (identifikátory)', en: 'Products sought (ids)' } },
  {
    key: 'available',
    type: 'list',
    width: 16,
    description: {
      de: 'Gesprächsrunden, in denen die Firma Zeit hat (ab 0); leer: alle',
      cs: 'Kola jednání, kdy má firma čas (od 0); prázdné: všechna',
      en: 'Meeting slots the firm can meet in (from 0); empty: all',
    },
  },
];

const readOnly = (key: string, type: ColumnType, width: number, description: Record<Language, string>): Column => ({
  key,
  type,
  width,
  readOnly: true,
  description,
});

export const riskColumns: Column[] = [
  readOnly('firm', 'string', 14, { de: 'Firma (Kennung)', cs: 'Firma (identifikátor)', en: 'Firm (ID)' }),
  readOnly('firmName', 'string', 32, { de: 'Firma', cs: 'Firma', en: 'Firm' }),
  readOnly('product', 'string', 16, { de: 'Benötigtes Produkt (Kennung)', cs: 'Poptávaný produkt (identifikátor)', en: 'Product needed (ID)' }),
  readOnly('productName', 'string', 30, { de: 'Benötigtes Produkt', cs: 'Poptávaný produkt', en: 'Product needed' }),
  readOnly('risk', 'string', 15, {
    de: 'NO_SUPPLIER: kein Lieferant; SINGLE_SOURCE: nur ein Lieferant; ONE_COUNTRY: alle Lieferanten in einem Land',
    cs: 'NO_SUPPLIER: žádný dodavatel; SINGLE_SOURCE: jediný dodavatel; ONE_COUNTRY: všichni dodavatelé z\u00a0jedné země',
    en: 'NO_SUPPLIER: no supplier; SINGLE_SOURCE: one supplier; ONE_COUNTRY: all suppliers in one country',
  }),
  readOnly('suppliers', 'integer', 10, { de: 'Zahl der Lieferanten', cs: 'Počet dodavatelů', en: 'Number of suppliers' }),
  readOnly('supplierIds', 'list', 24, { de: 'Lieferanten (Kennungen)', cs: 'Dodavatelé (identifikátory)', en: 'Suppliers (ids)' }),
  readOnly('countries', 'list', 10, { de: 'Länder der Lieferanten', cs: 'Země dodavatelů', en: 'Countries of the suppliers' }),
];

export const opportunityColumns: Column[] = [
  readOnly('firm', 'string', 14, { de: 'Firma mit Bedarf (Kennung)', cs: 'Firma s\u00a0poptávkou (identifikátor)', en: 'Firm in need (ID)' }),
  readOnly('firmName', 'string', 30, { de: 'Firma mit Bedarf', cs: 'Firma s\u00a0poptávkou', en: 'Firm in need' }),
  readOnly('firmCountry', 'string', 8, { de: 'Land', cs: 'Země', en: 'Country' }),
  readOnly('product', 'string', 16, { de: 'Produkt (Kennung)', cs: 'Produkt (identifikátor)', en: 'Product (ID)' }),
  readOnly('productName', 'string', 30, { de: 'Produkt', cs: 'Produkt', en: 'Product' }),
  readOnly('partner', 'string', 14, { de: 'Anbieter jenseits der Grenze (Kennung)', cs: 'Nabízející za hranicí (identifikátor)', en: 'Supplier across the border (ID)' }),
  readOnly('partnerName', 'string', 30, { de: 'Anbieter jenseits der Grenze', cs: 'Nabízející za hranicí', en: 'Supplier across the border' }),
  readOnly('partnerCountry', 'string', 8, { de: 'Land', cs: 'Země', en: 'Country' }),
  readOnly('distanceKm', 'number', 11, { de: 'Entfernung in km (Luftlinie)', cs: 'Vzdálenost v\u00a0km (vzdušnou čarou)', en: 'Distance in km (straight line)' }),
];

/** The tables anyone may export; `persons` (the contact list) is for staff only. */
export const tableNames = ['actors', 'products', 'links', 'risks', 'opportunities'] as const;
export type TableName = (typeof tableNames)[number] | 'persons' | 'registrations';

export const tableColumns: Record<TableName, Column[]> = {
  actors: actorColumns,
  products: productColumns,
  links: linkColumns,
  risks: riskColumns,
  opportunities: opportunityColumns,
  persons: personColumns,
  registrations: registrationColumns,
};

/** The tables an import reads. */
export const importTables = ['actors', 'products', 'links', 'persons'] as const satisfies readonly TableName[];
