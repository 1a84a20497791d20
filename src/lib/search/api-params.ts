// Pure: no DOM, no Svelte. Strict parsing of JSON API parameters: unlike the explorer's forgiving URL
// codec, the API tells the caller exactly which parameter is wrong (400), so integrations get fixed.
// Facet values are read by the same function as the pages' parser (readFacetParam), from the same table.
import { FACETS, allowedValues, type FacetContext, type FacetRow } from '../model/facets';
import {
	cleanQuery,
	createStateCodec,
	MAX_QUERY_LENGTH,
	MAX_VALUES,
	readFacetParam,
	SORTS,
	type ExplorerState
} from './url';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;
/** Lists of allowed values longer than this are not spelled out in an error. */
const MAX_LISTED = 20;

export type ApiSearch<N extends string = string> = {
	state: ExplorerState<N>;
	limit: number;
	offset: number;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const quote = (raw: string) => JSON.stringify(raw.slice(0, 40));

function intParam(
	params: URLSearchParams,
	key: string,
	min: number,
	max: number,
	fallback: number
): number | string {
	const raw = params.get(key);
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,7}$/.test(raw))
		return `${key} must be a whole number from ${min} to ${max}, got ${quote(raw)}`;
	const n = Number(raw);
	if (n < min || n > max) return `${key} must be a whole number from ${min} to ${max}, got ${n}`;
	return n;
}

function unknownValue(facet: FacetRow, raw: string, ctx: FacetContext): string {
	const allowed = allowedValues(facet, ctx);
	const use =
		allowed && allowed.length <= MAX_LISTED
			? [...Object.keys(facet.shorthands ?? {}), ...allowed].join(', ')
			: facet.hint;
	return `unknown ${facet.name} ${quote(raw)}${use ? `: use ${use}` : ''}`;
}

/** The API's parser for a facet table (the app uses FACETS; tests may add a row). */
export function createApiParser<N extends string>(facets: readonly FacetRow<N>[]) {
	const codec = createStateCodec(facets);
	/**
	 * Parses /api/search and /api/export parameters.
	 * @example parseApiSearch(new URLSearchParams('q=munich&kind=city&limit=5'), { themes })
	 */
	return function parseApiSearch(
		params: URLSearchParams,
		ctx: FacetContext = {}
	): Parsed<ApiSearch<N>> {
		const rawQ = params.get('q') ?? '';
		if (rawQ.length > MAX_QUERY_LENGTH)
			return {
				ok: false,
				error: `query too long: ${rawQ.length} characters, at most ${MAX_QUERY_LENGTH}`
			};
		const state = { ...codec.defaults, q: cleanQuery(rawQ) } as ExplorerState<N>;
		for (const facet of facets) {
			const { values, rejected } = readFacetParam(params, facet, ctx);
			if (rejected.length) return { ok: false, error: unknownValue(facet, rejected[0], ctx) };
			const max = facet.multi ? MAX_VALUES : 1;
			if (values.length > max)
				return { ok: false, error: `${facet.name} takes at most ${max} value(s)` };
			(state as Record<string, string[]>)[facet.name] = values;
		}
		const sort = params.get('sort');
		if (sort !== null && sort !== '') {
			if (!(SORTS as readonly string[]).includes(sort))
				return { ok: false, error: `unknown sort ${quote(sort)}: use ${SORTS.join(', ')}` };
			state.sort = sort as ExplorerState['sort'];
		}
		const limit = intParam(params, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
		if (typeof limit === 'string') return { ok: false, error: limit };
		const offset = intParam(params, 'offset', 0, 1_000_000, 0);
		if (typeof offset === 'string') return { ok: false, error: offset };
		return { ok: true, value: { state, limit, offset } };
	};
}

export const parseApiSearch = createApiParser(FACETS);
