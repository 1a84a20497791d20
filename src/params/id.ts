import type { ParamMatcher } from '@sveltejs/kit';
import { ID_PATTERN } from '$lib/model/kinds';

/** Record ids: lower-case letters, digits and dashes (as checked in data/). */
export const match: ParamMatcher = (param) => ID_PATTERN.test(param);
