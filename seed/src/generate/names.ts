// Fictional firm names built from parts: a family name, a regional adjective or a town, a word for
// the trade and a legal form, in German for Saxon firms and in Czech for Bohemian ones
// ("Erzgebirgische Drehtechnik GmbH", "Severočeská strojírna s.r.o."). No real company is named on
// purpose; a resemblance to one is a coincidence of common words.
import type { DistrictEntry } from '../reference/types';
import type { Random } from './random';
import type { Size } from './profiles';

// Grammatical gender and number of a trade word: masculine, feminine, neuter singular; 'p' a masculine
// or feminine plural (Czech adjectives in -é: "Severočeské stroje"), 'pn' a neuter plural (-á:
// "Krušnohorská kolejová vozidla").
type Gender = 'm' | 'f' | 'n' | 'p' | 'pn';
type Noun = readonly [word: string, gender: Gender];

// Trade words by sector class, group or division (the longest matching key wins).
const nounsDe: Record<string, Noun[]> = {
  B08: [['Sand- und Kieswerk', 'n'], ['Kaolinwerk', 'n'], ['Rohstoffgewinnung', 'f']],
  C10: [['Feinkost', 'f']],
  'C10.13': [['Fleischerei', 'f'], ['Wurstwaren', 'p']],
  'C10.51': [['Molkerei', 'f'], ['Käserei', 'f']],
  'C10.71': [['Bäckerei', 'f'], ['Backstube', 'f']],
  'C11.05': [['Hausbrauerei', 'f'], ['Brauhaus', 'n']],
  'C11.06': [['Mälzerei', 'f']],
  'C11.07': [['Getränkeabfüllung', 'f'], ['Quellenbetrieb', 'm']],
  C13: [['Textilwerke', 'p'], ['Textiltechnik', 'f']],
  'C13.10': [['Spinnerei', 'f']],
  'C13.20': [['Weberei', 'f']],
  'C13.92': [['Textilkonfektion', 'f'], ['Sitzbezüge', 'p']],
  'C13.95': [['Vliesstoffe', 'p']],
  'C13.96': [['Technische Textilien', 'p'], ['Textiltechnik', 'f']],
  'C13.99': [['Spitzen und Stickereien', 'p'], ['Stickerei', 'f']],
  'C16.10': [['Sägewerk', 'n'], ['Holzhandel', 'm']],
  'C16.21': [['Holzwerkstoffe', 'p']],
  'C16.23': [['Tischlerei', 'f'], ['Fensterbau', 'm'], ['Holzbau', 'm']],
  'C16.24': [['Palettenwerk', 'n'], ['Holzverpackungen', 'p']],
  'C16.29': [['Holzkunst', 'f'], ['Drechslerei', 'f'], ['Holzwaren', 'p']],
  C17: [['Wellpappe', 'f'], ['Kartonagen', 'p']],
  C20: [['Chemiewerk', 'n'], ['Polymere', 'p']],
  'C20.13': [['Reinstsilizium', 'n'], ['Siliziumtechnik', 'f']],
  C22: [['Kunststofftechnik', 'f'], ['Kunststoffwerk', 'n'], ['Spritzguss', 'm'], ['Plastverarbeitung', 'f']],
  'C22.19': [['Gummiwerk', 'n'], ['Dichtungstechnik', 'f']],
  'C22.21': [['Folientechnik', 'f'], ['Kunststoffprofile', 'p']],
  'C22.22': [['Kunststoffverpackungen', 'p']],
  'C23.1': [['Glaswerk', 'n'], ['Glastechnik', 'f']],
  'C23.12': [['Glasveredelung', 'f']],
  'C23.14': [['Glasfasertechnik', 'f']],
  'C23.19': [['Glasperlen', 'p'], ['Glastechnik', 'f']],
  'C23.4': [['Keramik', 'f'], ['Technische Keramik', 'f']],
  'C23.41': [['Porzellanmalerei', 'f'], ['Keramikwerkstatt', 'f']],
  'C24.10': [['Stahlwerk', 'n'], ['Walzwerk', 'n']],
  'C24.20': [['Rohrwerk', 'n']],
  'C24.42': [['Aluminiumwerk', 'n']],
  'C24.44': [['Drahtwerk', 'n']],
  'C24.51': [['Eisengießerei', 'f'], ['Gießerei', 'f']],
  'C24.53': [['Druckguss', 'm'], ['Leichtmetallgießerei', 'f']],
  C25: [['Metallbau', 'm'], ['Metallbearbeitung', 'f']],
  'C25.11': [['Stahlbau', 'm'], ['Metallbau', 'm']],
  'C25.50': [['Stanztechnik', 'f'], ['Umformtechnik', 'f'], ['Schmiede', 'f'], ['Blechtechnik', 'f']],
  'C25.61': [['Galvanik', 'f'], ['Oberflächentechnik', 'f'], ['Härterei', 'f']],
  'C25.62': [['Präzisionsdrehteile', 'p'], ['Drehtechnik', 'f'], ['Zerspanungstechnik', 'f'], ['CNC-Technik', 'f'], ['Feinmechanik', 'f']],
  'C25.73': [['Werkzeugbau', 'm'], ['Formenbau', 'm']],
  'C25.93': [['Federnwerk', 'n'], ['Drahtbiegetechnik', 'f']],
  'C25.94': [['Schraubenwerk', 'n'], ['Verbindungstechnik', 'f']],
  'C25.99': [['Metallwaren', 'p'], ['Schweißtechnik', 'f']],
  C26: [['Elektronik', 'f']],
  'C26.11': [['Halbleitertechnik', 'f'], ['Mikroelektronik', 'f'], ['Sensorik', 'f']],
  'C26.12': [['Elektronikfertigung', 'f'], ['Leiterplattentechnik', 'f']],
  'C26.51': [['Messtechnik', 'f'], ['Prüftechnik', 'f']],
  'C26.52': [['Uhrenwerkstatt', 'f'], ['Feinuhrmacherei', 'f']],
  'C26.70': [['Optik', 'f'], ['Feinoptik', 'f']],
  C27: [['Elektrotechnik', 'f']],
  'C27.11': [['Elektromaschinenbau', 'm'], ['Antriebstechnik', 'f']],
  'C27.12': [['Schaltanlagenbau', 'm'], ['Steuerungstechnik', 'f']],
  'C27.20': [['Batterietechnik', 'f']],
  'C27.32': [['Kabelwerk', 'n'], ['Kabeltechnik', 'f']],
  'C27.33': [['Steckverbinder', 'p']],
  'C27.90': [['Energietechnik', 'f'], ['Wasserstofftechnik', 'f']],
  C28: [['Maschinenbau', 'm'], ['Anlagenbau', 'm']],
  'C28.12': [['Hydraulik', 'f']],
  'C28.15': [['Getriebebau', 'm'], ['Antriebstechnik', 'f']],
  'C28.22': [['Fördertechnik', 'f'], ['Kranbau', 'm']],
  'C28.41': [['Werkzeugmaschinenbau', 'm'], ['Werkzeugmaschinen', 'p']],
  'C28.94': [['Textilmaschinenbau', 'm']],
  'C28.96': [['Kunststoffmaschinen', 'p']],
  'C28.99': [['Automatisierungstechnik', 'f'], ['Sondermaschinenbau', 'm']],
  C29: [['Fahrzeugtechnik', 'f'], ['Automobiltechnik', 'f']],
  'C29.10': [['Fahrzeugwerk', 'n'], ['Automobilwerk', 'n']],
  'C29.20': [['Fahrzeugbau', 'm'], ['Karosseriebau', 'm']],
  'C29.31': [['Kabelsysteme', 'p'], ['Fahrzeugelektronik', 'f']],
  'C29.32': [['Fahrzeugtechnik', 'f'], ['Automobiltechnik', 'f'], ['Sitzsysteme', 'p'], ['Fahrwerkstechnik', 'f']],
  C30: [['Waggonbau', 'm'], ['Schienenfahrzeugtechnik', 'f']],
  C31: [['Möbelwerkstätten', 'p'], ['Möbelbau', 'm'], ['Objekteinrichtung', 'f']],
  'C32.13': [['Schmuckwaren', 'p']],
  'C32.20': [['Instrumentenbau', 'm'], ['Geigenbau', 'm'], ['Blechblasinstrumente', 'p']],
  'C32.40': [['Spielwaren', 'p'], ['Holzspielzeug', 'n']],
  'C32.50': [['Medizintechnik', 'f']],
  C33: [['Industrieservice', 'm'], ['Maschinenservice', 'm'], ['Anlagenmontage', 'f']],
  H49: [['Spedition', 'f'], ['Transporte', 'p'], ['Logistik', 'f']],
  'H52.10': [['Logistik', 'f'], ['Lagerlogistik', 'f']],
  'H52.29': [['Spedition', 'f'], ['Logistikservice', 'm']],
  J62: [['Software', 'f'], ['IT-Systemhaus', 'n'], ['Informatik', 'f'], ['Datentechnik', 'f']],
  J63: [['Rechenzentrum', 'n'], ['Datendienste', 'p']],
  M71: [['Ingenieurbüro', 'n'], ['Konstruktionsbüro', 'n'], ['Engineering', 'n']],
  'M71.20': [['Prüflabor', 'n'], ['Werkstoffprüfung', 'f']],
  M72: [['Forschungsgesellschaft', 'f'], ['Entwicklungsgesellschaft', 'f']],
};

