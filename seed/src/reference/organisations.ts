// Chambers, agencies, clusters, networks and associations. All are real organisations except the
// three marked FICTIONAL, which stand for the kind of regional network the project works with.
// Websites are given only where we are sure of them. `members` says which generated firms may join
// (sector prefixes, districts) and how likely an eligible firm is a member.
import type { OrganisationEntry } from './types';

const saxonyDresden = ['DED21', 'DED2C', 'DED2D', 'DED2E', 'DED2F'];
const saxonyChemnitz = ['DED41', 'DED42', 'DED43', 'DED44', 'DED45'];
const saxony = [...saxonyDresden, ...saxonyChemnitz];
const czech = ['CZ041', 'CZ042', 'CZ051'];
const automotive = ['C29', 'C22.29', 'C25.50', 'C25.61', 'C25.62', 'C27.32', 'C24.53', 'C13.92'];

export const organisations: OrganisationEntry[] = [
  {
    id: 'O-WFS', type: 'agency', town: 'Dresden', district: 'DED21', lat: 51.0436, lon: 13.7813, website: 'https://standort-sachsen.de', sector: 'O84.13',
    name: { de: 'Wirtschaftsförderung Sachsen GmbH (WFS)', cs: 'Saská agentura pro podporu podnikání (WFS)', en: 'Saxony Economic Development Corporation (WFS)' },
    description: {
      de: 'Wirtschaftsförderungsgesellschaft des Freistaates Sachsen: Standortmarketing, Investorenservice, Zulieferer- und Kooperationsbörsen.',
      cs: 'Hospodářská rozvojová společnost Svobodného státu Sasko: marketing lokality, služby investorům, burzy dodavatelů a kooperací.',
      en: 'Economic development agency of the Free State of Saxony: location marketing, investor services, supplier and cooperation fairs.',
    },
  },
  {
    id: 'O-DTIHK', type: 'chamber', town: 'Praha', lat: 50.0807, lon: 14.4272, website: 'https://tschechien.ahk.de', sector: 'S94.11',
    name: { de: 'Deutsch-Tschechische Industrie- und Handelskammer (AHK Tschechien)', cs: 'Česko-německá obchodní a průmyslová komora (ČNOPK)', en: 'German-Czech Chamber of Industry and Commerce (AHK Czech Republic)' },
    description: {
      de: 'Auslandshandelskammer mit Sitz in Prag; AHK Services unterstützen deutsche und tschechische Unternehmen beim Markteintritt und bei der Partnersuche.',
      cs: 'Bilaterální obchodní komora se sídlem v Praze; podporuje české a německé firmy při vstupu na trh a hledání partnerů.',
      en: 'Bilateral chamber of commerce based in Prague; its AHK Services help German and Czech firms enter the market and find partners.',
    },
    members: { sectors: [], districts: [], share: 0.04 },
  },
  {
    id: 'O-IHK-DD', type: 'chamber', town: 'Dresden', district: 'DED21', lat: 51.0566, lon: 13.7986, website: 'https://www.ihk.de/dresden', sector: 'S94.11',
    name: { de: 'Industrie- und Handelskammer Dresden', cs: 'Průmyslová a obchodní komora Drážďany', en: 'Dresden Chamber of Industry and Commerce' },
    description: {
      de: 'Kammer der gewerblichen Wirtschaft im Kammerbezirk Dresden mit Geschäftsstellen in Bautzen, Görlitz, Meißen, Pirna und Riesa.',
      cs: 'Hospodářská komora obvodu Drážďany s pobočkami v Budyšíně, Zhořelci, Míšni, Pirně a Riese.',
      en: 'Chamber of commerce for the Dresden district with offices in Bautzen, Görlitz, Meissen, Pirna and Riesa.',
    },
    members: { sectors: [], districts: saxonyDresden, share: 0.3 },
  },
  {
    id: 'O-IHK-C', type: 'chamber', town: 'Chemnitz', district: 'DED41', lat: 50.8376, lon: 12.9235, website: 'https://www.ihk.de/chemnitz', sector: 'S94.11',
    name: { de: 'Industrie- und Handelskammer Chemnitz', cs: 'Průmyslová a obchodní komora Saská Kamenice', en: 'Chemnitz Chamber of Industry and Commerce' },
    description: {
      de: 'Kammer der gewerblichen Wirtschaft für Chemnitz, Erzgebirge, Mittelsachsen, Vogtland und Zwickau.',
      cs: 'Hospodářská komora pro Saskou Kamenici, Krušnohoří, Střední Sasko, Fojtsko a Zwickau.',
      en: 'Chamber of commerce for Chemnitz, the Ore Mountains, Central Saxony, Vogtland and Zwickau.',
    },
    members: { sectors: [], districts: saxonyChemnitz, share: 0.3 },
  },
  {
    id: 'O-KHK-KV', type: 'chamber', town: 'Karlovy Vary', district: 'CZ041', lat: 50.2303, lon: 12.8697, sector: 'S94.11',
    name: { de: 'Regionale Wirtschaftskammer der Region Karlovy Vary', cs: 'Krajská hospodářská komora Karlovarského kraje', en: 'Regional Chamber of Commerce of the Karlovy Vary Region' },
    description: {
      de: 'Regionalkammer der Wirtschaftskammer der Tschechischen Republik; Partner in grenzüberschreitenden Projekten mit Sachsen und Bayern.',
      cs: 'Regionální komora Hospodářské komory České republiky; partner přeshraničních projektů se Saskem a Bavorskem.',
      en: 'Regional chamber of the Economic Chamber of the Czech Republic; partner in cross-border projects with Saxony and Bavaria.',
    },
    members: { sectors: [], districts: ['CZ041'], share: 0.3 },
  },
  {
    id: 'O-KHK-UL', type: 'chamber', town: 'Ústí nad Labem', district: 'CZ042', lat: 50.6611, lon: 14.0406, sector: 'S94.11',
    name: { de: 'Regionale Wirtschaftskammer der Region Ústí nad Labem', cs: 'Krajská hospodářská komora Ústeckého kraje', en: 'Regional Chamber of Commerce of the Ústí nad Labem Region' },
    description: {
      de: 'Regionalkammer der Wirtschaftskammer der Tschechischen Republik für die Region Ústí nad Labem.',
      cs: 'Regionální komora Hospodářské komory České republiky pro Ústecký kraj.',
      en: 'Regional chamber of the Economic Chamber of the Czech Republic for the Ústí nad Labem Region.',
    },
    members: { sectors: [], districts: ['CZ042'], share: 0.3 },
  },
  {
    id: 'O-KHK-LB', type: 'chamber', town: 'Liberec', district: 'CZ051', lat: 50.7663, lon: 15.0543, sector: 'S94.11',
    name: { de: 'Regionale Wirtschaftskammer der Region Liberec', cs: 'Krajská hospodářská komora Libereckého kraje', en: 'Regional Chamber of Commerce of the Liberec Region' },
    description: {
      de: 'Regionalkammer der Wirtschaftskammer der Tschechischen Republik für die Region Liberec.',
      cs: 'Regionální komora Hospodářské komory České republiky pro Liberecký kraj.',
      en: 'Regional chamber of the Economic Chamber of the Czech Republic for the Liberec Region.',
    },
    members: { sectors: [], districts: ['CZ051'], share: 0.3 },
  },
  {
    id: 'O-MAS-CS', type: 'association', town: 'Varnsdorf', district: 'CZ042', lat: 50.9116, lon: 14.6184, sector: 'S94.11',
    name: { de: 'Lokale Aktionsgruppe MAS Český sever', cs: 'MAS Český sever', en: 'Local action group MAS Český sever' },
    description: {
      de: 'Lokale Aktionsgruppe (LEADER) im Schluckenauer Zipfel: Regionalentwicklung, Förderung kleiner Unternehmen, grenzüberschreitende Projekte mit Sachsen.',
      cs: 'Místní akční skupina (LEADER) na Šluknovsku: rozvoj regionu, podpora malých podniků, přeshraniční projekty se Saskem.',
      en: 'LEADER local action group in the Šluknov hook: regional development, support for small businesses, cross-border projects with Saxony.',
    },
    members: { sectors: [], districts: ['CZ042'], share: 0.03 },
  },
  {
    id: 'O-ICUK', type: 'agency', town: 'Ústí nad Labem', district: 'CZ042', lat: 50.6619, lon: 14.0439, website: 'https://www.icuk.cz', sector: 'O84.13',
    name: { de: 'Innovationszentrum der Region Ústí nad Labem (ICUK)', cs: 'Inovační centrum Ústeckého kraje (ICUK)', en: 'Innovation Centre of the Ústí nad Labem Region (ICUK)' },
    description: {
      de: 'Regionale Innovationsagentur: Technologietransfer, Innovationsgutscheine, Begleitung von Start-ups.',
      cs: 'Regionální inovační agentura: transfer technologií, inovační vouchery, podpora start-upů.',
      en: 'Regional innovation agency: technology transfer, innovation vouchers, start-up support.',
    },
  },
  {
    id: 'O-AMZ', type: 'cluster', town: 'Dresden', district: 'DED21', lat: 51.0493, lon: 13.7281, website: 'https://www.amz-sachsen.de', sector: 'S94.11',
    name: { de: 'Netzwerk Automobilzulieferer Sachsen (AMZ)', cs: 'Síť automobilových dodavatelů Saska (AMZ)', en: 'Automotive Suppliers Network Saxony (AMZ)' },
    description: {
      de: 'Branchennetzwerk der sächsischen Automobilzulieferer: Kooperationsprojekte, Marktzugang, Transformation zur Elektromobilität.',
      cs: 'Oborová síť saských automobilových dodavatelů: kooperační projekty, přístup na trh, přechod k elektromobilitě.',
      en: 'Network of Saxon automotive suppliers: cooperation projects, market access, transition to electric mobility.',
    },
    members: { sectors: automotive, districts: saxony, share: 0.25 },
  },
  {
    id: 'O-SILICON-SAXONY', type: 'cluster', town: 'Dresden', district: 'DED21', lat: 51.1147, lon: 13.717, website: 'https://silicon-saxony.de', sector: 'S94.11',
    name: { de: 'Silicon Saxony e. V.', cs: 'Silicon Saxony e. V.', en: 'Silicon Saxony' },
    description: {
      de: 'Eines der größten Mikroelektronik- und IT-Netzwerke Europas: Halbleiter, Elektronik, Software und Smart Systems.',
      cs: 'Jedna z největších evropských sítí mikroelektroniky a IT: polovodiče, elektronika, software a chytré systémy.',
      en: "One of Europe's largest microelectronics and IT networks: semiconductors, electronics, software and smart systems.",
    },
    members: { sectors: ['C26', 'J62', 'J63', 'C20.13'], districts: saxony, share: 0.25 },
  },
  {
    id: 'O-ENERGY-SAXONY', type: 'cluster', town: 'Dresden', district: 'DED21', lat: 51.0478, lon: 13.7472, website: 'https://www.energy-saxony.net', sector: 'S94.11',
    name: { de: 'Energy Saxony e. V.', cs: 'Energy Saxony e. V.', en: 'Energy Saxony' },
    description: {
      de: 'Energietechnik-Cluster in Sachsen: Batterie, Wasserstoff, Netze und Energieeffizienz.',
      cs: 'Energetický klastr v Sasku: baterie, vodík, sítě a energetická účinnost.',
      en: 'Energy technology cluster in Saxony: batteries, hydrogen, grids and energy efficiency.',
    },
    members: { sectors: ['C27', 'C26.11', 'C23.44'], districts: saxony, share: 0.2 },
  },
  {
    id: 'O-VEMAS', type: 'network', town: 'Chemnitz', district: 'DED41', lat: 50.8138, lon: 12.9297, website: 'https://www.vemas-sachsen.de', sector: 'S94.11',
    name: { de: 'Verbundinitiative Maschinenbau Sachsen (VEMAS)', cs: 'Iniciativa saského strojírenství (VEMAS)', en: 'Saxon Mechanical Engineering Initiative (VEMAS)' },
    description: {
      de: 'Netzwerk des sächsischen Maschinen- und Anlagenbaus an der TU Chemnitz: Kooperationen, Fachkräfte, Markterschließung.',
      cs: 'Síť saského strojírenství při Technické univerzitě v Saské Kamenici: spolupráce, odborníci, otevírání trhů.',
      en: 'Network of Saxon machinery and plant engineering at TU Chemnitz: cooperation, skilled workers, market development.',
    },
    members: { sectors: ['C28', 'C33', 'C25.73'], districts: saxony, share: 0.25 },
  },
  {
    id: 'O-VTI', type: 'association', town: 'Chemnitz', district: 'DED41', lat: 50.8031, lon: 12.9415, website: 'https://www.vti-online.de', sector: 'S94.11',
    name: { de: 'Verband der Nord-Ostdeutschen Textil- und Bekleidungsindustrie (vti)', cs: 'Svaz severovýchodoněmeckého textilního a oděvního průmyslu (vti)', en: 'Association of the North-East German Textile and Clothing Industry (vti)' },
    description: {
      de: 'Branchenverband der Textil- und Bekleidungsindustrie in Ostdeutschland mit Sitz in Chemnitz.',
      cs: 'Oborový svaz textilního a oděvního průmyslu ve východním Německu se sídlem v Saské Kamenici.',
      en: 'Trade association of the textile and clothing industry in eastern Germany, based in Chemnitz.',
    },
    members: { sectors: ['C13', 'C28.94'], districts: saxony, share: 0.3 },
  },
  {
    id: 'O-BIOSAXONY', type: 'cluster', town: 'Dresden', district: 'DED21', lat: 51.0587, lon: 13.7844, website: 'https://www.biosaxony.com', sector: 'S94.11',
    name: { de: 'biosaxony e. V.', cs: 'biosaxony e. V.', en: 'biosaxony' },
    description: {
      de: 'Life-Sciences-Cluster in Sachsen: Biotechnologie, Medizintechnik und Gesundheitswirtschaft.',
      cs: 'Klastr věd o živé přírodě v Sasku: biotechnologie, zdravotnická technika a zdravotnictví.',
      en: 'Life sciences cluster in Saxony: biotechnology, medical technology and health industry.',
    },
    members: { sectors: ['C32.50'], districts: saxony, share: 0.3 },
  },
  {
    id: 'O-CLUTEX', type: 'cluster', town: 'Liberec', district: 'CZ051', lat: 50.7671, lon: 15.0562, website: 'https://www.clutex.cz', sector: 'S94.11',
    name: { de: 'CLUTEX – Cluster technische Textilien', cs: 'CLUTEX – klastr technické textilie', en: 'CLUTEX – technical textiles cluster' },
    description: {
      de: 'Cluster der tschechischen Textilindustrie mit Sitz in Liberec: technische Textilien, Forschung und Export.',
      cs: 'Klastr českého textilního průmyslu se sídlem v Liberci: technické textilie, výzkum a export.',
      en: 'Cluster of the Czech textile industry based in Liberec: technical textiles, research and export.',
    },
    members: { sectors: ['C13', 'C28.94'], districts: czech, share: 0.3 },
  },
  {
    // FICTIONAL: stands for the plastics networks of the Ore Mountains.
    id: 'O-KUNSTSTOFF-ERZ', type: 'network', town: 'Annaberg-Buchholz', district: 'DED42', lat: 50.5797, lon: 13.0036, sector: 'S94.11',
    name: { de: 'Kunststoff-Netzwerk Erzgebirge', cs: 'Krušnohorská síť zpracovatelů plastů', en: 'Ore Mountains Plastics Network' },
    description: {
      de: 'Netzwerk der Kunststoffverarbeiter, Formenbauer und Maschinenhersteller im Erzgebirge und in Nordböhmen.',
      cs: 'Síť zpracovatelů plastů, výrobců forem a strojů v Krušnohoří a v severních Čechách.',
      en: 'Network of plastics processors, mould makers and machine builders in the Ore Mountains and northern Bohemia.',
    },
    members: { sectors: ['C22', 'C20.16', 'C28.96', 'C25.73'], districts: ['DED41', 'DED42', 'DED43', 'DED45', 'CZ041', 'CZ042'], share: 0.3 },
  },
  {
    // FICTIONAL: stands for the automotive clusters on the Czech side.
    id: 'O-AUTO-CZ', type: 'cluster', town: 'Chomutov', district: 'CZ042', lat: 50.4605, lon: 13.4178, sector: 'S94.11',
    name: { de: 'Automobilcluster Nordböhmen', cs: 'Severočeský automobilový klastr', en: 'North Bohemian Automotive Cluster' },
    description: {
      de: 'Zusammenschluss der Automobilzulieferer in den Regionen Ústí nad Labem, Liberec und Karlovy Vary.',
      cs: 'Sdružení automobilových dodavatelů v Ústeckém, Libereckém a Karlovarském kraji.',
      en: 'Association of automotive suppliers in the Ústí nad Labem, Liberec and Karlovy Vary regions.',
    },
    members: { sectors: automotive, districts: czech, share: 0.25 },
  },
  {
    // FICTIONAL: stands for the glass and bijouterie tradition around Jablonec and Nový Bor.
    id: 'O-GLASS-CZ', type: 'network', town: 'Jablonec nad Nisou', district: 'CZ051', lat: 50.7243, lon: 15.1711, sector: 'S94.11',
    name: { de: 'Glas- und Schmucknetzwerk Isergebirge', cs: 'Sklářská a bižuterní síť Jizerských hor', en: 'Jizera Mountains Glass and Jewellery Network' },
    description: {
      de: 'Netzwerk der Glashütten, Glasveredler und Bijouteriehersteller in Nordböhmen und der Oberlausitz.',
      cs: 'Síť skláren, zušlechťovatelů skla a výrobců bižuterie v severních Čechách a Horní Lužici.',
      en: 'Network of glassworks, glass finishers and costume jewellery makers in northern Bohemia and Upper Lusatia.',
    },
    members: { sectors: ['C23.1', 'C32.13'], districts: ['CZ041', 'CZ042', 'CZ051', 'DED2D'], share: 0.3 },
  },
];

/** Institute memberships in clusters and networks (illustrative of the kind of ties they hold). */
export const instituteMemberships: [string, string][] = [
  ['I-TUD', 'O-SILICON-SAXONY'],
  ['I-IPMS', 'O-SILICON-SAXONY'],
  ['I-ENAS', 'O-SILICON-SAXONY'],
  ['I-TUC', 'O-VEMAS'],
  ['I-IWU', 'O-VEMAS'],
  ['I-IWU', 'O-AMZ'],
  ['I-WHZ', 'O-AMZ'],
  ['I-HZDR', 'O-ENERGY-SAXONY'],
  ['I-IKTS', 'O-ENERGY-SAXONY'],
  ['I-STFI', 'O-VTI'],
  ['I-TUL', 'O-CLUTEX'],
  ['I-IPF', 'O-KUNSTSTOFF-ERZ'],
  ['I-UJEP', 'O-AUTO-CZ'],
];
