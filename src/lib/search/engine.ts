// Pure: no DOM, no Svelte. Query + facets -> ordered results with facet counts. The explorer page,
// the JSON API and the benchmarks all call this one function.
import { applyFacets, type FacetCounts } from './filters';
import {
	closestNames,
	createSearchIndex,
	createSearchIndexInSlices,
	matchQuery,
	nameOrder,
	plainName,
	type Match,
	type SearchIndex
} from './fuzzy';
import { clearBestMatch, isNameMatch } from './match-quality';
import type { SearchRecord } from './records';
import type { ExplorerState } from './url';
import { FACETS, type FacetName, type FacetRow } from '../model/facets';
import { kindOrder } from '../model/kinds';
import { countryNames, namedIn, type NameMap } from './named-facets';

export interface SearchOutcome {
	/** Indices into index.records, best first (or by name for an empty query). */
	order: number[];
	total: number;
	counts: FacetCounts;
	/** When nothing matched: the closest names, to offer instead of an empty page. */
	suggestions: SearchRecord[];
	/** The record (index) that clearly stands out among the results, for Enter to open; else null. */
	best: number | null;
	/**
	 * Whether anything in the data (filters aside) is called what was searched for, by name, title or a
	 * close spelling. False for "vienna", which finds only a far fuzzy match: the page says so.
	 */
	nameFound: boolean;
}

const indexCache = new WeakMap<SearchRecord[], SearchIndex<SearchRecord>>();

/**
 * The search index of a record array, built once per array (memoised by identity). Pass the
 * messages' `recordName` so that names shown (an untitled pilot's) are names found.
 */
export function indexFor(
	records: SearchRecord[],
	displayName?: (r: SearchRecord) => string
): SearchIndex<SearchRecord> {
	let index = indexCache.get(records);
	if (!index)
		indexCache.set(
			records,
			(index = createSearchIndex(records, displayName, nameOrderCache.get(records)?.byName))
		);
	return index;
}

/** What a search without a query needs: the records and their order by name (an index has both). */
export type NameOrder = Pick<SearchIndex<SearchRecord>, 'records' | 'byName'>;

const nameOrderCache = new WeakMap<SearchRecord[], NameOrder>();

/**
 * The records in name order: the index's once it is built, else that order alone. A search without a
 * query needs no more, so a first view that searches nothing (the kiosk's) shows without building the
 * index, which cost 30-50 ms at full speed on a cold page; the index follows in slices.
 */
export function nameOrderFor(
	records: SearchRecord[],
	displayName: (r: SearchRecord) => string = plainName
): NameOrder {
	const built = indexCache.get(records);
	if (built) return built;
	let order = nameOrderCache.get(records);
	if (!order)
		nameOrderCache.set(records, (order = { records, byName: nameOrder(records.map(displayName)) }));
	return order;
}

/**
 * The records' name order as `nameOrder` gives it for these display names, worked out elsewhere (the
 * server, which sends it with the records): neither a first view nor the index sorts them again. The
 * sort was the biggest part of the kiosk's hydration (12 ms at full speed, twice).
 */
export function knowNameOrder(records: SearchRecord[], byName: ArrayLike<number>): void {
	if (indexCache.has(records) || byName.length !== records.length) return;
	nameOrderCache.set(records, { records, byName: Int32Array.from(byName) });
}

/**
 * Builds the index `indexFor` will return, in slices with `yieldTo()` in between (a browser's tasks
 * stay short); a no-op when it is built already. A name order known already is reused.
 */
export async function prepareIndex(
	records: SearchRecord[],
	displayName: ((r: SearchRecord) => string) | undefined,
	yieldTo: () => Promise<void>
): Promise<void> {
	if (indexCache.has(records)) return;
	// Not in the caller's task: the kiosk asked during its hydration, which the first slice made longer.
	await yieldTo();
	if (indexCache.has(records)) return;
	const index = await createSearchIndexInSlices(records, displayName, yieldTo, {
		byName: nameOrderCache.get(records)?.byName
	});
	if (!indexCache.has(records)) indexCache.set(records, index);
}

const byValueCache = new WeakMap<SearchIndex<SearchRecord>, Map<string, number[]>>();

/** Records with a country or theme (`country:DE`, `theme:energy`), in name order; built once per index. */
function recordsWith(index: SearchIndex<SearchRecord>, key: string): readonly number[] {
	let byValue = byValueCache.get(index);
	if (!byValue) {
		byValue = new Map();
		for (const i of index.byName) {
			const r = index.records[i];
			for (const k of [
				...r.countries.map((c) => `country:${c}`),
				...r.themes.map((t) => `theme:${t}`)
			]) {
				const list = byValue.get(k);
				if (list) list.push(i);
				else byValue.set(k, [i]);
			}
		}
		byValueCache.set(index, byValue);
	}
	return byValue.get(key) ?? [];
}

