// The Interreg Saxony–Czech programme area as NUTS 2021 regions. Region levels are country (NUTS 0),
// region (NUTS 2) and district (NUTS 3); the NUTS 1 level (DED Sachsen, CZ0 Česko) is left out on
// purpose, so every district is two PART_OF hops below its country. In Czechia the NUTS 3 unit is the
// kraj; CZ05 Severovýchod holds only Liberecký kraj in the programme area.
// Coordinates are approximate centroids (regions) and town centres (towns); populations are rounded.
// Strengths are the sectors each district is known for (multipliers on how often generated firms
// belong to them); name stems feed the generated firm names. Names follow docs/glossary.md: Saxon
// districts are Landkreis / zemský okres, Czech ones kraj, named in German as Interreg Sachsen–Tschechien does.
import type { DistrictEntry, RegionEntry } from './types';

export const countries: RegionEntry[] = [
  { id: 'DE', level: 'country', country: 'DE', name: { de: 'Deutschland', cs: 'Německo', en: 'Germany' }, lat: 51.16, lon: 10.45 },
  { id: 'CZ', level: 'country', country: 'CZ', name: { de: 'Tschechien', cs: 'Česko', en: 'Czechia' }, lat: 49.82, lon: 15.47 },
];

export const nuts2Regions: RegionEntry[] = [
  { id: 'DED2', level: 'region', country: 'DE', parent: 'DE', name: { de: 'Region Dresden', cs: 'Region Drážďany', en: 'Dresden region' }, lat: 51.15, lon: 14.1 },
  { id: 'DED4', level: 'region', country: 'DE', parent: 'DE', name: { de: 'Region Chemnitz', cs: 'Region Saská Kamenice', en: 'Chemnitz region' }, lat: 50.7, lon: 12.7 },
  { id: 'CZ04', level: 'region', country: 'CZ', parent: 'CZ', name: { de: 'Nordwest (Severozápad)', cs: 'Severozápad', en: 'Northwest (Severozápad)' }, lat: 50.4, lon: 13.4 },
  { id: 'CZ05', level: 'region', country: 'CZ', parent: 'CZ', name: { de: 'Nordost (Severovýchod)', cs: 'Severovýchod', en: 'Northeast (Severovýchod)' }, lat: 50.45, lon: 15.55 },
];