const nounsCs: Record<string, Noun[]> = {
  B08: [['těžební společnost', 'f'], ['pískovny', 'p']],
  C10: [['potraviny', 'p']],
  'C10.13': [['masna', 'f'], ['uzenářství', 'n']],
  'C10.51': [['mlékárna', 'f'], ['sýrárna', 'f']],
  'C10.71': [['pekárna', 'f']],
  'C11.05': [['minipivovar', 'm']],
  'C11.06': [['sladovna', 'f']],
  'C11.07': [['stáčírna nápojů', 'f']],
  C13: [['textil', 'm'], ['textilie', 'p']],
  'C13.10': [['přádelna', 'f']],
  'C13.20': [['tkalcovna', 'f']],
  'C13.92': [['šicí dílna', 'f'], ['autopotahy', 'p']],
  'C13.95': [['netkané textilie', 'p']],
  'C13.96': [['technické textilie', 'p']],
  'C13.99': [['krajkářství', 'n'], ['výšivky', 'p']],
  'C16.10': [['pila', 'f'], ['dřevařství', 'n']],
  'C16.21': [['dřevodesky', 'p']],
  'C16.23': [['truhlárna', 'f'], ['stavební truhlářství', 'n']],
  'C16.24': [['výroba palet', 'f'], ['dřevěné obaly', 'p']],
  'C16.29': [['dřevovýroba', 'f'], ['soustružna dřeva', 'f']],
  C17: [['kartonážka', 'f'], ['obaly', 'p']],
  C20: [['chemie', 'f'], ['polymery', 'p']],
  'C20.13': [['křemíkárna', 'f']],
  C22: [['lisovna plastů', 'f'], ['plasty', 'p'], ['plastikárna', 'f']],
  'C22.19': [['pryžové výrobky', 'p'], ['těsnění', 'n']],
  'C22.21': [['fólie', 'p'], ['plastové profily', 'p']],
  'C22.22': [['plastové obaly', 'p']],
  'C23.1': [['sklárna', 'f'], ['sklo', 'n']],
  'C23.12': [['brusírna skla', 'f']],
  'C23.14': [['skelná vlákna', 'pn']],
  'C23.19': [['bižuterní sklo', 'n'], ['skleněné perle', 'p']],
  'C23.4': [['technická keramika', 'f'], ['keramika', 'f']],
  'C23.41': [['porcelánka', 'f'], ['keramická dílna', 'f']],
  'C24.10': [['ocelárna', 'f'], ['válcovna', 'f']],
  'C24.20': [['trubkárna', 'f']],
  'C24.42': [['hliníkárna', 'f']],
  'C24.44': [['drátovna', 'f']],
  'C24.51': [['slévárna', 'f']],
  'C24.53': [['tlaková slévárna', 'f']],
  C25: [['kovovýroba', 'f'], ['strojírna', 'f']],
  'C25.11': [['ocelové konstrukce', 'p'], ['zámečnictví', 'n']],
  'C25.50': [['lisovna', 'f'], ['kovárna', 'f']],
  'C25.61': [['galvanovna', 'f'], ['povrchové úpravy', 'p'], ['kalírna', 'f']],
  'C25.62': [['obrábění', 'n'], ['strojírna', 'f'], ['přesná mechanika', 'f']],
  'C25.73': [['nástrojárna', 'f'], ['formy', 'p']],
  'C25.93': [['pružiny', 'p']],
  'C25.94': [['spojovací materiál', 'm']],
  'C25.99': [['kovovýroba', 'f'], ['svařovna', 'f']],
  C26: [['elektronika', 'f']],
  'C26.11': [['mikroelektronika', 'f'], ['polovodiče', 'p'], ['senzorika', 'f']],
  'C26.51': [['měřicí technika', 'f']],
  'C26.52': [['hodinářská dílna', 'f']],
  'C26.70': [['optika', 'f']],
  C27: [['elektrotechnika', 'f']],
  'C27.11': [['elektromotory', 'p']],
  'C27.12': [['rozváděče', 'p']],
  'C27.20': [['baterie', 'p']],
  'C27.32': [['kabely', 'p']],
  'C27.33': [['konektory', 'p']],
  C28: [['strojírna', 'f'], ['stroje', 'p']],
  'C28.12': [['hydraulika', 'f']],
  'C28.15': [['převodovky', 'p'], ['pohony', 'p']],
  'C28.22': [['manipulační technika', 'f'], ['jeřáby', 'p']],
  'C28.94': [['textilní stroje', 'p']],
  'C28.96': [['stroje na plasty', 'p']],
  'C28.99': [['automatizace', 'f']],
  C29: [['autodíly', 'p'], ['autokomponenty', 'p']],
  'C29.10': [['automobilka', 'f']],
  'C29.20': [['karosárna', 'f'], ['nástavby', 'p']],
  'C29.31': [['autoelektronika', 'f'], ['kabelové svazky', 'p']],
  C30: [['vagónka', 'f'], ['kolejová vozidla', 'pn']],
  C31: [['nábytek', 'm'], ['truhlárna', 'f']],
  'C32.13': [['bižuterie', 'f']],
  'C32.20': [['hudební nástroje', 'p']],
  'C32.40': [['hračky', 'p']],
  'C32.50': [['zdravotnická technika', 'f']],
  C33: [['servis strojů', 'm'], ['montáže', 'p']],
  H49: [['autodoprava', 'f'], ['doprava', 'f'], ['logistika', 'f']],
  'H52.10': [['logistika', 'f'], ['skladování', 'n']],
  'H52.29': [['spedice', 'f']],
  J62: [['software', 'm'], ['informační systémy', 'p'], ['IT služby', 'p']],
  J63: [['datové centrum', 'n']],
  M71: [['projekce', 'f'], ['inženýring', 'm']],
  'M71.20': [['zkušebna', 'f'], ['laboratoř', 'f']],
  M72: [['výzkum a vývoj', 'm']],
};

