// A firm's needed products, riskiest first: no supplier, then a single source, then all suppliers
// in one district, then in one country; within a level, fewer offering firms first.
import type { ProductRisk, RiskFlag } from '$lib/api/risk';

const weight: Record<RiskFlag, number> = { NO_SUPPLIER: 8, SINGLE_SOURCE: 4, ONE_DISTRICT: 2, ONE_COUNTRY: 1 };
const severity = (row: ProductRisk) => row.risks.reduce((sum, flag) => sum + weight[flag], 0);

export const byRisk = (rows: ProductRisk[]) => [...rows].sort((a, b) => severity(b) - severity(a) || a.offeredBy - b.offeredBy);
