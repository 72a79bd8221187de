// Single-source and concentration risk, alternative suppliers, and what-if scenarios.
import type { AreaRisk, AreaRiskQuery, FirmRisk, FirmRiskQuery, ProductRisk, RiskFlag } from '../../../../server/src/schemas/risk';
import type { Alternative, Diversification, DiversificationQuery } from '../../../../server/src/schemas/diversification';
import type { InstituteMatch } from '../../../../server/src/schemas/analytics';
import type { WhatIf, WhatIfQuery } from '../../../../server/src/schemas/whatif';
import { call } from './endpoints';
import type { Query } from './client';

export type { Alternative, AreaRisk, Diversification, FirmRisk, InstituteMatch, ProductRisk, RiskFlag, WhatIf };

const firmRiskCall = call('get', '/api/risk/firm');
const areaRiskCall = call('get', '/api/risk/area');
const diversificationCall = call('get', '/api/diversification');

export const fetchFirmRisk = (query: FirmRiskQuery, signal?: AbortSignal) => firmRiskCall<FirmRisk>({ query: query as Query, signal });
export const fetchAreaRisk = (query: AreaRiskQuery, signal?: AbortSignal) => areaRiskCall<AreaRisk>({ query: query as Query, signal });
export const fetchDiversification = (query: DiversificationQuery, signal?: AbortSignal) =>
  diversificationCall<Diversification>({ query: query as Query, signal });

const whatIfCall = call('get', '/api/whatif');
export const fetchWhatIf = (query: WhatIfQuery, signal?: AbortSignal) => whatIfCall<WhatIf>({ query: query as Query, signal });