const surnamesDe = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Richter',
  'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause',
  'Lehmann', 'Köhler', 'Walter', 'Günther', 'Seidel', 'Böhme', 'Uhlig', 'Ullrich', 'Hähnel', 'Lorenz', 'Franke',
  'Kühn', 'Fuchs', 'Vogel', 'Winkler', 'Langer', 'Wenzel', 'Heinrich', 'Glöckner', 'Tränkner', 'Escher', 'Haase',
  'Pöschel', 'Lindner', 'Kretzschmar', 'Reichel', 'Göpfert', 'Schubert', 'Fritzsche', 'Ebert', 'Löser', 'Stöckel',
];

const surnamesCs = [
  'Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný',
  'Marek', 'Pospíšil', 'Hájek', 'Jelínek', 'Král', 'Růžička', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman',
  'Kolář', 'Navrátil', 'Čermák', 'Urban', 'Vaněk', 'Blažek', 'Kříž', 'Kovář', 'Bartoš', 'Vlček', 'Polák', 'Musil',
  'Šimek', 'Konečný', 'Malý', 'Holub', 'Štěpánek', 'Kadlec',
];

const brandStems: Record<string, string[]> = {
  C22: ['PLAST', 'POLY'], C25: ['KOVO', 'MET'], C24: ['KOVO', 'MET'], C28: ['STROJ', 'MECH'], C26: ['ELEKTRO', 'TRONIC'],
  C27: ['ELEKTRO', 'VOLT'], C29: ['AUTO', 'MOTO'], C23: ['SKLO', 'KERA'], C13: ['TEX', 'TEXTIL'], C16: ['DŘEVO', 'WOOD'],
  C31: ['NÁBYTEK', 'INTERIÉR'], H49: ['TRANS', 'LOGI'], H52: ['LOGI', 'CARGO'], J62: ['SOFT', 'DATA'], M71: ['PROJEKT', 'INŽ'],
};
const brandEndings = ['TECH', 'MONT', 'PRO', 'SERVIS', 'FORM', 'EX', 'CZ', 'INVEST'];
const consonants = 'BCDFGHKLMNPRSTVWZ';

