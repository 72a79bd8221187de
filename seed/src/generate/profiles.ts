// What the generator assumes about firms of each sector class: how common they are in the programme
// area (relative weights, before the districts' strengths), how much larger than average they tend to
// be, and which equipment and services they buy besides the inputs of their own products.
// Numbers are rough estimates chosen to give the industrial mix of the border region, not statistics.

export interface SectorProfile {
  weight: number;
  /** Size classes added to the drawn one (3 = always large). */
  sizeShift?: number;
  /** Equipment and services bought, with the chance that a firm of this class needs each. */
  uses?: Record<string, number>;
}

const metalFinishing = { 'P-HEAT-TREAT': 0.3, 'P-COATING': 0.25 };
const automotiveLine = { 'P-AUTOMATION': 0.25, 'P-ROBOT-CELL': 0.15, 'P-MEASURING': 0.15 };
const machineBuilder = { 'P-ENGINEERING': 0.25, 'P-SOFTWARE': 0.15, 'P-MEASURING': 0.1 };
const foodMaker = { 'P-PLASTIC-PACK': 0.5, 'P-CARDBOARD': 0.5, 'P-AUTOMATION': 0.1 };
const logistics = { 'P-PALLETS': 0.3, 'P-SPECIAL-VEHICLE': 0.2, 'P-HANDLING': 0.2, 'P-IT-SERVICE': 0.3, 'P-SOFTWARE': 0.2 };
const itFirm = { 'P-IT-SERVICE': 0.2 };
const textile = { 'P-TEXTILE-MACHINE': 0.35 };

