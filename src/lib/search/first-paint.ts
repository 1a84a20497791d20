// Pure: no DOM, no Svelte. What the explorer's first paint needs, computed on the server for the URL
// it renders: the rows on screen, the counts and the filter values. The page inlines only this; the
// full records follow in one fetch after the first paint (/api/records), so the HTML stays small and
// hydration builds no search index. Issue 13: "the data that the first paint needs is inlined".
import { indexFor, runSearch, type SearchOutcome } from './engine';
import { searchKey } from './search-memo';
import type { RecordKind, SearchRecord } from './records';
import type { ExplorerState } from './url';
import type { FacetCounts } from './filters';
import { rowsOnScreen } from './rows';

export interface FirstPaint {
	/** The search the slice answers (searchKey): a page showing another state waits for the records. */
	key: string;
	/** The records on screen, in result order (each kind's first rows, the table's first rows). */
	rows: SearchRecord[];
	/** Results per kind, for the list's group headings. */
	kindCounts: [RecordKind, number][];
	total: number;
	counts: FacetCounts;
	suggestions: SearchRecord[];
	nameFound: boolean;
	/** The selected record and what its card names (relations), when the URL selects one. */
	selected: SearchRecord[];
}

/**
 * A row as the list draws it: without what only search and the map read (other names, keywords,
 * relations, every point but the first), which the full records bring a moment later.
 */
function lean(r: SearchRecord): SearchRecord {
	return { ...r, altNames: [], keywords: [], related: [], points: r.points.slice(0, 1) };
}

/**
 * The first paint of a state: the same search the page runs (runSearch), cut to what is on screen.
 * @example firstPaint(records, stateFromParams(url.searchParams, ctx), recordName).rows.length
 */
export function firstPaint(
	records: SearchRecord[],
	state: ExplorerState,
	displayName?: (r: SearchRecord) => string
): FirstPaint {
	const outcome: SearchOutcome = runSearch(indexFor(records, displayName), state);
	const results = outcome.order.map((i) => records[i]);
	const kindCounts = new Map<RecordKind, number>();
	for (const r of results) kindCounts.set(r.kind, (kindCounts.get(r.kind) ?? 0) + 1);
	const sel = state.sel ? records.find((r) => r.key === state.sel) : undefined;
	const byKey = sel ? new Map(records.map((r) => [r.key, r])) : null;
	const selected = sel
		? [sel, ...sel.related.map((k) => byKey!.get(k)).filter((r) => r !== undefined)]
		: [];
	return {
		key: searchKey(state),
		rows: rowsOnScreen(results, state.q, state.view === 'list').map(lean),
		kindCounts: [...kindCounts],
		total: outcome.total,
		counts: outcome.counts,
		suggestions: outcome.suggestions,
		nameFound: outcome.nameFound,
		selected
	};
}
