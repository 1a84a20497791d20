// Pure: no DOM, no Svelte. Explorer state <-> URL search parameters, driven by the facet table. The URL
// is the one source of truth for what is shown. The pages' parser is forgiving (junk is dropped), the
// API's is strict (junk is a 400 naming the parameter); both read values the same way, so a link the
// page builds from what it accepted is always one the API accepts. The codec is canonical (defaults
// left out, multi-values sorted), so equal states give equal URLs.
import * as v from 'valibot';
import { FACETS, type FacetContext, type FacetName, type FacetRow } from '../model/facets';
import { parseRecordKey } from '../model/kinds';

export { FACET_NAMES, type FacetName, type FacetContext } from '../model/facets';

/** Longer queries are cut in the explorer and refused by the API: no name is anywhere near this long. */
export const MAX_QUERY_LENGTH = 200;
/** Whether a URL's query is longer than the explorer keeps (it is cut, and the page says so). */
export function isQueryCut(params: URLSearchParams): boolean {
	return cleanQuery(params.get('q') ?? '').length > MAX_QUERY_LENGTH;
}
/** auto: map beside the list on wide screens, the list on phones; map/list: that one first. */
export const VIEWS = ['auto', 'map', 'list'] as const;
export const SORTS = ['relevance', 'name', 'kind', 'country'] as const;
/** More values than this in one facet are dropped: no real filter needs them, and it bounds the work. */
export const MAX_VALUES = 50;

export interface BaseState {
	q: string;
	/** Selected record key, e.g. "city:malmo". */
	sel: string | null;
	view: (typeof VIEWS)[number];
	sort: (typeof SORTS)[number];
}
/** The explorer's whole state: query, one value list per facet, selection, view and sort. */
export type ExplorerState<N extends string = FacetName> = BaseState & Record<N, string[]>;

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
export function listParam(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

/**
 * A facet's values in a URL, split into the accepted (canonical: shorthands expanded, normalised,
 * unique, sorted) and the rejected (as typed). Both parsers use this, so they cannot disagree.
 */
export function readFacetParam(
	params: URLSearchParams,
	facet: FacetRow,
	ctx: FacetContext
): { values: string[]; rejected: string[] } {
	const schema = facet.schema(ctx);
	const values = new Set<string>();
	const rejected: string[] = [];
	for (const raw of listParam(params, facet.name)) {
		// hasOwn: a value like "constructor" must not find Object.prototype's members.
		const shorthand =
			facet.shorthands && Object.hasOwn(facet.shorthands, raw) ? facet.shorthands[raw] : null;
		const expanded = shorthand ?? [facet.normalise ? facet.normalise(raw) : raw];
		for (const value of expanded) {
			if (v.is(schema, value)) values.add(value);
			else rejected.push(raw);
		}
	}
	return { values: [...values].sort(), rejected };
}

/** The explorer's URL codec for a facet table (the app uses FACETS; tests may add a row). */
export function createStateCodec<N extends string>(facets: readonly FacetRow<N>[]) {
	const names = facets.map((f) => f.name);
	const defaults = {
		q: '',
		sel: null,
		view: 'auto',
		sort: 'relevance',
		...Object.fromEntries(names.map((n) => [n, [] as string[]]))
	} as ExplorerState<N>;

	/**
	 * Reads explorer state from URL parameters. Never throws: unknown or garbled values fall back.
	 * @example stateFromParams(new URLSearchParams('q=munich&country=de,XX!&view=list')).country // ['DE']
	 */
	function stateFromParams(params: URLSearchParams, ctx: FacetContext = {}): ExplorerState<N> {
		const view = params.get('view');
		const sort = params.get('sort');
		const sel = params.get('sel');
		const state = {
			...defaults,
			q: cleanQuery(params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
			sel: sel && parseRecordKey(sel) ? sel : null,
			view: (VIEWS as readonly string[]).includes(view ?? '') ? view : 'auto',
			sort: (SORTS as readonly string[]).includes(sort ?? '') ? sort : 'relevance'
		} as ExplorerState<N>;
		for (const facet of facets) {
			const { values } = readFacetParam(params, facet, ctx);
			(state as Record<string, string[]>)[facet.name] = facet.multi
				? values.slice(0, MAX_VALUES)
				: values.slice(0, 1);
		}
		return state;
	}

	/** Canonical URL parameters for a state: defaults left out, values sorted, fixed key order. */
	function stateToParams(partial: Partial<ExplorerState<N>>): URLSearchParams {
		const s = { ...defaults, ...partial } as ExplorerState<N>;
		const params = new URLSearchParams();
		if (s.q.trim()) params.set('q', s.q.trim());
		for (const name of names) {
			const values = [...new Set(s[name] as string[])].sort();
			if (values.length) params.set(name, values.join(','));
		}
		if (s.sel) params.set('sel', s.sel);
		if (s.view !== defaults.view) params.set('view', s.view);
		if (s.sort !== defaults.sort) params.set('sort', s.sort);
		return params;
	}

	/** `?q=...` for a state, or '' for the default state; for links and goto. */
	function stateToSearch(partial: Partial<ExplorerState<N>>): string {
		// Commas separate values and need no escaping in a query: `kind=pilot,project` reads better.
		const text = stateToParams(partial).toString().replace(/%2C/g, ',');
		return text ? `?${text}` : '';
	}

	/** Toggles one facet value and clears the selection, as a new state. */
	function toggleFacet(state: ExplorerState<N>, facet: N, value: string): ExplorerState<N> {
		const current = state[facet] as string[];
		const next = current.includes(value) ? current.filter((x) => x !== value) : [...current, value];
		return { ...state, [facet]: next.sort(), sel: null };
	}

	function hasActiveFilters(state: ExplorerState<N>): boolean {
		return names.some((f) => (state[f] as string[]).length > 0);
	}

	return {
		facets,
		names,
		defaults,
		stateFromParams,
		stateToParams,
		stateToSearch,
		toggleFacet,
		hasActiveFilters
	};
}

const codec = createStateCodec(FACETS);

export const DEFAULT_STATE: ExplorerState = codec.defaults;
export const stateFromParams = codec.stateFromParams;
export const stateToParams = codec.stateToParams;
export const stateToSearch = codec.stateToSearch;
export const toggleFacet = codec.toggleFacet;
export const hasActiveFilters = codec.hasActiveFilters;

/**
 * The one builder of explorer links: the explorer at `/` showing a (partial) state.
 * @example explorerHref({ kind: ['pilot'], theme: ['energy'] }) === '/?kind=pilot&theme=energy'
 */
export function explorerHref(state: Partial<ExplorerState> = {}): string {
	return `/${stateToSearch(state)}`;
}

/** The export download of a state's results (`format` first, then the explorer's parameters). */
export function exportHref(state: Partial<ExplorerState>, format: 'csv' | 'json'): string {
	const params = stateToParams({ ...state, sel: null, view: 'auto' }).toString();
	return `/api/export?format=${format}${params ? `&${params}` : ''}`;
}
