// Products and services traded in the region, with CPA 2.1 codes (at subcategory level where the
// product matches one, otherwise the class), names in the trade's own words, a substitution category
// (products of one category can replace each other), the sector classes that make them, and what goes
// into them. The inputs form chains several tiers deep, e.g.
//   Warmband -> Kaltband/Stahlbleche -> Stanzteile -> Sitzstrukturen -> Fahrzeugsitze -> Pkw
//   Quarzsand -> Polysilizium -> Wafer -> Chips -> bestückte Leiterplatten -> Steuergeräte -> Pkw
//   PP-Granulat -> Spritzgussteile -> Innenraumverkleidungen -> Pkw
import type { ProductEntry } from './types';

const product = (
  id: string,
  [de, cs, en]: [string, string, string],
  code: string,
  category: string,
  makers: string[],
  inputs: string[] = [],
): ProductEntry => ({ id, name: { de, cs, en }, code, codeSystem: 'CPA', category, makers, inputs });

export const products: ProductEntry[] = [
  // Raw materials and basic materials
  product('P-SAND', ['Quarzsand', 'Křemičitý písek', 'Silica sand'], '08.12.11', 'silica-sand', ['B08.12']),
  product('P-KAOLIN', ['Kaolin', 'Kaolin', 'Kaolin'], '08.12.21', 'kaolin', ['B08.12']),
  product('P-HOT-STRIP', ['Warmband', 'Ocelový pás válcovaný za tepla', 'Hot-rolled steel strip'], '24.10.31', 'steel-flat', ['C24.10']),
  product('P-COLD-SHEET', ['Kaltgewalzte Stahlbleche', 'Ocelové plechy válcované za studena', 'Cold-rolled steel sheets'], '24.10.51', 'steel-flat', ['C24.10'], ['P-HOT-STRIP']),
  product('P-GALV-SHEET', ['Verzinkte Stahlbleche', 'Pozinkované ocelové plechy', 'Galvanised steel sheets'], '24.10', 'steel-flat', ['C24.10'], ['P-COLD-SHEET']),
  product('P-STEEL-BAR', ['Stabstahl', 'Ocelové tyče', 'Steel bars'], '24.10.62', 'steel-long', ['C24.10']),
  product('P-WIRE-ROD', ['Walzdraht', 'Válcovaný drát', 'Steel wire rod'], '24.10.61', 'steel-long', ['C24.10']),
  product('P-STEEL-TUBE', ['Präzisionsstahlrohre', 'Přesné ocelové trubky', 'Precision steel tubes'], '24.20', 'steel-tube', ['C24.20'], ['P-HOT-STRIP']),
  product('P-ALU-INGOT', ['Aluminium in Rohform', 'Surový hliník', 'Unwrought aluminium'], '24.42.11', 'aluminium', ['C24.42']),
  product('P-ALU-PROFILE', ['Aluminium-Strangpressprofile', 'Hliníkové protlačované profily', 'Extruded aluminium profiles'], '24.42.22', 'alu-semi', ['C24.42'], ['P-ALU-INGOT']),
  product('P-ALU-SHEET', ['Aluminiumbleche', 'Hliníkové plechy', 'Aluminium sheets'], '24.42.24', 'alu-semi', ['C24.42'], ['P-ALU-INGOT']),
  product('P-COPPER-WIRE', ['Kupferdraht', 'Měděný drát', 'Copper wire'], '24.44.26', 'copper', ['C24.44']),
  product('P-POLYSILICON', ['Polysilizium', 'Polykrystalický křemík', 'Polysilicon'], '20.13', 'polysilicon', ['C20.13'], ['P-SAND']),
  product('P-PE-GRAN', ['Polyethylen-Granulat', 'Polyetylenový granulát', 'Polyethylene granulate'], '20.16.10', 'polyolefin', ['C20.16']),
  product('P-PP-GRAN', ['Polypropylen-Granulat', 'Polypropylenový granulát', 'Polypropylene granulate'], '20.16.51', 'polyolefin', ['C20.16']),
  product('P-PA-GRAN', ['Polyamid-Granulat', 'Polyamidový granulát', 'Polyamide granulate'], '20.16.54', 'eng-plastic', ['C20.16']),
  product('P-ABS-GRAN', ['ABS-Granulat', 'Granulát ABS', 'ABS granulate'], '20.16.20', 'eng-plastic', ['C20.16']),
  product('P-COMPOUND', ['Glasfaserverstärkte Kunststoffcompounds', 'Plastové kompaundy vyztužené skelnými vlákny', 'Glass-fibre reinforced plastic compounds'], '20.16', 'eng-plastic', ['C20.16'], ['P-PA-GRAN', 'P-GLASS-FIBRE']),
  product('P-GLASS-FIBRE', ['Glasfasern', 'Skleněná vlákna', 'Glass fibres'], '23.14', 'glass-fibre', ['C23.14'], ['P-SAND']),
  product('P-TIMBER', ['Schnittholz', 'Řezivo', 'Sawn timber'], '16.10.10', 'timber', ['C16.10']),
  product('P-PANELS', ['Holzwerkstoffplatten', 'Desky na bázi dřeva', 'Wood-based panels'], '16.21', 'wood-panel', ['C16.21'], ['P-TIMBER']),
  product('P-YARN', ['Garne aus Chemiefasern', 'Příze z chemických vláken', 'Synthetic yarns'], '13.10', 'yarn', ['C13.10']),

  // Textiles
  product('P-FABRIC', ['Gewebe', 'Tkaniny', 'Woven fabrics'], '13.20', 'fabric', ['C13.20'], ['P-YARN']),
  product('P-TECH-TEXTILE', ['Technische Textilien', 'Technické textilie', 'Technical textiles'], '13.96', 'tech-textile', ['C13.96'], ['P-YARN', 'P-GLASS-FIBRE']),
  product('P-NONWOVEN', ['Vliesstoffe', 'Netkané textilie', 'Nonwovens'], '13.95', 'tech-textile', ['C13.95'], ['P-YARN']),
  product('P-LACE', ['Stickereien und Spitzen', 'Výšivky a krajky', 'Embroidery and lace'], '13.99', 'lace', ['C13.99'], ['P-YARN', 'P-FABRIC']),
  product('P-SEAT-COVER', ['Sitzbezüge für Fahrzeuge', 'Potahy sedadel pro vozidla', 'Vehicle seat covers'], '13.92', 'seat-cover', ['C13.92'], ['P-FABRIC', 'P-TECH-TEXTILE']),

  // Microelectronics and electrical engineering
  product('P-WAFER', ['Siliziumwafer', 'Křemíkové wafery', 'Silicon wafers'], '26.11', 'wafer', ['C26.11'], ['P-POLYSILICON']),
  product('P-IC', ['Integrierte Schaltungen (Chips)', 'Integrované obvody (čipy)', 'Integrated circuits (chips)'], '26.11.30', 'chips', ['C26.11'], ['P-WAFER']),
  product('P-SENSOR', ['Sensoren und MEMS', 'Senzory a MEMS', 'Sensors and MEMS'], '26.11', 'sensors', ['C26.11', 'C26.51'], ['P-WAFER']),
  product('P-PV-MODULE', ['Photovoltaikmodule', 'Fotovoltaické moduly', 'Photovoltaic modules'], '26.11.22', 'pv', ['C26.11'], ['P-WAFER', 'P-FLAT-GLASS', 'P-ALU-PROFILE']),
  product('P-PCB', ['Leiterplatten (unbestückt)', 'Desky plošných spojů (neosazené)', 'Bare printed circuit boards'], '26.11', 'pcb', ['C26.11'], ['P-GLASS-FIBRE']),
  product('P-PCBA', ['Bestückte Leiterplatten (Elektronikbaugruppen)', 'Osazené desky plošných spojů', 'Printed circuit board assemblies'], '26.12', 'pcba', ['C26.12'], ['P-PCB', 'P-IC', 'P-SENSOR']),
  product('P-MEASURING', ['Mess- und Prüfgeräte', 'Měřicí a zkušební přístroje', 'Measuring and testing instruments'], '26.51', 'measuring', ['C26.51'], ['P-PCBA', 'P-SENSOR', 'P-MILLED']),
  product('P-WATCH', ['Mechanische Armbanduhren', 'Mechanické náramkové hodinky', 'Mechanical wristwatches'], '26.52', 'watches', ['C26.52'], ['P-TURNED', 'P-STAMPED']),
  product('P-OPTICS', ['Optische Komponenten und Systeme', 'Optické komponenty a systémy', 'Optical components and systems'], '26.70', 'optics', ['C26.70'], ['P-TECH-GLASS', 'P-MILLED']),
  product('P-E-MOTOR', ['Elektromotoren', 'Elektromotory', 'Electric motors'], '27.11', 'e-motor', ['C27.11'], ['P-COPPER-WIRE', 'P-COLD-SHEET', 'P-BEARING']),
  product('P-CONTROL-CABINET', ['Schaltschränke und Steuerungen', 'Rozváděče a řídicí systémy', 'Control cabinets and industrial controls'], '27.12', 'control', ['C27.12'], ['P-PCBA', 'P-CABLE', 'P-COLD-SHEET', 'P-POWDER-COAT']),
  product('P-BATTERY', ['Batteriezellen und -module', 'Bateriové články a moduly', 'Battery cells and modules'], '27.20', 'battery', ['C27.20'], ['P-ALU-SHEET', 'P-PCBA']),
  product('P-CABLE', ['Kabel und isolierte Leitungen', 'Kabely a izolované vodiče', 'Cables and insulated wires'], '27.32.13', 'cable', ['C27.32'], ['P-COPPER-WIRE', 'P-PE-GRAN']),
  product('P-CONNECTOR', ['Steckverbinder', 'Konektory', 'Connectors'], '27.33', 'connector', ['C27.33'], ['P-INJECTION', 'P-STAMPED']),
  product('P-ELECTROLYSER', ['Elektrolyseure für Wasserstoff', 'Elektrolyzéry pro výrobu vodíku', 'Hydrogen electrolysers'], '27.90', 'electrolyser', ['C27.90'], ['P-TECH-CERAMIC', 'P-CONTROL-CABINET', 'P-STEEL-STRUCT']),

  // Metal working
  product('P-TURNED', ['Drehteile', 'Soustružené díly', 'Turned parts'], '25.62.10', 'machined', ['C25.62'], ['P-STEEL-BAR', 'P-ALU-PROFILE']),
  product('P-MILLED', ['Frästeile', 'Frézované díly', 'Milled parts'], '25.62.20', 'machined', ['C25.62'], ['P-STEEL-BAR', 'P-ALU-PROFILE']),
  product('P-LASER-CUT', ['Laserzuschnitte', 'Laserové výpalky', 'Laser-cut blanks'], '25.62.20', 'sheet-metal', ['C25.62', 'C25.50'], ['P-COLD-SHEET', 'P-GALV-SHEET']),
  product('P-STAMPED', ['Stanz- und Biegeteile', 'Lisované a ohýbané díly z plechu', 'Stamped and bent sheet-metal parts'], '25.50.12', 'sheet-metal', ['C25.50'], ['P-COLD-SHEET', 'P-GALV-SHEET', 'P-ALU-SHEET', 'P-COATING']),
  product('P-DEEP-DRAWN', ['Tiefziehteile', 'Hluboce tažené díly', 'Deep-drawn parts'], '25.50.13', 'sheet-metal', ['C25.50'], ['P-COLD-SHEET']),
  product('P-FORGED', ['Schmiedeteile', 'Výkovky', 'Forgings'], '25.50.11', 'forged', ['C25.50'], ['P-STEEL-BAR', 'P-HEAT-TREAT']),
  product('P-SINTERED', ['Sinterteile (Pulvermetallurgie)', 'Slinuté díly (prášková metalurgie)', 'Sintered parts (powder metallurgy)'], '25.50.20', 'sintered', ['C25.50']),
  product('P-WELDED', ['Schweißbaugruppen', 'Svařované sestavy', 'Welded assemblies'], '25.99', 'welded', ['C25.11', 'C25.99'], ['P-STAMPED', 'P-LASER-CUT', 'P-STEEL-TUBE']),
  product('P-STEEL-STRUCT', ['Stahlkonstruktionen', 'Ocelové konstrukce', 'Steel structures'], '25.11.23', 'steel-structure', ['C25.11'], ['P-STEEL-BAR', 'P-HOT-STRIP', 'P-POWDER-COAT']),
  product('P-FASTENERS', ['Schrauben und Verbindungselemente', 'Šrouby a spojovací materiál', 'Screws and fasteners'], '25.94.11', 'fasteners', ['C25.94'], ['P-WIRE-ROD', 'P-COATING']),
  product('P-SPRINGS', ['Federn und Drahtbiegeteile', 'Pružiny a drátěné ohýbané díly', 'Springs and wire forms'], '25.93', 'springs', ['C25.93'], ['P-WIRE-ROD']),
  product('P-CASTING-IRON', ['Gussteile aus Gusseisen', 'Odlitky z litiny', 'Iron castings'], '24.51', 'casting-iron', ['C24.51']),
  product('P-DIECAST-ALU', ['Aluminium-Druckgussteile', 'Hliníkové tlakové odlitky', 'Aluminium die castings'], '24.53', 'casting-alu', ['C24.53'], ['P-ALU-INGOT']),
  product('P-COATING', ['Galvanische Beschichtung (Verzinken, Vernickeln)', 'Galvanické pokovování (zinkování, niklování)', 'Electroplating (zinc, nickel)'], '25.61.11', 'coating', ['C25.61']),
  product('P-POWDER-COAT', ['Pulverbeschichtung und Industrielackierung', 'Práškové a průmyslové lakování', 'Powder coating and industrial painting'], '25.61.22', 'coating', ['C25.61']),
  product('P-HEAT-TREAT', ['Wärmebehandlung (Härten, Vergüten)', 'Tepelné zpracování (kalení, zušlechťování)', 'Heat treatment (hardening, tempering)'], '25.61.21', 'heat-treat', ['C25.61']),
  product('P-MOULD', ['Spritzgießwerkzeuge (Formenbau)', 'Vstřikovací formy', 'Injection moulds'], '25.73.50', 'tooling', ['C25.73'], ['P-STEEL-BAR', 'P-MILLED', 'P-HEAT-TREAT']),
  product('P-DIE', ['Stanz- und Umformwerkzeuge', 'Střižné a tvářecí nástroje', 'Stamping and forming dies'], '25.73', 'tooling', ['C25.73'], ['P-STEEL-BAR', 'P-MILLED', 'P-HEAT-TREAT']),
  product('P-CUTTING-TOOL', ['Zerspanungswerkzeuge (Bohrer, Fräser)', 'Řezné nástroje (vrtáky, frézy)', 'Cutting tools (drills, milling cutters)'], '25.73.40', 'cutting-tool', ['C25.73'], ['P-SINTERED', 'P-STEEL-BAR']),

  // Plastics and rubber
  product('P-INJECTION', ['Spritzgussteile', 'Vstřikované plastové díly', 'Injection-moulded parts'], '22.29.29', 'plastic-part', ['C22.29'], ['P-PP-GRAN', 'P-PA-GRAN', 'P-ABS-GRAN', 'P-COMPOUND']),
  product('P-HOUSING', ['Kunststoffgehäuse', 'Plastové kryty a pouzdra', 'Plastic housings'], '22.29', 'plastic-part', ['C22.29'], ['P-ABS-GRAN', 'P-PA-GRAN']),
  product('P-FOAM', ['Polyurethan-Formschaumteile', 'Tvarované díly z polyuretanové pěny', 'Moulded polyurethane foam parts'], '22.29', 'foam', ['C22.29']),
  product('P-EXTRUDED', ['Kunststoffprofile und -rohre', 'Plastové profily a trubky', 'Plastic profiles and pipes'], '22.21', 'plastic-semi', ['C22.21'], ['P-PE-GRAN', 'P-PP-GRAN']),
  product('P-FILM', ['Kunststofffolien', 'Plastové fólie', 'Plastic films'], '22.21.30', 'plastic-semi', ['C22.21'], ['P-PE-GRAN']),
  product('P-PLASTIC-PACK', ['Kunststoffverpackungen', 'Plastové obaly', 'Plastic packaging'], '22.22', 'packaging', ['C22.22'], ['P-PE-GRAN', 'P-PP-GRAN', 'P-FILM']),
  product('P-SEALS', ['Dichtungen und Gummiformteile', 'Těsnění a pryžové tvarovky', 'Seals and moulded rubber parts'], '22.19', 'seals', ['C22.19']),

  // Wood, paper, furniture
  product('P-CARDBOARD', ['Wellpappverpackungen', 'Obaly z vlnité lepenky', 'Corrugated board packaging'], '17.21', 'packaging', ['C17.21']),
  product('P-PALLETS', ['Paletten und Holzkisten', 'Palety a dřevěné bedny', 'Pallets and wooden crates'], '16.24.11', 'pallets', ['C16.24'], ['P-TIMBER']),
  product('P-WINDOWS', ['Holzfenster und -türen', 'Dřevěná okna a dveře', 'Wooden windows and doors'], '16.23', 'joinery', ['C16.23'], ['P-TIMBER', 'P-PANELS', 'P-FLAT-GLASS']),
  product('P-WOOD-CRAFT', ['Gedrechselte Holzwaren und Holzkunst', 'Soustružené a dekorativní dřevěné výrobky', 'Turned wooden ware and decorative woodcraft'], '16.29', 'woodcraft', ['C16.29'], ['P-TIMBER']),
  product('P-WOOD-TOYS', ['Holzspielwaren', 'Dřevěné hračky', 'Wooden toys'], '32.40', 'toys', ['C32.40'], ['P-TIMBER', 'P-PANELS']),
  product('P-OFFICE-FURN', ['Büro- und Objektmöbel', 'Kancelářský a objektový nábytek', 'Office and contract furniture'], '31.01', 'furniture', ['C31.01'], ['P-PANELS', 'P-STEEL-TUBE', 'P-POWDER-COAT', 'P-FABRIC']),
  product('P-FURNITURE', ['Wohnmöbel', 'Bytový nábytek', 'Home furniture'], '31.09', 'furniture', ['C31.09'], ['P-TIMBER', 'P-PANELS', 'P-FABRIC']),

  // Glass and ceramics
  product('P-FLAT-GLASS', ['Flachglas', 'Ploché sklo', 'Flat glass'], '23.11', 'flat-glass', ['C23.11'], ['P-SAND']),
  product('P-SAFETY-GLASS', ['Sicherheitsglas für Fahrzeuge (ESG/VSG)', 'Bezpečnostní sklo pro vozidla', 'Automotive safety glass'], '23.12.13', 'safety-glass', ['C23.12'], ['P-FLAT-GLASS']),
  product('P-HOLLOW-GLASS', ['Behälterglas (Flaschen)', 'Obalové sklo (lahve)', 'Container glass (bottles)'], '23.13', 'hollow-glass', ['C23.13'], ['P-SAND']),
  product('P-CRYSTAL', ['Kristallglas und Trinkgläser', 'Křišťálové a nápojové sklo', 'Crystal and drinking glasses'], '23.13', 'glassware', ['C23.13'], ['P-SAND']),
  product('P-TECH-GLASS', ['Technisches Glas und Laborglas', 'Technické a laboratorní sklo', 'Technical and laboratory glass'], '23.19', 'tech-glass', ['C23.19'], ['P-SAND']),
  product('P-GLASS-BEADS', ['Glasperlen und Schmucksteine', 'Skleněné perle a bižuterní kameny', 'Glass beads and jewellery stones'], '23.19', 'glass-beads', ['C23.19'], ['P-SAND']),
  product('P-JEWELLERY', ['Modeschmuck (Bijouterie)', 'Bižuterie', 'Costume jewellery'], '32.13.10', 'jewellery', ['C32.13'], ['P-GLASS-BEADS', 'P-STAMPED']),
  product('P-PORCELAIN', ['Porzellangeschirr', 'Porcelánové nádobí', 'Porcelain tableware'], '23.41.11', 'porcelain', ['C23.41'], ['P-KAOLIN']),
  product('P-TECH-CERAMIC', ['Technische Keramik', 'Technická keramika', 'Technical ceramics'], '23.44', 'tech-ceramic', ['C23.44'], ['P-KAOLIN']),
  product('P-INSULATOR', ['Keramische Isolatoren', 'Keramické izolátory', 'Ceramic insulators'], '23.43.10', 'tech-ceramic', ['C23.43'], ['P-KAOLIN']),

  // Machinery
  product('P-BEARING', ['Wälzlager', 'Valivá ložiska', 'Rolling bearings'], '28.15.10', 'bearing', ['C28.15'], ['P-STEEL-BAR', 'P-HEAT-TREAT']),
  product('P-GEARS', ['Zahnräder und Getriebe', 'Ozubená kola a převodovky', 'Gears and gearboxes'], '28.15', 'drive', ['C28.15'], ['P-FORGED', 'P-TURNED', 'P-HEAT-TREAT', 'P-CASTING-IRON', 'P-BEARING']),
  product('P-HYDRAULICS', ['Hydraulik- und Pneumatikkomponenten', 'Hydraulické a pneumatické prvky', 'Hydraulic and pneumatic components'], '28.12', 'fluid-power', ['C28.12'], ['P-TURNED', 'P-SEALS', 'P-CASTING-IRON']),
  product('P-MACHINE-TOOL', ['Werkzeugmaschinen (Dreh- und Fräsmaschinen)', 'Obráběcí stroje (soustruhy a frézky)', 'Machine tools (lathes, milling machines)'], '28.41', 'machine-tool', ['C28.41'], ['P-CASTING-IRON', 'P-GEARS', 'P-CONTROL-CABINET', 'P-E-MOTOR', 'P-BEARING', 'P-HYDRAULICS']),
  product('P-PRESS', ['Umformmaschinen und Pressen', 'Tvářecí stroje a lisy', 'Metal-forming machines and presses'], '28.41', 'forming-machine', ['C28.41'], ['P-CASTING-IRON', 'P-HYDRAULICS', 'P-CONTROL-CABINET', 'P-STEEL-STRUCT']),
  product('P-PLASTIC-MACHINE', ['Spritzgießmaschinen und Extruder', 'Vstřikovací stroje a extrudéry', 'Injection moulding machines and extruders'], '28.96.10', 'plastics-machine', ['C28.96'], ['P-GEARS', 'P-HYDRAULICS', 'P-CONTROL-CABINET', 'P-E-MOTOR']),
  product('P-TEXTILE-MACHINE', ['Textilmaschinen (Strick-, Web- und Stickmaschinen)', 'Textilní stroje (pletací, tkací a vyšívací)', 'Textile machinery (knitting, weaving, embroidery)'], '28.94', 'textile-machine', ['C28.94'], ['P-MILLED', 'P-E-MOTOR', 'P-CONTROL-CABINET']),
  product('P-HANDLING', ['Fördertechnik und Krane', 'Dopravníky a jeřáby', 'Conveyors and cranes'], '28.22', 'handling', ['C28.22'], ['P-STEEL-STRUCT', 'P-E-MOTOR', 'P-GEARS', 'P-CONTROL-CABINET']),
  product('P-AUTOMATION', ['Sondermaschinen und Automatisierungsanlagen', 'Jednoúčelové stroje a automatizační linky', 'Special-purpose machines and automation lines'], '28.99', 'automation', ['C28.99'], ['P-WELDED', 'P-CONTROL-CABINET', 'P-HYDRAULICS', 'P-MILLED', 'P-SENSOR']),
  product('P-ROBOT-CELL', ['Roboterzellen', 'Robotická pracoviště', 'Robot cells'], '28.99', 'automation', ['C28.99'], ['P-CONTROL-CABINET', 'P-E-MOTOR', 'P-WELDED', 'P-SENSOR']),
  product('P-REPAIR', ['Instandhaltung und Reparatur von Maschinen', 'Údržba a opravy strojů', 'Machinery maintenance and repair'], '33.12', 'maintenance', ['C33.12']),
  product('P-INSTALL', ['Montage und Installation von Industrieanlagen', 'Montáž a instalace průmyslových zařízení', 'Installation of industrial machinery'], '33.20', 'installation', ['C33.20']),

  // Vehicles and their parts
  product('P-SEAT-FRAME', ['Sitzstrukturen (Sitzgestelle)', 'Kostry sedadel', 'Seat frames'], '29.32', 'seat-frame', ['C29.32'], ['P-STAMPED', 'P-STEEL-TUBE', 'P-SPRINGS', 'P-FASTENERS']),
  product('P-CAR-SEAT', ['Fahrzeugsitze', 'Sedadla pro motorová vozidla', 'Vehicle seats'], '29.32.10', 'seat', ['C29.32'], ['P-SEAT-FRAME', 'P-SEAT-COVER', 'P-FOAM', 'P-HARNESS']),
  product('P-INTERIOR', ['Innenraumverkleidungen', 'Interiérové obložení vozidel', 'Vehicle interior trim'], '29.32.20', 'interior', ['C29.32'], ['P-INJECTION', 'P-TECH-TEXTILE', 'P-NONWOVEN', 'P-FILM']),
  product('P-BODY-PARTS', ['Karosserieteile', 'Karosářské díly', 'Car body parts'], '29.32.20', 'body', ['C29.32', 'C25.50'], ['P-DEEP-DRAWN', 'P-STAMPED', 'P-GALV-SHEET']),
  product('P-EXHAUST', ['Abgasanlagen', 'Výfukové systémy', 'Exhaust systems'], '29.32.30', 'exhaust', ['C29.32'], ['P-STEEL-TUBE', 'P-STAMPED']),
  product('P-CHASSIS', ['Fahrwerks- und Achskomponenten', 'Díly podvozků a náprav', 'Chassis and axle components'], '29.32.30', 'chassis', ['C29.32'], ['P-FORGED', 'P-DIECAST-ALU', 'P-STAMPED', 'P-BEARING']),
  product('P-BRAKE', ['Bremsenkomponenten', 'Brzdové komponenty', 'Brake components'], '29.32.30', 'brake', ['C29.32'], ['P-CASTING-IRON', 'P-TURNED', 'P-SEALS']),
  product('P-TRANSMISSION', ['Fahrzeuggetriebe und Antriebsstrang', 'Převodovky a hnací ústrojí vozidel', 'Vehicle transmissions and drivetrain'], '29.32.30', 'drivetrain', ['C29.32'], ['P-GEARS', 'P-DIECAST-ALU', 'P-BEARING', 'P-SEALS', 'P-ECU']),
  product('P-HARNESS', ['Kabelbäume', 'Kabelové svazky', 'Wiring harnesses'], '29.31.10', 'harness', ['C29.31'], ['P-CABLE', 'P-CONNECTOR']),
  product('P-ECU', ['Elektronische Steuergeräte für Fahrzeuge', 'Elektronické řídicí jednotky pro vozidla', 'Automotive electronic control units'], '29.31', 'ecu', ['C29.31'], ['P-PCBA', 'P-HOUSING', 'P-CONNECTOR']),
  product('P-E-DRIVE', ['Elektrische Fahrzeugantriebe', 'Elektrické pohony vozidel', 'Electric vehicle drives'], '29.31', 'e-drive', ['C29.31', 'C27.11'], ['P-E-MOTOR', 'P-PCBA', 'P-DIECAST-ALU']),
  product('P-CAR', ['Personenkraftwagen (Elektro und Hybrid)', 'Osobní automobily (elektrické a hybridní)', 'Passenger cars (electric and hybrid)'], '29.10', 'vehicle', ['C29.10'], ['P-CAR-SEAT', 'P-INTERIOR', 'P-BODY-PARTS', 'P-HARNESS', 'P-ECU', 'P-SAFETY-GLASS', 'P-TRANSMISSION', 'P-E-DRIVE', 'P-BATTERY', 'P-CHASSIS', 'P-BRAKE', 'P-EXHAUST']),
  product('P-SPECIAL-VEHICLE', ['Sonderfahrzeuge und Aufbauten', 'Speciální vozidla a nástavby', 'Special vehicles and bodies'], '29.20', 'vehicle-body', ['C29.20'], ['P-STEEL-STRUCT', 'P-WELDED', 'P-ALU-PROFILE', 'P-HARNESS', 'P-HYDRAULICS']),
  product('P-RAIL-PARTS', ['Komponenten für Schienenfahrzeuge (Drehgestelle, Wagenkästen)', 'Díly kolejových vozidel (podvozky, vozové skříně)', 'Rail vehicle components (bogies, car bodies)'], '30.20', 'rail-parts', ['C30.20'], ['P-WELDED', 'P-ALU-PROFILE', 'P-FORGED', 'P-BEARING']),
  product('P-RAIL-VEHICLE', ['Schienenfahrzeuge (Straßenbahnen, Triebzüge)', 'Kolejová vozidla (tramvaje, ucelené jednotky)', 'Rail vehicles (trams, multiple units)'], '30.20', 'rail-vehicle', ['C30.20'], ['P-RAIL-PARTS', 'P-CONTROL-CABINET', 'P-E-MOTOR', 'P-SAFETY-GLASS', 'P-INTERIOR', 'P-HARNESS']),

  // Other manufacturing
  product('P-INSTRUMENTS', ['Musikinstrumente (Streich- und Blasinstrumente)', 'Hudební nástroje (smyčcové a dechové)', 'Musical instruments (string and wind)'], '32.20', 'music', ['C32.20'], ['P-TIMBER', 'P-TURNED']),
  product('P-MEDICAL', ['Medizintechnische Instrumente und Geräte', 'Zdravotnické nástroje a přístroje', 'Medical devices and instruments'], '32.50', 'medical', ['C32.50'], ['P-TURNED', 'P-INJECTION', 'P-PCBA']),

  // Food and beverages
  product('P-MEAT', ['Fleisch- und Wurstwaren', 'Masné výrobky a uzeniny', 'Meat products and sausages'], '10.13', 'meat', ['C10.13'], ['P-PLASTIC-PACK']),
  product('P-DAIRY', ['Milch und Käse', 'Mléko a sýry', 'Milk and cheese'], '10.51', 'dairy', ['C10.51'], ['P-PLASTIC-PACK']),
  product('P-BREAD', ['Brot und Backwaren', 'Chléb a pekařské výrobky', 'Bread and bakery products'], '10.71.11', 'bakery', ['C10.71'], ['P-CARDBOARD']),
  product('P-MALT', ['Braumalz', 'Pivovarský slad', 'Brewing malt'], '11.06', 'malt', ['C11.06']),
  product('P-BEER', ['Bier', 'Pivo', 'Beer'], '11.05.10', 'beer', ['C11.05'], ['P-MALT', 'P-HOLLOW-GLASS']),
  product('P-MINERAL-WATER', ['Mineralwasser und Erfrischungsgetränke', 'Minerální vody a nealkoholické nápoje', 'Mineral water and soft drinks'], '11.07', 'soft-drinks', ['C11.07'], ['P-HOLLOW-GLASS', 'P-PLASTIC-PACK']),

  // Services
  product('P-ROAD-FREIGHT', ['Straßengüterverkehr', 'Silniční nákladní doprava', 'Road freight transport'], '49.41', 'freight', ['H49.41']),
  product('P-FORWARDING', ['Spedition und Zollabwicklung', 'Spedice a celní služby', 'Freight forwarding and customs clearance'], '52.29', 'freight', ['H52.29']),
  product('P-WAREHOUSING', ['Lagerlogistik und Kontraktlogistik', 'Skladování a smluvní logistika', 'Warehousing and contract logistics'], '52.10', 'warehousing', ['H52.10']),
  product('P-SOFTWARE', ['Individual- und Industriesoftware', 'Zakázkový a průmyslový software', 'Custom and industrial software'], '62.01.11', 'software', ['J62.01']),
  product('P-ERP', ['ERP- und MES-Einführung', 'Zavádění systémů ERP a MES', 'ERP and MES implementation'], '62.02', 'it-services', ['J62.02']),
  product('P-IT-SERVICE', ['IT-Betreuung und Rechenzentrumsdienste', 'Správa IT a služby datových center', 'IT operations and data-centre services'], '63.11', 'it-services', ['J63.11', 'J62.02']),
  product('P-ENGINEERING', ['Konstruktion und Ingenieurdienstleistungen', 'Konstrukční a inženýrské služby', 'Design and engineering services'], '71.12', 'engineering', ['M71.12']),
  product('P-TESTING', ['Werkstoffprüfung und Messdienstleistungen', 'Zkoušení materiálů a metrologické služby', 'Materials testing and metrology services'], '71.20', 'testing', ['M71.20']),
  product('P-RND', ['Auftragsforschung und Entwicklung', 'Smluvní výzkum a vývoj', 'Contract research and development'], '72.19', 'rnd', ['M72.19']),
];