const germanEnding: Record<Gender, string> = { m: 'er', f: 'e', n: 'es', p: 'e', pn: 'e' };
const czechEnding: Record<Gender, string> = { m: 'ý', f: 'á', n: 'é', p: 'é', pn: 'á' };

function lookup<T>(table: Record<string, T>, sectorId: string): T {
  for (let key = sectorId; key.length > 0; key = key.slice(0, -1)) {
    const hit = table[key];
    if (hit) return hit;
  }
  throw new Error(`names: no trade words for sector ${sectorId}`);
}

/** "Stollberg/Erzgeb." -> "Stollberg", the way a town appears in a company name. */
const shortTown = (town: string) => town.split('/')[0]!;
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function germanAdjective(stem: string, gender: Gender): string {
  return stem.endsWith('isch') ? stem + germanEnding[gender] : stem;
}

function legalFormDe(random: Random, size: Size, partners: boolean): string {
  if (partners) return random.chance(0.7) ? 'GmbH & Co. KG' : 'KG';
  if (size === 'micro') return random.pick(['GmbH', 'GmbH', 'GmbH', 'e.K.', 'UG (haftungsbeschränkt)']);
  if (size === 'large') return random.pick(['GmbH', 'GmbH & Co. KG', 'AG']);
  return random.chance(0.8) ? 'GmbH' : 'GmbH & Co. KG';
}

