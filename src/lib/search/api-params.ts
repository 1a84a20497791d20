// Pure: no DOM, no Svelte. Strict parsing of JSON API parameters: unlike the explorer's forgiving URL
// codec, the API tells the caller exactly which parameter is wrong (400), so integrations get fixed.
import { COUNTRY_NAMES, PARTNER_KINDS } from '../data/schema';
import { KIND_FACETS, LABEL_FACETS } from './records';
import {
	cleanQuery,
	COHORTS,
	DEFAULT_STATE,
	MAX_QUERY_LENGTH,
	SORTS,
	type ExplorerState
} from './url';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

export type ApiSearch = {
	state: ExplorerState;
	limit: number;
	offset: number;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const list = (params: URLSearchParams, key: string) =>
	params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);

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
		return `${key} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw.slice(0, 40))}`;
	const n = Number(raw);
	if (n < min || n > max) return `${key} must be a whole number from ${min} to ${max}, got ${n}`;
	return n;
}

/**
 * Parses /api/search and /api/export parameters.
 * @example parseApiSearch(new URLSearchParams('q=munich&kind=city&limit=5'))
 */
export function parseApiSearch(
	params: URLSearchParams,
	knownThemes?: ReadonlySet<string>
): Parsed<ApiSearch> {
	const rawQ = params.get('q') ?? '';
	if (rawQ.length > MAX_QUERY_LENGTH)
		return {
			ok: false,
			error: `query too long: ${rawQ.length} characters, at most ${MAX_QUERY_LENGTH}`
		};
	const state: ExplorerState = { ...DEFAULT_STATE, q: cleanQuery(rawQ) };

	const kinds = list(params, 'kind');
	for (const k of kinds) {
		if (k !== 'city' && !(KIND_FACETS as readonly string[]).includes(k))
			return {
				ok: false,
				error: `unknown kind ${JSON.stringify(k.slice(0, 40))}: use city, ${KIND_FACETS.join(', ')}`
			};
	}
	state.kind = [
		...new Set(
			kinds.flatMap((k) => (k === 'city' ? ['mission-city', 'pilot-city', 'site-city'] : [k]))
		)
	].sort() as ExplorerState['kind'];

	const countries = list(params, 'country').map((c) => c.toUpperCase());
	for (const c of countries)
		if (!(c in COUNTRY_NAMES))
			return {
				ok: false,
				error: `unknown country ${JSON.stringify(c.slice(0, 40))}: use ISO 3166-1 alpha-2 codes such as DE`
			};
	state.country = [...new Set(countries)].sort();

	const themes = list(params, 'theme');
	for (const t of themes)
		if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(t) || (knownThemes && !knownThemes.has(t)))
			return {
				ok: false,
				error: `unknown theme ${JSON.stringify(t.slice(0, 40))}${knownThemes ? `: use ${[...knownThemes].join(', ')}` : ''}`
			};
	state.theme = [...new Set(themes)].sort();

	const cohorts = list(params, 'cohort');
	for (const c of cohorts)
		if (!(COHORTS as readonly number[]).map(String).includes(c))
			return {
				ok: false,
				error: `unknown cohort ${JSON.stringify(c.slice(0, 40))}: use ${COHORTS.join(', ')}`
			};
	state.cohort = [...new Set(cohorts)].sort();

	const labels = list(params, 'label');
	for (const l of labels)
		if (!(LABEL_FACETS as readonly string[]).includes(l))
			return {
				ok: false,
				error: `unknown label ${JSON.stringify(l.slice(0, 40))}: use ${LABEL_FACETS.join(', ')}`
			};
	state.label = [...new Set(labels)].sort() as ExplorerState['label'];

	const ptypes = list(params, 'ptype');
	for (const t of ptypes)
		if (!(PARTNER_KINDS as readonly string[]).includes(t))
			return {
				ok: false,
				error: `unknown ptype ${JSON.stringify(t.slice(0, 40))}: use ${PARTNER_KINDS.join(', ')}`
			};
	state.ptype = [...new Set(ptypes)].sort();

	const sort = params.get('sort');
	if (sort !== null && sort !== '') {
		if (!(SORTS as readonly string[]).includes(sort))
			return {
				ok: false,
				error: `unknown sort ${JSON.stringify(sort.slice(0, 40))}: use ${SORTS.join(', ')}`
			};
		state.sort = sort as ExplorerState['sort'];
	}

	const limit = intParam(params, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
	if (typeof limit === 'string') return { ok: false, error: limit };
	const offset = intParam(params, 'offset', 0, 1_000_000, 0);
	if (typeof offset === 'string') return { ok: false, error: offset };
	return { ok: true, value: { state, limit, offset } };
}
