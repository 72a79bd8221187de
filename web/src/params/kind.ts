import type { ParamMatcher } from '@sveltejs/kit';
import { isEntityKind } from '$lib/api/types';

export const match: ParamMatcher = (param) => isEntityKind(param);