export const sectorProfiles: Record<string, SectorProfile> = {
  'B08.12': { weight: 0.5, sizeShift: 1 },
  'C10.13': { weight: 2, uses: foodMaker },
  'C10.51': { weight: 0.6, sizeShift: 1, uses: foodMaker },
  'C10.71': { weight: 3, uses: foodMaker },
  'C11.05': { weight: 0.6, uses: foodMaker },
  'C11.06': { weight: 0.2, sizeShift: 1 },
  'C11.07': { weight: 0.4, sizeShift: 1, uses: foodMaker },
  'C13.10': { weight: 0.4, uses: textile },
  'C13.20': { weight: 0.8, uses: textile },
  'C13.92': { weight: 0.6, uses: textile },
  'C13.95': { weight: 0.4, uses: textile },
  'C13.96': { weight: 0.8, uses: textile },
  'C13.99': { weight: 0.6, uses: textile },
  'C16.10': { weight: 1.5, uses: { 'P-HANDLING': 0.1 } },
  'C16.21': { weight: 0.3, sizeShift: 1 },
  'C16.23': { weight: 2 },
  'C16.24': { weight: 0.8 },
  'C16.29': { weight: 0.8 },
  'C17.21': { weight: 0.6, sizeShift: 1 },
  'C20.13': { weight: 0.3, sizeShift: 2 },
  'C20.16': { weight: 0.6, sizeShift: 2 },
  'C22.19': { weight: 1.2, uses: { 'P-MOULD': 0.3 } },
  'C22.21': { weight: 1.5, uses: { 'P-PLASTIC-MACHINE': 0.25 } },
  'C22.22': { weight: 1.5, uses: { 'P-MOULD': 0.3, 'P-PLASTIC-MACHINE': 0.2 } },
  'C22.29': { weight: 6, uses: { 'P-MOULD': 0.6, 'P-PLASTIC-MACHINE': 0.25, ...automotiveLine } },
  'C23.11': { weight: 0.3, sizeShift: 2 },
  'C23.12': { weight: 0.5, sizeShift: 1 },
  'C23.13': { weight: 0.8 },
  'C23.14': { weight: 0.2, sizeShift: 1 },
  'C23.19': { weight: 0.8 },
  'C23.41': { weight: 0.6 },
  'C23.43': { weight: 0.2, sizeShift: 1 },
  'C23.44': { weight: 0.5 },
  'C24.10': { weight: 0.4, sizeShift: 2 },
  'C24.20': { weight: 0.4, sizeShift: 1 },
  'C24.42': { weight: 0.4, sizeShift: 1 },
  'C24.44': { weight: 0.2, sizeShift: 1 },
  'C24.51': { weight: 1, uses: { 'P-SAND': 0.3 } },
  'C24.53': { weight: 1, uses: { 'P-MOULD': 0.3, 'P-HEAT-TREAT': 0.2 } },
  'C25.11': { weight: 5, uses: { 'P-POWDER-COAT': 0.4, 'P-LASER-CUT': 0.3 } },
  'C25.50': { weight: 4, uses: { 'P-DIE': 0.6, 'P-PRESS': 0.25, ...metalFinishing, ...automotiveLine } },
  'C25.61': { weight: 3 },
  'C25.62': { weight: 9, uses: { 'P-CUTTING-TOOL': 0.6, 'P-MACHINE-TOOL': 0.25, ...metalFinishing, 'P-MEASURING': 0.1 } },
  'C25.73': { weight: 3, uses: { 'P-CUTTING-TOOL': 0.5, 'P-MACHINE-TOOL': 0.3, 'P-HEAT-TREAT': 0.4 } },
  'C25.93': { weight: 1.2, uses: metalFinishing },
  'C25.94': { weight: 1.2, uses: { 'P-DIE': 0.3, ...metalFinishing } },
  'C25.99': { weight: 3, uses: { 'P-POWDER-COAT': 0.3, 'P-LASER-CUT': 0.3 } },
  'C26.11': { weight: 1.5, sizeShift: 1, uses: { 'P-MEASURING': 0.3, 'P-TECH-GLASS': 0.2, 'P-AUTOMATION': 0.2 } },
  'C26.12': { weight: 2, uses: { 'P-MEASURING': 0.3, 'P-AUTOMATION': 0.15 } },
  'C26.51': { weight: 2, uses: machineBuilder },
  'C26.52': { weight: 0.2, uses: { 'P-MACHINE-TOOL': 0.2 } },
  'C26.70': { weight: 0.8, uses: machineBuilder },
  'C27.11': { weight: 1, uses: machineBuilder },
  'C27.12': { weight: 2, uses: machineBuilder },
  'C27.20': { weight: 0.4, sizeShift: 1, uses: { 'P-AUTOMATION': 0.4, 'P-ROBOT-CELL': 0.3 } },
  'C27.32': { weight: 0.8 },
  'C27.33': { weight: 0.6, uses: { 'P-MOULD': 0.3, 'P-DIE': 0.3 } },
  'C27.90': { weight: 1, uses: machineBuilder },
  'C28.12': { weight: 1, uses: machineBuilder },
  'C28.15': { weight: 1.2, uses: { ...machineBuilder, 'P-CUTTING-TOOL': 0.3 } },
  'C28.22': { weight: 1.2, uses: machineBuilder },
  'C28.41': { weight: 2, uses: machineBuilder },
  'C28.94': { weight: 0.6, uses: machineBuilder },
  'C28.96': { weight: 0.6, uses: machineBuilder },
  'C28.99': { weight: 4, uses: machineBuilder },
  'C29.10': { weight: 0.3, sizeShift: 3, uses: { 'P-AUTOMATION': 0.6, 'P-ROBOT-CELL': 0.5, 'P-HANDLING': 0.4, 'P-INSTALL': 0.4, 'P-ENGINEERING': 0.4 } },
  'C29.20': { weight: 0.6, uses: { 'P-POWDER-COAT': 0.4 } },
  'C29.31': { weight: 1, sizeShift: 1, uses: automotiveLine },
  'C29.32': { weight: 3, sizeShift: 1, uses: automotiveLine },
  'C30.20': { weight: 0.3, sizeShift: 2, uses: { 'P-INSTALL': 0.3, 'P-ENGINEERING': 0.3, 'P-POWDER-COAT': 0.3 } },
  'C31.01': { weight: 0.8 },
  'C31.09': { weight: 1.5 },
  'C32.13': { weight: 0.3 },
  'C32.20': { weight: 0.3 },
  'C32.40': { weight: 0.4 },
  'C32.50': { weight: 1, uses: { 'P-MEASURING': 0.2, 'P-TESTING': 0.3 } },
  'C33.12': { weight: 3, uses: { 'P-CUTTING-TOOL': 0.2, 'P-MEASURING': 0.15 } },
  'C33.20': { weight: 2 },
  'H49.41': { weight: 6, uses: logistics },
  'H52.10': { weight: 2, uses: logistics },
  'H52.29': { weight: 2, uses: { 'P-SOFTWARE': 0.2, 'P-IT-SERVICE': 0.3 } },
  'J62.01': { weight: 5, uses: itFirm },
  'J62.02': { weight: 3, uses: itFirm },
  'J63.11': { weight: 1.5 },
  'M71.12': { weight: 5, uses: { 'P-SOFTWARE': 0.3, 'P-TESTING': 0.2, 'P-MEASURING': 0.1 } },
  'M71.20': { weight: 1.5, uses: { 'P-MEASURING': 0.3 } },
  'M72.19': { weight: 1, uses: { 'P-MEASURING': 0.3, 'P-TESTING': 0.2 } },
};

