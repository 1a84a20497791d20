// Pure: no DOM, no Svelte. Explorer state <-> URL search parameters. The URL is the one source of
// truth for what is shown; this codec is forgiving (junk is dropped) and canonical (defaults left out,
// multi-values sorted), so equal states give equal URLs.
import { KIND_FACETS, LABEL_FACETS, type KindFacet, type LabelFacet } from './records';
import { PARTNER_KINDS } from '../data/schema';

/** Longer queries are cut in the explorer and refused by the API: no name is anywhere near this long. */
export const MAX_QUERY_LENGTH = 200;
/** auto: map beside the list on wide screens, the list on phones; map/list: that one first. */
export const VIEWS = ['auto', 'map', 'list'] as const;
export const SORTS = ['relevance', 'name', 'kind', 'country'] as const;
export const COHORTS = [1, 2, 3] as const;

export interface ExplorerState {
	q: string;
	kind: KindFacet[];
	country: string[];
	theme: string[];
	cohort: string[];
	label: LabelFacet[];
	ptype: string[];
	/** Selected record key, e.g. "city:malmo". */
	sel: string | null;
	view: (typeof VIEWS)[number];
	sort: (typeof SORTS)[number];
}

export type FacetName = 'kind' | 'country' | 'theme' | 'cohort' | 'label' | 'ptype';
export const FACET_NAMES: FacetName[] = ['kind', 'country', 'theme', 'cohort', 'label', 'ptype'];

export const DEFAULT_STATE: ExplorerState = {
	q: '',
	kind: [],
	country: [],
	theme: [],
	cohort: [],
	label: [],
	ptype: [],
	sel: null,
	view: 'auto',
	sort: 'relevance'
};

const COUNTRY_PATTERN = /^[A-Z]{2}$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const KEY_PATTERN = /^(city|pilot|project|partner):[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_VALUES = 50;

/** Control characters never belong in a query; they are dropped rather than refused. */
export function cleanQuery(raw: string): string {
	return (
		raw
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** All values of a parameter, from repeated keys and comma lists: `kind=a&kind=b` or `kind=a,b`. */
function listParam(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

function accepted(values: string[], ok: (v: string) => boolean): string[] {
	return [...new Set(values.filter(ok))].sort().slice(0, MAX_VALUES);
}

function kindValues(values: string[]): KindFacet[] {
	// `kind=city` is accepted as a shorthand for every kind of city.
	const expanded = values.flatMap((v) =>
		v === 'city' ? ['mission-city', 'pilot-city', 'site-city'] : [v]
	);
	return accepted(expanded, (v) => (KIND_FACETS as readonly string[]).includes(v)) as KindFacet[];
}

/**
 * Reads explorer state from URL parameters. Never throws: unknown or garbled values fall back.
 * @example stateFromParams(new URLSearchParams('q=munich&country=de,XX!&view=list')).country // ['DE']
 */
export function stateFromParams(params: URLSearchParams): ExplorerState {
	const view = params.get('view');
	const sort = params.get('sort');
	const sel = params.get('sel');
	return {
		q: cleanQuery(params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
		kind: kindValues(listParam(params, 'kind')),
		country: accepted(
			listParam(params, 'country').map((c) => c.toUpperCase()),
			(c) => COUNTRY_PATTERN.test(c)
		),
		theme: accepted(listParam(params, 'theme'), (t) => ID_PATTERN.test(t)),
		cohort: accepted(
			listParam(params, 'cohort'),
			(c) => (COHORTS as readonly number[]).includes(Number(c)) && /^\d$/.test(c)
		),
		label: accepted(listParam(params, 'label'), (l) =>
			(LABEL_FACETS as readonly string[]).includes(l)
		) as LabelFacet[],
		ptype: accepted(listParam(params, 'ptype'), (t) =>
			(PARTNER_KINDS as readonly string[]).includes(t)
		),
		sel: sel && KEY_PATTERN.test(sel) ? sel : null,
		view: (VIEWS as readonly string[]).includes(view ?? '')
			? (view as ExplorerState['view'])
			: 'auto',
		sort: (SORTS as readonly string[]).includes(sort ?? '')
			? (sort as ExplorerState['sort'])
			: 'relevance'
	};
}

/** Canonical URL parameters for a state: defaults left out, values sorted, fixed key order. */
export function stateToParams(state: Partial<ExplorerState>): URLSearchParams {
	const s = { ...DEFAULT_STATE, ...state };
	const params = new URLSearchParams();
	if (s.q.trim()) params.set('q', s.q.trim());
	for (const facet of FACET_NAMES) {
		const values = [...new Set(s[facet] as string[])].sort();
		if (values.length) params.set(facet, values.join(','));
	}
	if (s.sel) params.set('sel', s.sel);
	if (s.view !== DEFAULT_STATE.view) params.set('view', s.view);
	if (s.sort !== DEFAULT_STATE.sort) params.set('sort', s.sort);
	return params;
}

/** `?q=...` for a state, or '' for the default state; for links and goto. */
export function stateToSearch(state: Partial<ExplorerState>): string {
	const text = stateToParams(state).toString();
	return text ? `?${text}` : '';
}

/** Toggles one facet value and clears the selection, as a new state. */
export function toggleFacet(state: ExplorerState, facet: FacetName, value: string): ExplorerState {
	const current = state[facet] as string[];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return { ...state, [facet]: next.sort(), sel: null } as ExplorerState;
}

export function hasActiveFilters(state: ExplorerState): boolean {
	return FACET_NAMES.some((f) => (state[f] as string[]).length > 0);
}