export const districts: DistrictEntry[] = [
  {
    id: 'DED21', level: 'district', country: 'DE', parent: 'DED2', weight: 0.17, lat: 51.06, lon: 13.76,
    name: { de: 'Dresden, Stadt', cs: 'Drážďany (městský okres)', en: 'Dresden (city)' },
    towns: [{ name: 'Dresden', cs: 'Drážďany', lat: 51.0504, lon: 13.7373, population: 563 }],
    strengths: { 'C26.11': 4, 'C26.12': 2, 'C26.51': 2, 'C26.70': 2, J62: 3, J63: 2, M71: 2, M72: 3, C27: 1.5, 'C32.50': 2 },
    nameStems: ['Dresdner', 'Elbtal', 'Sächsisch', 'Elbflorenz'],
  },
  {
    id: 'DED2C', level: 'district', country: 'DE', parent: 'DED2', weight: 0.1, lat: 51.27, lon: 14.2,
    name: { de: 'Landkreis Bautzen', cs: 'Zemský okres Budyšín', en: 'Bautzen district' },
    towns: [
      { name: 'Bautzen', cs: 'Budyšín', lat: 51.1814, lon: 14.4241, population: 38 },
      { name: 'Hoyerswerda', lat: 51.4333, lon: 14.25, population: 31 },
      { name: 'Kamenz', lat: 51.2667, lon: 14.1, population: 14 },
      { name: 'Radeberg', lat: 51.1167, lon: 13.9167, population: 18 },
      { name: 'Bischofswerda', lat: 51.1167, lon: 14.1833, population: 11 },
    ],
    strengths: { 'C30.20': 5, C22: 1.5, C16: 1.5, C28: 1.3, C25: 1.2, 'C11.05': 2 },
    nameStems: ['Oberlausitzer', 'Lausitzer', 'Bautzener', 'Sächsisch'],
  },
  {
    id: 'DED2D', level: 'district', country: 'DE', parent: 'DED2', weight: 0.08, lat: 51.18, lon: 14.78,
    name: { de: 'Landkreis Görlitz', cs: 'Zemský okres Zhořelec', en: 'Görlitz district' },
    towns: [
      { name: 'Görlitz', cs: 'Zhořelec', lat: 51.1528, lon: 14.9872, population: 56 },
      { name: 'Zittau', cs: 'Žitava', lat: 50.8961, lon: 14.8072, population: 25 },
      { name: 'Löbau', lat: 51.0958, lon: 14.6681, population: 14 },
      { name: 'Weißwasser/O.L.', lat: 51.5, lon: 14.6333, population: 16 },
      { name: 'Niesky', lat: 51.2922, lon: 14.8233, population: 9 },
      { name: 'Ebersbach-Neugersdorf', lat: 51.0, lon: 14.6, population: 12 },
    ],
    strengths: { 'C30.20': 5, C13: 2, C16: 2, C31: 2, C28: 1.3, 'C23.13': 2 },
    nameStems: ['Oberlausitzer', 'Neiße', 'Görlitzer', 'Zittauer'],
  },
  {
    id: 'DED2E', level: 'district', country: 'DE', parent: 'DED2', weight: 0.08, lat: 51.24, lon: 13.45,
    name: { de: 'Landkreis Meißen', cs: 'Zemský okres Míšeň', en: 'Meissen district' },
    towns: [
      { name: 'Meißen', cs: 'Míšeň', lat: 51.1636, lon: 13.4775, population: 28 },
      { name: 'Riesa', lat: 51.3081, lon: 13.2939, population: 30 },
      { name: 'Radebeul', lat: 51.1066, lon: 13.6606, population: 34 },
      { name: 'Coswig', lat: 51.1333, lon: 13.5833, population: 21 },
      { name: 'Großenhain', lat: 51.2908, lon: 13.5242, population: 18 },
    ],
    strengths: { 'C23.41': 5, 'C24.10': 4, C20: 2, C10: 1.5 },
    nameStems: ['Meißner', 'Elbland', 'Riesaer', 'Sächsisch'],
  },
  {
    id: 'DED2F', level: 'district', country: 'DE', parent: 'DED2', weight: 0.07, lat: 50.88, lon: 13.88,
    name: { de: 'Landkreis Sächsische Schweiz-Osterzgebirge', cs: 'Zemský okres Saské Švýcarsko-Východní Krušné hory', en: 'Saxon Switzerland-Eastern Ore Mountains district' },
    towns: [
      { name: 'Pirna', lat: 50.9622, lon: 13.9403, population: 39 },
      { name: 'Freital', lat: 51.0017, lon: 13.6486, population: 40 },
      { name: 'Dippoldiswalde', lat: 50.8939, lon: 13.6733, population: 14 },
      { name: 'Heidenau', lat: 50.9833, lon: 13.8667, population: 16 },
      { name: 'Sebnitz', lat: 50.9667, lon: 14.2833, population: 9 },
      { name: 'Glashütte', lat: 50.8522, lon: 13.7797, population: 7 },
      { name: 'Altenberg', lat: 50.7644, lon: 13.7578, population: 8 },
    ],
    strengths: { 'C26.52': 8, 'C24.10': 3, C16: 1.5, C28: 1.2 },
    nameStems: ['Osterzgebirgisch', 'Elbsandstein', 'Pirnaer', 'Sächsisch'],
  },
  {
    id: 'DED41', level: 'district', country: 'DE', parent: 'DED4', weight: 0.09, lat: 50.83, lon: 12.92,
    name: { de: 'Chemnitz, Stadt', cs: 'Saská Kamenice (městský okres)', en: 'Chemnitz (city)' },
    towns: [{ name: 'Chemnitz', cs: 'Saská Kamenice', lat: 50.8333, lon: 12.9167, population: 248 }],
    strengths: { 'C28.41': 4, 'C28.99': 2, C28: 2, C27: 1.5, J62: 2, M71: 2, M72: 2, 'C29.32': 1.5, 'C26.51': 1.5 },
    nameStems: ['Chemnitzer', 'Westsächsisch', 'Sächsisch'],
  },
  {
    id: 'DED42', level: 'district', country: 'DE', parent: 'DED4', weight: 0.12, lat: 50.6, lon: 12.93,
    name: { de: 'Erzgebirgskreis', cs: 'Zemský okres Krušné hory', en: 'Erzgebirgskreis (Ore Mountains district)' },
    towns: [
      { name: 'Annaberg-Buchholz', lat: 50.5797, lon: 13.0036, population: 20 },
      { name: 'Aue-Bad Schlema', lat: 50.5861, lon: 12.7, population: 20 },
      { name: 'Stollberg/Erzgeb.', lat: 50.7083, lon: 12.7783, population: 11 },
      { name: 'Marienberg', lat: 50.65, lon: 13.1667, population: 16 },
      { name: 'Schwarzenberg/Erzgeb.', lat: 50.5453, lon: 12.7792, population: 16 },
      { name: 'Olbernhau', lat: 50.6667, lon: 13.3333, population: 10 },
      { name: 'Zschopau', lat: 50.75, lon: 13.0667, population: 9 },
    ],
    strengths: { 'C25.62': 2.5, 'C25.50': 2, 'C25.61': 2, 'C22.29': 2.5, 'C16.29': 5, 'C32.40': 4, 'C29.32': 1.5, C13: 1.5 },
    nameStems: ['Erzgebirgisch', 'Obererzgebirgisch', 'Annaberger', 'Silberland'],
  },
  {
    id: 'DED43', level: 'district', country: 'DE', parent: 'DED4', weight: 0.1, lat: 50.98, lon: 13.17,
    name: { de: 'Landkreis Mittelsachsen', cs: 'Zemský okres Střední Sasko', en: 'Central Saxony district' },
    towns: [
      { name: 'Freiberg', lat: 50.9119, lon: 13.3428, population: 40 },
      { name: 'Döbeln', lat: 51.1219, lon: 13.1125, population: 24 },
      { name: 'Mittweida', lat: 50.9856, lon: 12.9811, population: 14 },
      { name: 'Flöha', lat: 50.8561, lon: 13.0744, population: 11 },
      { name: 'Frankenberg/Sa.', lat: 50.9108, lon: 13.0378, population: 14 },
      { name: 'Burgstädt', lat: 50.9167, lon: 12.8167, population: 11 },
      { name: 'Hainichen', lat: 50.9697, lon: 13.1253, population: 8 },
    ],
    strengths: { 'C26.11': 2, 'C20.13': 4, 'C24.4': 3, C28: 1.5, C25: 1.3, C10: 1.5 },
    nameStems: ['Mittelsächsisch', 'Freiberger', 'Muldental', 'Sächsisch'],
  },
  {
    id: 'DED44', level: 'district', country: 'DE', parent: 'DED4', weight: 0.08, lat: 50.45, lon: 12.25,
    name: { de: 'Vogtlandkreis', cs: 'Zemský okres Fojtsko', en: 'Vogtlandkreis (Vogtland district)' },
    towns: [
      { name: 'Plauen', lat: 50.495, lon: 12.1383, population: 64 },
      { name: 'Reichenbach im Vogtland', lat: 50.6214, lon: 12.3036, population: 20 },
      { name: 'Auerbach/Vogtl.', lat: 50.5094, lon: 12.4, population: 18 },
      { name: 'Oelsnitz/Vogtl.', lat: 50.4167, lon: 12.1667, population: 10 },
      { name: 'Markneukirchen', lat: 50.3167, lon: 12.3333, population: 8 },
      { name: 'Klingenthal', lat: 50.3569, lon: 12.4686, population: 8 },
      { name: 'Falkenstein/Vogtl.', lat: 50.4778, lon: 12.3647, population: 8 },
    ],
    strengths: { C13: 4, 'C32.20': 8, 'C28.94': 3, 'C29.32': 1.5, C25: 1.3, C22: 1.3 },
    nameStems: ['Vogtländisch', 'Plauener', 'Vogtland', 'Elstertal'],
  },
  {
    id: 'DED45', level: 'district', country: 'DE', parent: 'DED4', weight: 0.11, lat: 50.76, lon: 12.55,
    name: { de: 'Landkreis Zwickau', cs: 'Zemský okres Zwickau', en: 'Zwickau district' },
    towns: [
      { name: 'Zwickau', lat: 50.7189, lon: 12.4961, population: 88 },
      { name: 'Crimmitschau', lat: 50.8167, lon: 12.3833, population: 18 },
      { name: 'Glauchau', lat: 50.8167, lon: 12.5333, population: 22 },
      { name: 'Werdau', lat: 50.7333, lon: 12.3833, population: 21 },
      { name: 'Limbach-Oberfrohna', lat: 50.8589, lon: 12.7611, population: 24 },
      { name: 'Meerane', lat: 50.85, lon: 12.4667, population: 14 },
      { name: 'Hohenstein-Ernstthal', lat: 50.8022, lon: 12.7083, population: 14 },
      { name: 'Lichtenstein/Sa.', lat: 50.7564, lon: 12.6317, population: 11 },
    ],
    strengths: { 'C29.10': 6, 'C29.32': 4, 'C29.31': 3, 'C25.50': 2, 'C22.29': 1.5, C13: 1.5, 'H49.41': 1.5 },
    nameStems: ['Zwickauer', 'Westsächsisch', 'Muldental', 'Sachsenring'],
  },
  {
    id: 'CZ041', level: 'district', country: 'CZ', parent: 'CZ04', weight: 0.2, lat: 50.15, lon: 12.72,
    name: { de: 'Region Karlovy Vary (Karlovarský kraj)', cs: 'Karlovarský kraj', en: 'Karlovy Vary Region' },
    towns: [
      { name: 'Karlovy Vary', lat: 50.2306, lon: 12.8711, population: 48 },
      { name: 'Cheb', lat: 50.0796, lon: 12.3739, population: 32 },
      { name: 'Sokolov', lat: 50.1814, lon: 12.6402, population: 22 },
      { name: 'Mariánské Lázně', lat: 49.9646, lon: 12.7012, population: 13 },
      { name: 'Ostrov', lat: 50.3059, lon: 12.9392, population: 16 },
      { name: 'Aš', lat: 50.2239, lon: 12.195, population: 13 },
      { name: 'Chodov', lat: 50.2397, lon: 12.7469, population: 13 },
      { name: 'Kraslice', lat: 50.3237, lon: 12.5175, population: 6 },
      { name: 'Nejdek', lat: 50.3224, lon: 12.7294, population: 7 },
    ],
    strengths: { 'C23.41': 5, 'C23.13': 4, 'C11.07': 5, 'C32.20': 4, 'C29.32': 1.5, 'C22.29': 1.3, 'B08.12': 4 },
    nameStems: ['Karlovarsk', 'Chebsk', 'Sokolovsk', 'Krušnohorsk', 'Západočesk'],
  },
  {
    id: 'CZ042', level: 'district', country: 'CZ', parent: 'CZ04', weight: 0.5, lat: 50.53, lon: 13.9,
    name: { de: 'Region Ústí nad Labem (Ústecký kraj)', cs: 'Ústecký kraj', en: 'Ústí nad Labem Region' },
    towns: [
      { name: 'Ústí nad Labem', lat: 50.6607, lon: 14.0323, population: 92 },
      { name: 'Děčín', lat: 50.7821, lon: 14.2148, population: 48 },
      { name: 'Teplice', lat: 50.6404, lon: 13.8245, population: 50 },
      { name: 'Most', lat: 50.503, lon: 13.6362, population: 64 },
      { name: 'Chomutov', lat: 50.4605, lon: 13.4178, population: 48 },
      { name: 'Litoměřice', lat: 50.5335, lon: 14.1318, population: 23 },
      { name: 'Louny', lat: 50.357, lon: 13.7967, population: 18 },
      { name: 'Žatec', lat: 50.3272, lon: 13.5458, population: 19 },
      { name: 'Kadaň', lat: 50.376, lon: 13.2714, population: 17 },
      { name: 'Litvínov', lat: 50.6005, lon: 13.6112, population: 24 },
      { name: 'Roudnice nad Labem', lat: 50.4253, lon: 14.2618, population: 13 },
      { name: 'Rumburk', lat: 50.9516, lon: 14.557, population: 11 },
      { name: 'Varnsdorf', lat: 50.9116, lon: 14.6184, population: 15 },
      { name: 'Bílina', lat: 50.5485, lon: 13.7754, population: 15 },
    ],
    strengths: {
      'C20.16': 5, 'C20.13': 2, 'C23.11': 4, 'C23.13': 2, 'C29.32': 2, C22: 1.5, 'H49.41': 2, 'H52.10': 2,
      C28: 1.3, 'C11.05': 2, 'C11.06': 3, C10: 1.5,
    },
    nameStems: ['Severočesk', 'Ústeck', 'Děčínsk', 'Teplick', 'Mosteck', 'Chomutovsk', 'Žateck', 'Labsk', 'Podkrušnohorsk'],
  },
  {
    id: 'CZ051', level: 'district', country: 'CZ', parent: 'CZ05', weight: 0.3, lat: 50.73, lon: 14.95,
    name: { de: 'Region Liberec (Liberecký kraj)', cs: 'Liberecký kraj', en: 'Liberec Region' },
    towns: [
      { name: 'Liberec', lat: 50.7671, lon: 15.0562, population: 104 },
      { name: 'Jablonec nad Nisou', lat: 50.7243, lon: 15.1711, population: 45 },
      { name: 'Česká Lípa', lat: 50.6856, lon: 14.5377, population: 37 },
      { name: 'Turnov', lat: 50.5874, lon: 15.1569, population: 14 },
      { name: 'Nový Bor', lat: 50.7576, lon: 14.5556, population: 12 },
      { name: 'Semily', lat: 50.602, lon: 15.3355, population: 8 },
      { name: 'Frýdlant', lat: 50.9214, lon: 15.0798, population: 7 },
      { name: 'Tanvald', lat: 50.7374, lon: 15.306, population: 6 },
      { name: 'Jilemnice', lat: 50.6089, lon: 15.5066, population: 5 },
    ],
    strengths: { 'C29.31': 3, 'C29.32': 3, C13: 4, 'C23.19': 5, 'C32.13': 8, 'C23.13': 3, 'C22.29': 1.5, 'C28.94': 2 },
    nameStems: ['Libereck', 'Jabloneck', 'Jizersk', 'Českolipsk', 'Lužick', 'Severočesk'],
  },
];

export const regions: RegionEntry[] = [...countries, ...nuts2Regions, ...districts];
