// Pure: no DOM, no Svelte. Search outcomes remembered by state key, so that each distinct search (query,
// facets, sort) runs once however many times it is asked for: the list, the map and the URL arriving
// after a commit all read the same outcome. Selection and view are not part of the key: they never
// change the results.
import type { SearchOutcome } from './engine';
import type { SearchRecord } from './records';
import { FACET_NAMES, type ExplorerState, type FacetName } from './url';

export type SearchInput = Pick<ExplorerState, 'q' | 'sort' | FacetName>;
export type SearchFn = (records: SearchRecord[], state: SearchInput) => SearchOutcome;

/** The key of what a state searches for: equal keys give equal outcomes. */
export function searchKey(state: SearchInput): string {
	const facets = FACET_NAMES.map((f) => `${f}=${[...(state[f] as string[])].sort().join(',')}`);
	return [`q=${state.q.trim()}`, ...facets, `sort=${state.sort}`].join('&');
}

/**
 * Wraps a search function with a small memory of recent outcomes (the last `size` keys), forgotten
 * whenever the records change.
 */
export function createSearchMemo(search: SearchFn, size = 8) {
	let records: SearchRecord[] | null = null;
	const cache = new Map<string, SearchOutcome>();
	return function memoSearch(forRecords: SearchRecord[], state: SearchInput): SearchOutcome {
		if (forRecords !== records) {
			records = forRecords;
			cache.clear();
		}
		const key = searchKey(state);
		let outcome = cache.get(key);
		if (outcome) {
			// Most recently used last.
			cache.delete(key);
		} else {
			outcome = search(forRecords, state);
			if (cache.size >= size) cache.delete(cache.keys().next().value!);
		}
		cache.set(key, outcome);
		return outcome;
	};
}
