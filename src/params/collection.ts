import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param): param is 'cities' | 'pilots' | 'projects' | 'partners' =>
	param === 'cities' ||
	param === 'pilots' ||
	param === 'projects' ||
	param === 'partners') satisfies ParamMatcher;