function legalFormCs(random: Random, size: Size): string {
  if (size === 'large') return random.chance(0.6) ? 'a.s.' : 's.r.o.';
  if (size === 'medium' && random.chance(0.15)) return 'a.s.';
  return random.chance(0.93) ? 's.r.o.' : 'spol. s r.o.';
}

function germanName(random: Random, sectorId: string, district: DistrictEntry, town: string, size: Size): string {
  const [noun, gender] = random.pick(lookup(nounsDe, sectorId));
  const roll = random.next();
  if (roll < 0.35) return `${random.pick(surnamesDe)} ${noun} ${legalFormDe(random, size, false)}`;
  if (roll < 0.6) return `${germanAdjective(random.pick(district.nameStems), gender)} ${noun} ${legalFormDe(random, size, false)}`;
  if (roll < 0.75) return `${noun} ${shortTown(town)} ${legalFormDe(random, size, false)}`;
  if (roll < 0.85) return `${random.pick(surnamesDe)} & ${random.pick(surnamesDe)} ${noun} ${legalFormDe(random, size, true)}`;
  const letters = Array.from({ length: random.between(2, 3) }, () => random.pick([...consonants])).join('');
  return `${letters} ${noun} ${legalFormDe(random, size, false)}`;
}

function czechName(random: Random, sectorId: string, district: DistrictEntry, town: string, size: Size): string {
  const [noun, gender] = random.pick(lookup(nounsCs, sectorId));
  const roll = random.next();
  if (roll < 0.35) return `${random.pick(district.nameStems)}${czechEnding[gender]} ${noun} ${legalFormCs(random, size)}`;
  if (roll < 0.6) return `${capitalise(noun)} ${random.pick(surnamesCs)} ${legalFormCs(random, size)}`;
  if (roll < 0.8) return `${capitalise(noun)} ${shortTown(town)} ${legalFormCs(random, size)}`;
  const stems = brandStems[sectorId.slice(0, 3)] ?? ['KOVO', 'TECH'];
  return `${random.pick(stems)}${random.pick(brandEndings)} ${shortTown(town)} ${legalFormCs(random, size)}`;
}

export function firmName(random: Random, sectorId: string, district: DistrictEntry, town: string, size: Size): string {
  return district.country === 'CZ'
    ? czechName(random, sectorId, district, town, size)
    : germanName(random, sectorId, district, town, size);
}

/** A website under the reserved .example domain, so no generated address can point at a real firm. */
export function websiteOf(name: string): string {
  const slug = name
    .replace(/\b(GmbH & Co\. KG|GmbH|AG|KG|e\.K\.|UG \(haftungsbeschränkt\)|s\.r\.o\.|spol\. s r\.o\.|a\.s\.)$/u, '')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `https://www.${slug}.example`;
}