/** What every producing firm may buy (manufacturing and mining). */
export const producerUses: Record<string, number> = {
  'P-ROAD-FREIGHT': 0.35,
  'P-FORWARDING': 0.12,
  'P-WAREHOUSING': 0.1,
  'P-REPAIR': 0.2,
  'P-IT-SERVICE': 0.15,
  'P-ERP': 0.1,
  'P-SOFTWARE': 0.05,
  'P-CARDBOARD': 0.15,
  'P-PALLETS': 0.2,
  'P-TESTING': 0.08,
  'P-ENGINEERING': 0.08,
  'P-RND': 0.03,
};

export const sizes = ['micro', 'small', 'medium', 'large'] as const;
export type Size = (typeof sizes)[number];

/** Share of firms per size class before the sector's shift (the network is skewed to producers). */
export const sizeShares = [0.45, 0.33, 0.16, 0.06];

/** Certification schemes: which sectors hold them and how likely per size class. */
export const certificationRules: { name: string; sectors: string[]; chance: [number, number, number, number] }[] = [
  { name: 'ISO 9001', sectors: ['B', 'C', 'H', 'J', 'M'], chance: [0.25, 0.6, 0.85, 0.95] },
  { name: 'IATF 16949', sectors: ['C29', 'C22.29', 'C25.50', 'C25.61', 'C25.62', 'C27.32', 'C24.53', 'C13.92', 'C26.12'], chance: [0.02, 0.3, 0.6, 0.8] },
  { name: 'ISO 14001', sectors: ['B', 'C', 'H'], chance: [0.03, 0.12, 0.35, 0.7] },
  { name: 'ISO 50001', sectors: ['C'], chance: [0, 0.05, 0.2, 0.5] },
  { name: 'ISO 45001', sectors: ['B', 'C', 'H'], chance: [0, 0.05, 0.15, 0.4] },
  { name: 'ISO 13485', sectors: ['C32.50', 'C26.51'], chance: [0.3, 0.6, 0.8, 0.9] },
  { name: 'EN 9100', sectors: ['C25.62', 'C25.50', 'C24.53', 'C25.61'], chance: [0, 0.05, 0.1, 0.2] },
  { name: 'EN 1090', sectors: ['C25.11', 'C25.99'], chance: [0.3, 0.7, 0.9, 0.9] },
  { name: 'ISO/IEC 27001', sectors: ['J62', 'J63'], chance: [0.05, 0.2, 0.5, 0.8] },
  { name: 'TISAX', sectors: ['C29', 'J62.01', 'M71.12'], chance: [0, 0.05, 0.2, 0.4] },
  { name: 'IFS Food', sectors: ['C10', 'C11'], chance: [0.05, 0.3, 0.6, 0.8] },
  { name: 'FSC', sectors: ['C16', 'C17', 'C31', 'C32.40'], chance: [0.1, 0.3, 0.5, 0.6] },
];
