// Events of the project year 2025/2026. The events themselves are FICTIONAL examples of the formats
// the partners run (workshops, cooperation exchanges, information events); organisers are real.
import type { EventEntry } from './types';

export const events: EventEntry[] = [
  {
    id: 'E-2025-03-ERZ-PLASTICS', type: 'workshop', date: '2025-03-19', town: 'Annaberg-Buchholz', district: 'DED42',
    name: { de: 'Workshop: Kunststoff trifft Metall – Lieferketten im Erzgebirge', cs: 'Workshop: plasty a kovy – dodavatelské řetězce v Krušnohoří', en: 'Workshop: plastics meets metal – supply chains in the Ore Mountains' },
    description: {
      de: 'Spritzgießer, Formenbauer und Zerspaner aus dem Erzgebirge und Nordböhmen stellen Kapazitäten vor und suchen Zweitlieferanten.',
      cs: 'Lisovny plastů, výrobci forem a obráběcí firmy z Krušnohoří a severních Čech představují kapacity a hledají druhé dodavatele.',
      en: 'Injection moulders, mould makers and machining shops from the Ore Mountains and northern Bohemia present capacities and look for second sources.',
    },
    organisers: ['O-IHK-C', 'O-KUNSTSTOFF-ERZ'], guests: ['I-TUC', 'I-IPF'], audience: ['C22', 'C25', 'C20.16', 'C28.96'],
  },
  {
    id: 'E-2025-05-AUTO-EXCHANGE', type: 'cooperation-exchange', date: '2025-05-14', town: 'Zwickau', district: 'DED45',
    name: { de: 'Deutsch-tschechische Kooperationsbörse Automotive', cs: 'Česko-německá kooperační burza automotive', en: 'German-Czech automotive cooperation exchange' },
    description: {
      de: 'Vorab vereinbarte Gespräche zwischen Zulieferern beider Länder zu Elektromobilität, Leichtbau und Zweitlieferanten.',
      cs: 'Předem domluvená jednání dodavatelů z obou zemí o elektromobilitě, lehkých konstrukcích a druhých dodavatelích.',
      en: 'Pre-arranged meetings between suppliers from both countries on electric mobility, lightweight design and second sourcing.',
    },
    organisers: ['O-AMZ', 'O-DTIHK', 'I-WHZ'], guests: ['I-IWU', 'I-TUL', 'O-AUTO-CZ'], audience: ['C29', 'C22.29', 'C25', 'C27.32', 'C24.53'],
    programme: { startsAt: '2025-05-14T09:00', endsAt: '2025-05-14T13:00', slotMinutes: 20, tables: 12, capacity: 60, languages: ['de', 'cs'], venue: 'Stadthalle Zwickau', registrationDeadline: '2025-04-30' },
  },
  {
    id: 'E-2025-06-INTERREG-INFO', type: 'information', date: '2025-06-25', town: 'Ústí nad Labem', district: 'CZ042',
    name: { de: 'Infotag: Interreg-Förderung für KMU', cs: 'Informační den: podpora Interreg pro MSP', en: 'Information day: Interreg funding for SMEs' },
    description: {
      de: 'Förderprogramme für grenzüberschreitende Kooperationen kleiner und mittlerer Unternehmen, mit Beispielen aus dem Programmgebiet.',
      cs: 'Dotační programy pro přeshraniční spolupráci malých a středních podniků s příklady z programového území.',
      en: 'Funding for cross-border cooperation of small and medium-sized firms, with examples from the programme area.',
    },
    organisers: ['O-KHK-UL', 'O-WFS'], guests: ['O-ICUK', 'I-UJEP'], audience: [],
  },
  {
    id: 'E-2025-09-MICRO', type: 'workshop', date: '2025-09-17', town: 'Dresden', district: 'DED21',
    name: { de: 'Workshop: Mikroelektronik-Zulieferer zwischen Dresden und Liberec', cs: 'Workshop: dodavatelé mikroelektroniky mezi Drážďany a Libercem', en: 'Workshop: microelectronics suppliers between Dresden and Liberec' },
    description: {
      de: 'Halbleiterhersteller, Elektronikfertiger und Zulieferer sprechen über Reinraumteile, Baugruppen und gemeinsame Ausbildung.',
      cs: 'Výrobci polovodičů, elektroniky a jejich dodavatelé diskutují o dílech pro čisté prostory, sestavách a společném vzdělávání.',
      en: 'Semiconductor and electronics makers and their suppliers discuss clean-room parts, assemblies and joint training.',
    },
    organisers: ['O-SILICON-SAXONY', 'I-TUL'], guests: ['I-TUD', 'I-IPMS', 'I-ENAS'], audience: ['C26', 'C27', 'J62', 'C25.62'],
  },
  {
    id: 'E-2025-10-GLASS', type: 'cooperation-exchange', date: '2025-10-08', town: 'Karlovy Vary', district: 'CZ041',
    name: { de: 'Kooperationsbörse Glas, Keramik, Porzellan', cs: 'Kooperační burza: sklo, keramika, porcelán', en: 'Cooperation exchange: glass, ceramics, porcelain' },
    description: {
      de: 'Glashütten, Porzellanmanufakturen und Keramikhersteller aus Böhmen und Sachsen treffen Händler, Designer und Zulieferer.',
      cs: 'Sklárny, porcelánky a výrobci keramiky z Čech a Saska se setkávají s obchodníky, designéry a dodavateli.',
      en: 'Glassworks, porcelain manufactories and ceramics makers from Bohemia and Saxony meet traders, designers and suppliers.',
    },
    organisers: ['O-KHK-KV', 'O-IHK-DD'], guests: ['I-IKTS', 'O-GLASS-CZ'], audience: ['C23', 'C32.13', 'B08'],
    programme: { startsAt: '2025-10-08T09:30', endsAt: '2025-10-08T13:30', slotMinutes: 20, tables: 10, capacity: 50, languages: ['cs', 'de'], venue: 'Kongresový sál, Karlovy Vary', registrationDeadline: '2025-09-24' },
  },
  {
    id: 'E-2025-11-TEXTILE', type: 'workshop', date: '2025-11-12', town: 'Liberec', district: 'CZ051',
    name: { de: 'Workshop: Technische Textilien für Fahrzeug und Medizin', cs: 'Workshop: technické textilie pro vozidla a medicínu', en: 'Workshop: technical textiles for vehicles and medicine' },
    description: {
      de: 'Textilhersteller, Maschinenbauer und Forschungseinrichtungen aus Sachsen und Nordböhmen zu Vliesstoffen, Nanofasern und Sitzbezügen.',
      cs: 'Textilní firmy, výrobci strojů a výzkumné instituce ze Saska a severních Čech o netkaných textiliích, nanovláknech a potazích sedadel.',
      en: 'Textile makers, machine builders and research institutes from Saxony and northern Bohemia on nonwovens, nanofibres and seat covers.',
    },
    organisers: ['O-CLUTEX', 'O-VTI', 'I-STFI'], guests: ['I-TUL', 'I-CXI', 'I-WHZ'], audience: ['C13', 'C28.94', 'C29.32'],
  },
  {
    id: 'E-2026-02-CROSSBORDER-LAW', type: 'information', date: '2026-02-25', town: 'Chemnitz', district: 'DED41',
    name: { de: 'Infoabend: Grenzüberschreitend liefern – Recht, Steuern, Entsendung', cs: 'Informační večer: přeshraniční dodávky – právo, daně, vysílání pracovníků', en: 'Information evening: supplying across the border – law, taxes, posting of workers' },
    description: {
      de: 'Praxisfragen deutsch-tschechischer Lieferbeziehungen: Verträge, Umsatzsteuer, Entsendung von Monteuren.',
      cs: 'Praktické otázky česko-německých dodavatelských vztahů: smlouvy, DPH, vysílání montérů.',
      en: 'Practical questions of German-Czech supply relations: contracts, VAT, posting of fitters.',
    },
    organisers: ['O-DTIHK', 'O-IHK-C'], guests: ['O-WFS'], audience: [],
  },
  {
    id: 'E-2026-04-MACHINERY', type: 'cooperation-exchange', date: '2026-04-22', town: 'Chomutov', district: 'CZ042',
    name: { de: 'Kooperationsbörse Maschinenbau Erzgebirge – Krušnohoří', cs: 'Kooperační burza strojírenství z obou stran Krušných hor', en: 'Machinery cooperation exchange Erzgebirge – Krušnohoří' },
    description: {
      de: 'Maschinenbauer, Lohnfertiger und Automatisierer beider Seiten des Erzgebirges vereinbaren Kapazitäts- und Entwicklungspartnerschaften.',
      cs: 'Strojírenské firmy, zakázkoví výrobci a automatizátoři z obou stran Krušných hor domlouvají kapacitní a vývojová partnerství.',
      en: 'Machine builders, contract manufacturers and automation firms from both sides of the Ore Mountains agree capacity and development partnerships.',
    },
    organisers: ['O-VEMAS', 'O-KHK-UL'], guests: ['I-TUC', 'I-IWU', 'I-UJEP'], audience: ['C28', 'C25', 'C33', 'C27.12'],
    programme: { startsAt: '2026-04-22T09:00', endsAt: '2026-04-22T13:00', slotMinutes: 20, tables: 12, capacity: 60, languages: ['cs', 'de', 'en'], venue: 'Kulturní dům Chomutov', registrationDeadline: '2026-04-08' },
  },
  {
    id: 'E-2026-06-WOOD', type: 'workshop', date: '2026-06-10', town: 'Zittau', district: 'DED2D',
    name: { de: 'Workshop: Holz und Möbel im Dreiländereck', cs: 'Workshop: dřevo a nábytek v trojzemí', en: 'Workshop: wood and furniture in the border triangle' },
    description: {
      de: 'Sägewerke, Tischlereien, Möbel- und Spielzeughersteller aus der Oberlausitz und dem Schluckenauer Zipfel über regionale Holzketten.',
      cs: 'Pily, truhlářství, výrobci nábytku a hraček z Horní Lužice a Šluknovska o regionálních dřevařských řetězcích.',
      en: 'Sawmills, joiners, furniture and toy makers from Upper Lusatia and the Šluknov hook on regional wood chains.',
    },
    organisers: ['I-HSZG', 'O-MAS-CS'], guests: ['I-IHD'], audience: ['C16', 'C31', 'C32.40'],
  },
  {
    id: 'E-2026-09-HYDROGEN', type: 'information', date: '2026-09-16', town: 'Görlitz', district: 'DED2D',
    name: { de: 'Infotag: Wasserstoff und Energie für den Mittelstand', cs: 'Informační den: vodík a energie pro malé a střední podniky', en: 'Information day: hydrogen and energy for SMEs' },
    description: {
      de: 'Elektrolyse, Speicher und Effizienz: wie Zulieferer aus der Lausitz und Nordböhmen in Energietechnik-Lieferketten einsteigen.',
      cs: 'Elektrolýza, akumulace a účinnost: jak se dodavatelé z Lužice a severních Čech zapojí do energetických dodavatelských řetězců.',
      en: 'Electrolysis, storage and efficiency: how suppliers from Lusatia and northern Bohemia enter energy-technology supply chains.',
    },
    organisers: ['O-ENERGY-SAXONY', 'O-WFS'], guests: ['I-HZDR', 'I-IKTS', 'I-HSZG'], audience: ['C27', 'C28', 'C25', 'C23.44'],
  },
  {
    id: 'E-2026-12-ELECTRONICS-EXCHANGE', type: 'cooperation-exchange', date: '2026-12-09', town: 'Chemnitz', district: 'DED41',
    name: { de: 'Kooperationsbörse Elektronik und Automatisierung', cs: 'Kooperační burza elektronika a automatizace', en: 'Cooperation exchange: electronics and automation' },
    description: {
      de: 'Elektronikfertiger, Automatisierer und Maschinenbauer aus Sachsen und Nordböhmen vereinbaren vorab kurze Gespräche zu Baugruppen, Steuerungen und Zweitlieferanten.',
      cs: 'Výrobci elektroniky, automatizace a strojů ze Saska a severních Čech si předem domlouvají krátká jednání o sestavách, řídicích systémech a druhých dodavatelích.',
      en: 'Electronics makers, automation firms and machine builders from Saxony and northern Bohemia arrange short meetings on assemblies, controls and second sources.',
    },
    organisers: ['O-IHK-C', 'O-DTIHK', 'O-SILICON-SAXONY'], guests: ['I-TUC', 'I-ENAS', 'I-TUL'], audience: ['C26', 'C27', 'C28', 'C25'],
    programme: { startsAt: '2026-12-09T09:00', endsAt: '2026-12-09T13:00', slotMinutes: 20, tables: 12, capacity: 60, languages: ['de', 'cs', 'en'], venue: 'IHK Chemnitz, Straße der Nationen 25', registrationDeadline: '2026-12-04' },
  },
];