/**
 * Records reached through a country or theme the query names ("allemagne", "energie munich"), after
 * the records found by name: the named value's records, matching the other words if there are any.
 */
function namedMatches(
	index: SearchIndex<SearchRecord>,
	query: string,
	themeNames: NameMap
): number[] | null {
	const found: number[] = [];
	for (const [facet, names] of [
		['country', countryNames()],
		['theme', themeNames]
	] as const) {
		const named = namedIn(query, names);
		if (!named) continue;
		const holders = recordsWith(index, `${facet}:${named.value}`);
		if (!named.rest) found.push(...holders);
		else {
			const set = new Set(holders);
			for (const m of matchQuery(index, named.rest)) if (set.has(m.index)) found.push(m.index);
		}
	}
	return found.length ? found : null;
}

/** `list` followed by the items of `more` it does not hold yet. */
function appendNew(list: number[], more: number[] | null): number[] {
	if (!more) return list;
	const seen = new Set(list);
	for (const i of more) {
		if (seen.has(i)) continue;
		seen.add(i);
		list.push(i);
	}
	return list;
}

/**
 * Runs a search: query matching (or all records by name), then facets and counts, then sort.
 * `themeNames` (folded label -> theme id, in the page's language) lets a typed theme find its records,
 * as a country named in any UI language does.
 */
export function runSearch(
	index: SearchIndex<SearchRecord>,
	state: Pick<ExplorerState, 'q' | FacetName> & { sort?: ExplorerState['sort'] },
	facets: readonly FacetRow[] = FACETS,
	themeNames: NameMap = new Map()
): SearchOutcome {
	const query = state.q.trim();
	if (!query) return browse(index, state, facets);
	const records = index.records;
	const matches = matchQuery(index, query);
	const named = namedMatches(index, query, themeNames);
	const candidates = appendNew(
		matches.map((m) => m.index),
		named
	);
	const { kept, counts } = applyFacets(
		records,
		candidates,
		state as unknown as Record<string, string[]>,
		facets
	);
	const best = clearBestMatch(topKept(matches, kept))?.index ?? null;
	sortKept(kept, index, state.sort ?? 'relevance', true);
	const suggestions = kept.length === 0 ? closestNames(index, query).map((i) => records[i]) : [];
	const nameFound = named !== null || (matches.length > 0 && isNameMatch(matches[0]));
	return { order: kept, total: kept.length, counts, suggestions, best, nameFound };
}

/** A search without a query (its `q` is ignored): the records that pass the facets, by name or `sort`. */
export function browse(
	order: NameOrder,
	state: Pick<ExplorerState, FacetName> & { sort?: ExplorerState['sort'] },
	facets: readonly FacetRow[] = FACETS
): SearchOutcome {
	const { kept, counts } = applyFacets(
		order.records,
		order.byName,
		state as unknown as Record<string, string[]>,
		facets
	);
	sortKept(kept, order, state.sort ?? 'relevance', false);
	return { order: kept, total: kept.length, counts, suggestions: [], best: null, nameFound: true };
}

/** Sorts results by kind or country (then name), or by name when they came in relevance order. */
function sortKept(kept: number[], order: NameOrder, sort: ExplorerState['sort'], query: boolean) {
	if (!(sort === 'kind' || sort === 'country' || (sort === 'name' && query))) return;
	const { records } = order;
	const rank = new Map<number, number>();
	order.byName.forEach((rec, pos) => rank.set(rec, pos));
	const key = (i: number) =>
		sort === 'kind'
			? kindOrder(records[i].kind)
			: sort === 'country'
				? (records[i].country ?? '~~')
				: '';
	kept.sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		return ka < kb ? -1 : ka > kb ? 1 : rank.get(a)! - rank.get(b)!;
	});
}

/**
 * The best two matches that passed the facets, in relevance order. `kept` keeps the matches' order,
 * so one walk finds them without a lookup table per keystroke.
 */
function topKept(matches: Match[], kept: number[], count = 2): Match[] {
	const top: Match[] = [];
	for (let j = 0; j < matches.length && top.length < Math.min(count, kept.length); j++)
		if (matches[j].index === kept[top.length]) top.push(matches[j]);
	return top;
}
