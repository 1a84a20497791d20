// Pure: no DOM, no Svelte. How many result rows the list and the table show: the components and the
// server's first paint (first-paint.ts) read the same numbers, so the inlined rows are the rows drawn.
import type { RecordKind, SearchRecord } from './records';

/** Rows of a kind the result list shows while searching, and while browsing (ResultList). */
export const ROWS_PER_KIND_SEARCHING = 12;
/**
 * Browsing shows fewer: a glance at each kind, each with its "show all" link, so a first view shows
 * every kind there is. The first view's rows are most of what a phone lays out and hydrates: 12 per kind
 * instead of 6 took the explorer's blocking time at 4x CPU slowdown from 420 to 540 ms (and 100 rows
 * hydrated in 0.55 s before that).
 */
export const ROWS_PER_KIND_BROWSING = 6;
/** Rows on one screen of the result list: all it draws while a query is being typed. */
export const ROWS_WHILE_TYPING = 10;
/** Rows the table view shows at most (ResultTable). */
export const MAX_TABLE_ROWS = 300;

/** Which results are on screen: each kind's first rows for the list, and the table's first rows. */
export function rowsOnScreen(
	results: SearchRecord[],
	query: string,
	table: boolean
): SearchRecord[] {
	const perKind = query.trim() ? ROWS_PER_KIND_SEARCHING : ROWS_PER_KIND_BROWSING;
	const seen = new Map<RecordKind, number>();
	return results.filter((r, i) => {
		const n = seen.get(r.kind) ?? 0;
		seen.set(r.kind, n + 1);
		return n < perKind || (table && i < MAX_TABLE_ROWS);
	});
}
