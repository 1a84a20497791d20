import type { ParamMatcher } from '@sveltejs/kit';

/** Record ids: lower-case letters, digits and dashes (as checked in data/). */
export const match: ParamMatcher = (param) => /^[a-z0-9][a-z0-9-]{0,79}$/.test(param);
