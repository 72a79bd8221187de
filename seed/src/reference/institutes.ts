// Public universities and research institutes of the programme area (all real), with what they
// research. Coordinates are those of the main campus or institute building, rounded.
import type { InstituteEntry } from './types';

export const institutes: InstituteEntry[] = [
  {
    id: 'I-TUC', type: 'university', town: 'Chemnitz', district: 'DED41', lat: 50.8138, lon: 12.9297, website: 'https://www.tu-chemnitz.de',
    name: { de: 'Technische Universität Chemnitz', cs: 'Technická univerzita v Saské Kamenici', en: 'Chemnitz University of Technology' },
    description: {
      de: 'Technische Universität mit Schwerpunkten Leichtbau, Werkstoffe, Produktionstechnik, Mikro- und Nanosysteme sowie Informatik.',
      cs: 'Technická univerzita zaměřená na lehké konstrukce, materiály, výrobní techniku, mikro- a nanosystémy a informatiku.',
      en: 'Technical university focused on lightweight construction, materials, production engineering, micro- and nanosystems and computer science.',
    },
    sector: 'P85.42', researches: ['C28', 'C29', 'C25.62', 'C22', 'C26.11', 'J62', 'P-AUTOMATION', 'P-SENSOR'],
  },
  {
    id: 'I-TUD', type: 'university', town: 'Dresden', district: 'DED21', lat: 51.0285, lon: 13.7269, website: 'https://tu-dresden.de',
    name: { de: 'Technische Universität Dresden', cs: 'Technická univerzita v Drážďanech', en: 'TUD Dresden University of Technology' },
    description: {
      de: 'Exzellenzuniversität mit Stärken in Mikroelektronik, Materialwissenschaft, Maschinenbau, Verkehrswissenschaften und Informatik.',
      cs: 'Univerzita excelence se silnými stránkami v mikroelektronice, materiálových vědách, strojírenství, dopravních vědách a informatice.',
      en: 'University of excellence with strengths in microelectronics, materials science, mechanical engineering, transport science and computer science.',
    },
    sector: 'P85.42', researches: ['C26', 'C27', 'C28', 'C30.20', 'J62', 'H49', 'P-IC', 'P-WAFER', 'P-BATTERY'],
  },
  {
    id: 'I-TUBAF', type: 'university', town: 'Freiberg', district: 'DED43', lat: 50.9265, lon: 13.3305, website: 'https://tu-freiberg.de',
    name: { de: 'Technische Universität Bergakademie Freiberg', cs: 'Technická univerzita Bergakademie Freiberg', en: 'TU Bergakademie Freiberg' },
    description: {
      de: 'Ressourcenuniversität: Rohstoffe, Werkstoffe, Metallurgie, Gießereitechnik, Silizium- und Halbleitermaterialien, Recycling.',
      cs: 'Univerzita surovin: nerostné suroviny, materiály, metalurgie, slévárenství, křemík a polovodičové materiály, recyklace.',
      en: 'University of resources: raw materials, materials, metallurgy, foundry technology, silicon and semiconductor materials, recycling.',
    },
    sector: 'P85.42', researches: ['B08', 'C24', 'C20.13', 'C23', 'P-POLYSILICON', 'P-CASTING-IRON', 'P-KAOLIN'],
  },
  {
    id: 'I-HSZG', type: 'university', town: 'Zittau', district: 'DED2D', lat: 50.8928, lon: 14.8066, website: 'https://www.hszg.de',
    name: { de: 'Hochschule Zittau/Görlitz', cs: 'Vysoká škola Žitava/Zhořelec', en: 'Zittau/Görlitz University of Applied Sciences' },
    description: {
      de: 'Hochschule für angewandte Wissenschaften im Dreiländereck: Energietechnik, Maschinenbau, Textil- und Kunststofftechnik.',
      cs: 'Vysoká škola aplikovaných věd v trojzemí: energetika, strojírenství, textilní a plastikářská technika.',
      en: 'University of applied sciences in the border triangle: energy engineering, mechanical engineering, textile and plastics technology.',
    },
    sector: 'P85.42', researches: ['C27', 'C28', 'C13', 'C22', 'C16', 'P-ELECTROLYSER'],
  },
  {
    id: 'I-WHZ', type: 'university', town: 'Zwickau', district: 'DED45', lat: 50.716, lon: 12.4946, website: 'https://www.fh-zwickau.de',
    name: { de: 'Westsächsische Hochschule Zwickau', cs: 'Západosaská vysoká škola Zwickau', en: 'West Saxon University of Applied Sciences of Zwickau' },
    description: {
      de: 'Hochschule für angewandte Wissenschaften mit Kraftfahrzeugtechnik, Automobilproduktion, Textil- und Ledertechnik.',
      cs: 'Vysoká škola aplikovaných věd: technika motorových vozidel, automobilová výroba, textilní a kožedělná technika.',
      en: 'University of applied sciences: automotive engineering, automotive production, textile and leather technology.',
    },
    sector: 'P85.42', researches: ['C29', 'C13', 'C25.50', 'P-CAR', 'P-E-DRIVE', 'P-SEAT-COVER'],
  },
  {
    id: 'I-HTWD', type: 'university', town: 'Dresden', district: 'DED21', lat: 51.0367, lon: 13.7337, website: 'https://www.htw-dresden.de',
    name: { de: 'Hochschule für Technik und Wirtschaft Dresden', cs: 'Vysoká škola techniky a ekonomiky v Drážďanech', en: 'HTW Dresden University of Applied Sciences' },
    description: {
      de: 'Hochschule für angewandte Wissenschaften: Maschinenbau, Elektrotechnik, Informatik, Fahrzeugtechnik, Logistik.',
      cs: 'Vysoká škola aplikovaných věd: strojírenství, elektrotechnika, informatika, technika vozidel, logistika.',
      en: 'University of applied sciences: mechanical engineering, electrical engineering, computer science, vehicle engineering, logistics.',
    },
    sector: 'P85.42', researches: ['C28', 'C27', 'J62', 'H52', 'C29'],
  },
  {
    id: 'I-HSMW', type: 'university', town: 'Mittweida', district: 'DED43', lat: 50.9855, lon: 12.9794, website: 'https://www.hs-mittweida.de',
    name: { de: 'Hochschule Mittweida', cs: 'Vysoká škola Mittweida', en: 'Mittweida University of Applied Sciences' },
    description: {
      de: 'Hochschule für angewandte Wissenschaften mit Lasertechnik, Elektro- und Informationstechnik und Medienwissenschaften.',
      cs: 'Vysoká škola aplikovaných věd: laserová technika, elektrotechnika a informační technologie, mediální studia.',
      en: 'University of applied sciences: laser technology, electrical and information engineering, media studies.',
    },
    sector: 'P85.42', researches: ['C25.62', 'C26.70', 'J62', 'P-LASER-CUT'],
  },
  {
    id: 'I-IWU', type: 'research', town: 'Chemnitz', district: 'DED41', lat: 50.8235, lon: 12.9259, website: 'https://www.iwu.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik IWU', cs: 'Fraunhoferův institut pro obráběcí stroje a tváření IWU', en: 'Fraunhofer Institute for Machine Tools and Forming Technology IWU' },
    description: {
      de: 'Angewandte Forschung zu Werkzeugmaschinen, Umformtechnik, Fügetechnik und Automobilproduktion.',
      cs: 'Aplikovaný výzkum obráběcích strojů, tváření, spojování materiálů a automobilové výroby.',
      en: 'Applied research in machine tools, forming, joining and automotive production.',
    },
    sector: 'M72.19', researches: ['C28.41', 'C25.50', 'C29', 'P-PRESS', 'P-MACHINE-TOOL', 'P-BODY-PARTS', 'P-STAMPED'],
  },
  {
    id: 'I-ENAS', type: 'research', town: 'Chemnitz', district: 'DED41', lat: 50.8155, lon: 12.929, website: 'https://www.enas.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Elektronische Nanosysteme ENAS', cs: 'Fraunhoferův institut pro elektronické nanosystémy ENAS', en: 'Fraunhofer Institute for Electronic Nano Systems ENAS' },
    description: {
      de: 'Smart Systems: MEMS- und NEMS-Entwicklung, Sensorintegration, gedruckte Elektronik.',
      cs: 'Chytré systémy: vývoj MEMS a NEMS, integrace senzorů, tištěná elektronika.',
      en: 'Smart systems: MEMS and NEMS development, sensor integration, printed electronics.',
    },
    sector: 'M72.19', researches: ['C26.11', 'C26.12', 'P-SENSOR', 'P-PCBA'],
  },
  {
    id: 'I-IKTS', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.031, lon: 13.8168, website: 'https://www.ikts.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Keramische Technologien und Systeme IKTS', cs: 'Fraunhoferův institut pro keramické technologie a systémy IKTS', en: 'Fraunhofer Institute for Ceramic Technologies and Systems IKTS' },
    description: {
      de: 'Hochleistungskeramik von der Pulveraufbereitung bis zum System, Brennstoffzellen und Elektrolyse.',
      cs: 'Vysoce výkonná keramika od přípravy prášků po systémy, palivové články a elektrolýza.',
      en: 'Advanced ceramics from powder processing to systems, fuel cells and electrolysis.',
    },
    sector: 'M72.19', researches: ['C23.4', 'C27.90', 'P-TECH-CERAMIC', 'P-INSULATOR', 'P-ELECTROLYSER', 'P-BATTERY'],
  },
  {
    id: 'I-IPMS', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0905, lon: 13.712, website: 'https://www.ipms.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Photonische Mikrosysteme IPMS', cs: 'Fraunhoferův institut pro fotonické mikrosystémy IPMS', en: 'Fraunhofer Institute for Photonic Microsystems IPMS' },
    description: {
      de: 'Photonische Mikrosysteme, MEMS-Scanner und 300-mm-Halbleitertechnologie im Center Nanoelectronic Technologies.',
      cs: 'Fotonické mikrosystémy, skenery MEMS a 300mm polovodičové technologie.',
      en: 'Photonic microsystems, MEMS scanners and 300 mm semiconductor technology.',
    },
    sector: 'M72.19', researches: ['C26.11', 'C26.70', 'P-IC', 'P-WAFER', 'P-OPTICS'],
  },
  {
    id: 'I-IWS', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0318, lon: 13.8158, website: 'https://www.iws.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Werkstoff- und Strahltechnik IWS', cs: 'Fraunhoferův institut pro materiálové a paprskové technologie IWS', en: 'Fraunhofer Institute for Material and Beam Technology IWS' },
    description: {
      de: 'Laserbearbeitung, Beschichtungstechnik, additive Fertigung und Batterietechnik.',
      cs: 'Laserové zpracování, povlakování, aditivní výroba a bateriové technologie.',
      en: 'Laser processing, coating technology, additive manufacturing and battery technology.',
    },
    sector: 'M72.19', researches: ['C25.61', 'C25.62', 'C27.20', 'P-LASER-CUT', 'P-COATING', 'P-BATTERY'],
  },
  {
    id: 'I-IVV', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0308, lon: 13.7605, website: 'https://www.ivv.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Verfahrenstechnik und Verpackung IVV, Institutsteil Dresden', cs: 'Fraunhoferův institut pro procesní inženýrství a obaly IVV, pracoviště v Drážďanech', en: 'Fraunhofer Institute for Process Engineering and Packaging IVV, Dresden branch' },
    description: {
      de: 'Verarbeitungsmaschinen, Verpackungstechnik und Hygienic Design für die Lebensmittelindustrie.',
      cs: 'Zpracovatelské stroje, obalová technika a hygienický design pro potravinářský průmysl.',
      en: 'Processing machinery, packaging technology and hygienic design for the food industry.',
    },
    sector: 'M72.19', researches: ['C10', 'C11', 'C22.22', 'C28.99', 'P-PLASTIC-PACK', 'P-CARDBOARD'],
  },
  {
    id: 'I-IVI', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0594, lon: 13.7655, website: 'https://www.ivi.fraunhofer.de',
    name: { de: 'Fraunhofer-Institut für Verkehrs- und Infrastruktursysteme IVI', cs: 'Fraunhoferův institut pro dopravní a infrastrukturní systémy IVI', en: 'Fraunhofer Institute for Transportation and Infrastructure Systems IVI' },
    description: {
      de: 'Verkehrs- und Logistiksysteme, automatisiertes Fahren, Fahrzeug- und Antriebstechnik.',
      cs: 'Dopravní a logistické systémy, automatizované řízení, technika vozidel a pohonů.',
      en: 'Transport and logistics systems, automated driving, vehicle and drive technology.',
    },
    sector: 'M72.19', researches: ['H49', 'H52', 'C29', 'C30.20', 'P-ROAD-FREIGHT', 'P-E-DRIVE'],
  },
  {
    id: 'I-IFW', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0276, lon: 13.7286, website: 'https://www.ifw-dresden.de',
    name: { de: 'Leibniz-Institut für Festkörper- und Werkstoffforschung Dresden (IFW)', cs: 'Leibnizův institut pro výzkum pevných látek a materiálů v Drážďanech (IFW)', en: 'Leibniz Institute for Solid State and Materials Research Dresden (IFW)' },
    description: {
      de: 'Grundlagen- und angewandte Forschung zu Funktionswerkstoffen, Nanostrukturen und Supraleitern.',
      cs: 'Základní a aplikovaný výzkum funkčních materiálů, nanostruktur a supravodičů.',
      en: 'Basic and applied research on functional materials, nanostructures and superconductors.',
    },
    sector: 'M72.19', researches: ['C24', 'C26.11', 'C27', 'P-E-MOTOR'],
  },
  {
    id: 'I-IPF', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0305, lon: 13.7563, website: 'https://www.ipfdd.de',
    name: { de: 'Leibniz-Institut für Polymerforschung Dresden (IPF)', cs: 'Leibnizův institut pro výzkum polymerů v Drážďanech (IPF)', en: 'Leibniz Institute of Polymer Research Dresden (IPF)' },
    description: {
      de: 'Polymerforschung von der Synthese über Verbundwerkstoffe bis zur Verarbeitung von Kunststoffen.',
      cs: 'Výzkum polymerů od syntézy přes kompozity po zpracování plastů.',
      en: 'Polymer research from synthesis through composites to plastics processing.',
    },
    sector: 'M72.19', researches: ['C20.16', 'C22', 'C13.96', 'P-COMPOUND', 'P-INJECTION', 'P-GLASS-FIBRE'],
  },
  {
    id: 'I-HZDR', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.063, lon: 13.9497, website: 'https://www.hzdr.de',
    name: { de: 'Helmholtz-Zentrum Dresden-Rossendorf (HZDR)', cs: 'Helmholtzovo centrum Drážďany-Rossendorf (HZDR)', en: 'Helmholtz-Zentrum Dresden-Rossendorf (HZDR)' },
    description: {
      de: 'Forschung zu Energie, Gesundheit und Materie; mit dem Helmholtz-Institut Freiberg für Ressourcentechnologie.',
      cs: 'Výzkum v oblasti energie, zdraví a hmoty; včetně Helmholtzova institutu Freiberg pro technologie surovin.',
      en: 'Research on energy, health and matter; runs the Helmholtz Institute Freiberg for Resource Technology.',
    },
    sector: 'M72.19', researches: ['C24', 'C27', 'B08', 'P-ELECTROLYSER'],
  },
  {
    id: 'I-STFI', type: 'research', town: 'Chemnitz', district: 'DED41', lat: 50.8028, lon: 12.9419, website: 'https://www.stfi.de',
    name: { de: 'Sächsisches Textilforschungsinstitut (STFI)', cs: 'Saský textilní výzkumný ústav (STFI)', en: 'Saxon Textile Research Institute (STFI)' },
    description: {
      de: 'Forschung zu technischen Textilien, Vliesstoffen und textilen Leichtbaustrukturen.',
      cs: 'Výzkum technických textilií, netkaných textilií a textilních lehkých konstrukcí.',
      en: 'Research on technical textiles, nonwovens and textile lightweight structures.',
    },
    sector: 'M72.19', researches: ['C13', 'C28.94', 'P-TECH-TEXTILE', 'P-NONWOVEN', 'P-SEAT-COVER'],
  },
  {
    id: 'I-IHD', type: 'research', town: 'Dresden', district: 'DED21', lat: 51.0496, lon: 13.8056, website: 'https://www.ihd-dresden.de',
    name: { de: 'Institut für Holztechnologie Dresden (IHD)', cs: 'Institut pro technologii dřeva v Drážďanech (IHD)', en: 'Institute of Wood Technology Dresden (IHD)' },
    description: {
      de: 'Forschung und Prüfung zu Holzwerkstoffen, Möbeln und Bauprodukten aus Holz.',
      cs: 'Výzkum a zkoušení materiálů na bázi dřeva, nábytku a stavebních výrobků ze dřeva.',
      en: 'Research and testing of wood-based materials, furniture and wooden building products.',
    },
    sector: 'M72.19', researches: ['C16', 'C31', 'P-PANELS', 'P-WINDOWS', 'P-FURNITURE'],
  },
  {
    id: 'I-UJEP', type: 'university', town: 'Ústí nad Labem', district: 'CZ042', lat: 50.665, lon: 14.029, website: 'https://www.ujep.cz',
    name: { de: 'Jan-Evangelista-Purkyně-Universität in Ústí nad Labem', cs: 'Univerzita Jana Evangelisty Purkyně v Ústí nad Labem', en: 'Jan Evangelista Purkyně University in Ústí nad Labem' },
    description: {
      de: 'Universität mit Fakultäten für Maschinenbau und für Umwelt sowie naturwissenschaftlichen Fächern.',
      cs: 'Univerzita s Fakultou strojního inženýrství, Fakultou životního prostředí a přírodovědeckými obory.',
      en: 'University with faculties of mechanical engineering, environment and natural sciences.',
    },
    sector: 'P85.42', researches: ['C25', 'C28', 'C20', 'C23', 'P-TESTING'],
  },
  {
    id: 'I-TUL', type: 'university', town: 'Liberec', district: 'CZ051', lat: 50.771, lon: 15.072, website: 'https://www.tul.cz',
    name: { de: 'Technische Universität Liberec', cs: 'Technická univerzita v Liberci', en: 'Technical University of Liberec' },
    description: {
      de: 'Technische Universität mit Textil-, Maschinenbau- und Mechatronikfakultät; Nanofasern und Fahrzeugtechnik.',
      cs: 'Technická univerzita s textilní, strojní a mechatronickou fakultou; nanovlákna a technika vozidel.',
      en: 'Technical university with textile, mechanical engineering and mechatronics faculties; nanofibres and vehicle engineering.',
    },
    sector: 'P85.42', researches: ['C13', 'C28', 'C29', 'C23.1', 'P-NONWOVEN', 'P-TECH-TEXTILE', 'P-TEXTILE-MACHINE'],
  },
  {
    id: 'I-CXI', type: 'research', town: 'Liberec', district: 'CZ051', lat: 50.7695, lon: 15.0745, website: 'https://cxi.tul.cz',
    name: { de: 'Institut für Nanomaterialien, fortgeschrittene Technologien und Innovation (CxI) der TU Liberec', cs: 'Ústav pro nanomateriály, pokročilé technologie a inovace (CxI) TU v Liberci', en: 'Institute for Nanomaterials, Advanced Technologies and Innovation (CxI), TU Liberec' },
    description: {
      de: 'Angewandte Forschung zu Nanomaterialien, Umwelttechnologien und Mechatronik.',
      cs: 'Aplikovaný výzkum nanomateriálů, environmentálních technologií a mechatroniky.',
      en: 'Applied research on nanomaterials, environmental technologies and mechatronics.',
    },
    sector: 'M72.19', researches: ['C13.96', 'C20', 'C28.99', 'P-NONWOVEN'],
  },
  {
    id: 'I-ZCU-CHEB', type: 'university', town: 'Cheb', district: 'CZ041', lat: 50.0779, lon: 12.3706, website: 'https://www.zcu.cz',
    name: { de: 'Westböhmische Universität Pilsen, Standort Cheb', cs: 'Západočeská univerzita v Plzni, pracoviště Cheb', en: 'University of West Bohemia, Cheb branch' },
    description: {
      de: 'Standort der Wirtschaftsfakultät der Westböhmischen Universität mit Studiengängen zu Unternehmensführung und Tourismus.',
      cs: 'Pracoviště Fakulty ekonomické Západočeské univerzity se studiem podnikové ekonomiky a cestovního ruchu.',
      en: 'Branch of the Faculty of Economics of the University of West Bohemia: business administration and tourism.',
    },
    sector: 'P85.42', researches: ['H52', 'C11.07', 'C23.41'],
  },
  {
    id: 'I-SAXEED', type: 'transfer', town: 'Chemnitz', district: 'DED41', lat: 50.8134, lon: 12.9286, website: 'https://www.saxeed.net',
    name: { de: 'SAXEED – Gründernetzwerk der Hochschulen Südwestsachsens', cs: 'SAXEED – síť pro zakladatele firem vysokých škol jihozápadního Saska', en: 'SAXEED – start-up network of the universities of south-west Saxony' },
    description: {
      de: 'Transfer- und Gründungsservice der TU Chemnitz, TU Bergakademie Freiberg, Hochschule Mittweida und Westsächsischen Hochschule Zwickau.',
      cs: 'Služba pro transfer technologií a zakládání firem Technické univerzity v Saské Kamenici, TU Bergakademie Freiberg, Vysoké školy Mittweida a Západosaské vysoké školy Zwickau.',
      en: 'Transfer and start-up service of TU Chemnitz, TU Bergakademie Freiberg, Mittweida and Zwickau universities of applied sciences.',
    },
    sector: 'M72.19', researches: ['J62', 'C28'],
  },
];

/** Real research partnerships between institutes (COOPERATES_WITH, stored once). */
export const instituteCooperations: [string, string][] = [
  ['I-TUC', 'I-IWU'],
  ['I-TUC', 'I-ENAS'],
  ['I-TUD', 'I-IPMS'],
  ['I-TUD', 'I-IFW'],
  ['I-TUD', 'I-IPF'],
  ['I-TUD', 'I-HZDR'],
  ['I-TUBAF', 'I-HZDR'],
  ['I-HSZG', 'I-TUL'],
  ['I-TUL', 'I-CXI'],
  ['I-TUC', 'I-STFI'],
  ['I-TUD', 'I-IVI'],
  ['I-TUD', 'I-UJEP'],
  ['I-WHZ', 'I-ZCU-CHEB'],
];
