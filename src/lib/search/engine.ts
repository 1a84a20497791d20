// Pure: no DOM, no Svelte. Query + facets -> ordered results with facet counts. The explorer page,
// the JSON API and the benchmarks all call this one function.
import { applyFacets, type FacetCounts } from './filters';
import { closestNames, createSearchIndex, matchQuery, type Match, type SearchIndex } from './fuzzy';
import { clearBestMatch, isNameMatch } from './match-quality';
import type { SearchRecord } from './records';
import type { ExplorerState } from './url';
import { FACETS, type FacetName, type FacetRow } from '../model/facets';
import { kindOrder } from '../model/kinds';

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
	if (!index) indexCache.set(records, (index = createSearchIndex(records, displayName)));
	return index;
}

/** Runs a search: query matching (or all records by name), then facets and counts, then sort. */
export function runSearch(
	index: SearchIndex<SearchRecord>,
	state: Pick<ExplorerState, 'q' | FacetName> & { sort?: ExplorerState['sort'] },
	facets: readonly FacetRow[] = FACETS
): SearchOutcome {
	const records = index.records;
	const query = state.q.trim();
	const matches = query ? matchQuery(index, query) : [];
	const candidates = query ? matches.map((m) => m.index) : index.byName;
	const { kept, counts } = applyFacets(
		records,
		candidates,
		state as unknown as Record<string, string[]>,
		facets
	);
	const best = clearBestMatch(topKept(matches, kept))?.index ?? null;
	const sort = state.sort ?? 'relevance';
	if (sort === 'kind' || sort === 'country' || (sort === 'name' && query)) {
		const rank = new Map<number, number>();
		index.byName.forEach((rec, pos) => rank.set(rec, pos));
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
	const suggestions =
		kept.length === 0 && query ? closestNames(index, query).map((i) => records[i]) : [];
	const nameFound = !query || (matches.length > 0 && isNameMatch(matches[0]));
	return { order: kept, total: kept.length, counts, suggestions, best, nameFound };
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
