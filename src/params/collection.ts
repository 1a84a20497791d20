import type { ParamMatcher } from '@sveltejs/kit';
import { isCollection, type Collection } from '$lib/model/kinds';

/** `cities`, `pilots`, ...: the collections of the kinds table. */
export const match = ((param): param is Collection => isCollection(param)) satisfies ParamMatcher;
